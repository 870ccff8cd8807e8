import { ConfigError, loadConfig, subgraphConfigSchema } from './load-config';

describe('subgraph configuration', () => {
  it('applies defaults for everything but the database URL', () => {
    const config = loadConfig(subgraphConfigSchema(4001), { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db' });
    expect(config).toMatchObject({ PORT: 4001, HOST: '127.0.0.1', MIGRATE_ON_START: true, NODE_ENV: 'development' });
  });

  it('fails fast naming every wrong variable', () => {
    let error: unknown;
    try {
      loadConfig(subgraphConfigSchema(4001), { DATABASE_URL: 'mysql://x', PORT: 'eighty', MIGRATE_ON_START: 'yes' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/DATABASE_URL: must be a postgres/);
    expect(message).toMatch(/PORT:/);
    expect(message).toMatch(/MIGRATE_ON_START:/);
  });

  it('refuses at start a port browsers and fetch refuse to connect to, naming it', () => {
    expect(() => loadConfig(subgraphConfigSchema(4001), { DATABASE_URL: 'postgres://h/db', PORT: '6000' })).toThrow(/PORT: 6000 is a port browsers and fetch refuse/);
    expect(() => loadConfig(subgraphConfigSchema(4001), { DATABASE_URL: 'postgres://h/db', PORT: '70000' })).toThrow(/PORT: must be a port number/);
    expect(loadConfig(subgraphConfigSchema(4001), { DATABASE_URL: 'postgres://h/db', PORT: '0' }).PORT).toBe(0);
    expect(loadConfig(subgraphConfigSchema(4001), { DATABASE_URL: 'postgres://h/db', PORT: '6001' }).PORT).toBe(6001);
  });

  it('requires a private internal secret in production', () => {
    expect(() => loadConfig(subgraphConfigSchema(4001), { DATABASE_URL: 'postgres://h/db', NODE_ENV: 'production' })).toThrow(/INTERNAL_SECRET/);
    expect(loadConfig(subgraphConfigSchema(4001), { DATABASE_URL: 'postgres://h/db', NODE_ENV: 'production', INTERNAL_SECRET: 'a-long-private-secret' }).NODE_ENV).toBe(
      'production',
    );
  });
});
