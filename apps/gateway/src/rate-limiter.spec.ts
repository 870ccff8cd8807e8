import { createTestDatabase, type TestDatabase } from '@birge/server-testing';
import { Pool } from 'pg';
import { prepareRateStore, RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  const limit = { perMinute: 60, burst: 3 };

  it('allows a burst per key, then refuses and says when to retry', async () => {
    const limiter = new RateLimiter(null);
    const first = await Promise.all([1, 2, 3].map(() => limiter.take('a', limit)));
    expect(first.every((d) => d.allowed)).toBe(true);
    const refused = await limiter.take('a', limit);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((await limiter.take('b', limit)).allowed).toBe(true);
  });

  it("keeps a key's own limit apart from the default", async () => {
    const limiter = new RateLimiter(null);
    expect((await limiter.take('k', { perMinute: 600, burst: 1 })).allowed).toBe(true);
    expect((await limiter.take('k', { perMinute: 600, burst: 1 })).allowed).toBe(false);
  });

  describe('shared through PostgreSQL by several gateways', () => {
    let database: TestDatabase;
    const pools: Pool[] = [];

    beforeAll(async () => {
      database = await createTestDatabase();
    });

    afterAll(async () => {
      await Promise.all(pools.map((pool) => pool.end()));
      await database?.drop();
    });

    const gateway = async () => {
      const pool = new Pool({ connectionString: database.url, max: 2 });
      pools.push(pool);
      await prepareRateStore(pool, 'gateway');
      return new RateLimiter({ pool, schema: 'gateway' });
    };

    it('holds one limit across replicas, not one each', async () => {
      const [one, two, three] = await Promise.all([gateway(), gateway(), gateway()]);
      const decisions = [
        await one.take('key-1', limit),
        await two.take('key-1', limit),
        await three.take('key-1', limit),
        await one.take('key-1', limit),
        await two.take('key-1', limit),
      ];
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false, false]);
      expect((await three.take('key-2', limit)).allowed).toBe(true);
    });

    it('keeps answering from memory while the database does not', async () => {
      const pool = new Pool({ connectionString: database.url.replace(/:\d+\//, ':1/'), max: 1, connectionTimeoutMillis: 500 });
      pools.push(pool);
      const limiter = new RateLimiter({ pool, schema: 'gateway' });
      expect((await limiter.take('key-3', limit)).allowed).toBe(true);
    });
  });
});
