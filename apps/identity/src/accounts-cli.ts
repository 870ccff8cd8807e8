/**
 * Account administration from the command line, straight against DATABASE_URL, for what cannot
 * go through the API: the first republican administrator of a new installation, and the demo
 * accounts of `npm start`.
 *
 *   DATABASE_URL=... BIRGE_ADMIN_PASSWORD=... npx nx run identity:accounts -- create-admin --email a@b.kz --name "Full Name"
 *   DATABASE_URL=... npx nx run identity:accounts -- seed-demo [--json]
 */
import { createLogger, EventBus, loadConfig, migrate, openSubgraphDatabase, subgraphConfigSchema, ValidationError } from '@birge/server-kit';
import { Role, type Identity } from '@birge/shared-reference';
import { parseArgs } from 'node:util';
import { identitySubgraph } from './identity.subgraph';
import { DEMO_ACCOUNTS } from './modules/account/demo-accounts';
import { StaffAccountService } from './modules/account/staff-account.service';

const CLI_ACTOR: Identity = { userId: 'accounts-cli', role: Role.REPUBLICAN_ADMIN, regionCode: null };

/**
 * Runs `run` with the identity schema migrated and the account service, whose creations are
 * announced on the event bus like those made through the API (the notifications subgraph learns
 * whom to write to from them).
 */
async function withAccounts<T>(run: (accounts: StaffAccountService) => Promise<T>): Promise<T> {
  const config = loadConfig(subgraphConfigSchema(identitySubgraph.defaultPort));
  const dataSource = await openSubgraphDatabase(identitySubgraph, config.DATABASE_URL, { poolSize: 2, applicationName: 'birge-identity-cli' });
  let events: EventBus | null = null;
  try {
    await migrate(dataSource, identitySubgraph.name);
    events = await EventBus.start({ url: config.DATABASE_URL, logger: createLogger('identity-cli', 'warn') });
    return await run(new StaffAccountService(dataSource, events));
  } finally {
    await events?.stop();
    await dataSource.destroy();
  }
}

/** Creates the demo accounts that do not exist yet; returns every demo account and whether it was created now. */
export async function seedDemoAccounts(accounts: StaffAccountService) {
  const result = [];
  for (const demo of DEMO_ACCOUNTS) {
    const existing = await accounts.findByEmail(demo.email);
    if (!existing) await accounts.create({ ...demo }, CLI_ACTOR);
    result.push({ ...demo, created: !existing, active: existing ? existing.active : true });
  }
  return result;
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { email: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean' } } });
  const command = positionals[0];
  if (command === 'seed-demo') {
    const seeded = await withAccounts(seedDemoAccounts);
    if (values.json) process.stdout.write(`${JSON.stringify({ accounts: seeded })}\n`);
    else for (const account of seeded) console.log(`${account.created ? 'created' : 'kept   '} ${account.role.padEnd(16)} ${account.email}  ${account.password}`);
    return;
  }
  if (command === 'create-admin') {
    const password = process.env.BIRGE_ADMIN_PASSWORD;
    if (!values.email || !values.name || !password) {
      throw new Error('usage: BIRGE_ADMIN_PASSWORD=<at least 12 characters> accounts-cli.ts create-admin --email <email> --name "<full name>"');
    }
    const created = await withAccounts((accounts) =>
      accounts.create({ email: values.email as string, name: values.name as string, role: Role.REPUBLICAN_ADMIN, regionCode: null, password }, CLI_ACTOR),
    );
    console.log(`created republican administrator ${created.email} (${created.id})`);
    return;
  }
  throw new Error('usage: accounts-cli.ts seed-demo [--json] | create-admin --email <email> --name "<full name>"');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const detail = error instanceof ValidationError ? error.fields.map((f) => `${f.field}: ${f.message}`).join('; ') : error instanceof Error ? error.message : String(error);
    console.error(`identity accounts: ${detail}`);
    process.exit(1);
  });
}
