import { AnswerCache } from './answer-cache';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('AnswerCache', () => {
  it('asks once for concurrent requests of a key, reuses the answer within the period, and asks again after it', async () => {
    const asked: string[] = [];
    const cache = new AnswerCache<string>({ cacheMs: 100 }, async (key) => {
      const answer = `answer ${asked.push(key)}`;
      await later(10);
      return answer;
    });
    const [first, second, other] = await Promise.all([cache.get('k'), cache.get('k'), cache.get('other')]);
    expect(first).toBe(second);
    expect(other).not.toBe(first);
    expect(asked).toEqual(['k', 'other']);
    expect(await cache.get('k')).toBe(first);
    await later(150);
    expect(await cache.get('k')).toBe('answer 3');
    expect(asked).toEqual(['k', 'other', 'k']);
  });

  it('never keeps a failed question, and with a period of 0 asks every time', async () => {
    let calls = 0;
    const failing = new AnswerCache<string>({ cacheMs: 10_000 }, async () => {
      calls++;
      if (calls === 1) throw new Error('identity unreachable');
      return 'ok';
    });
    await expect(failing.get('k')).rejects.toThrow('identity unreachable');
    expect(await failing.get('k')).toBe('ok');
    expect(calls).toBe(2);

    let asked = 0;
    const uncached = new AnswerCache<number>({ cacheMs: 0 }, async () => ++asked);
    expect(await uncached.get('k')).toBe(1);
    await later(5);
    expect(await uncached.get('k')).toBe(2);
  });

  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const asked: string[] = [];
    const cache = new AnswerCache<string>({ cacheMs: 10_000, maxEntries: 2 }, async (key) => {
      asked.push(key);
      return key;
    });
    for (const key of ['a', 'b', 'a', 'c', 'a', 'b']) await cache.get(key);
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });
});
