/**
 * Helpers of figures P1 and E2E (no `run`): the dashboard's heaviest queries, and the two gateways
 * started as the figures need them.
 */
import { AssistanceBoardDocument, OrganizationsDocument, RegionsPageDocument } from '../../../apps/dashboard/src/gql/graphql';
import { print, type DocumentNode } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../stack/src/processes';
import type { BenchContext } from './figure';
import { BENCH_IDENTITY } from './method/identity';
import { startService, type StartedService } from './method/service';

export interface BenchQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The dashboard's three heaviest reads, as it sends them: the requests board (a page of 50,
 * assistance with the organizations' names from the registry), the organizations list (a page of
 * 20 with region and district names) and the regions page (every region with its districts and the
 * front office's coverage from analytics).
 */
export const HEAVIEST_QUERIES: BenchQuery[] = [
  { name: 'board', query: print(AssistanceBoardDocument as unknown as DocumentNode), variables: { first: 50 } },
  { name: 'organizations', query: print(OrganizationsDocument as unknown as DocumentNode), variables: { first: 20 } },
  { name: 'regions', query: print(RegionsPageDocument as unknown as DocumentNode), variables: {} },
];

/** The federated organization list of figure E2E: a page of 20 with region, coverage and requests. */
export const FEDERATED_LIST: BenchQuery = {
  name: 'federated-list',
  query: `query FederatedList($first: Int) { organizations(first: $first) { totalCount edges { node {
    id name kind status region { code name { kk } coverage { __typename } } assistanceRequests(first: 5) { totalCount } } } } }`,
  variables: { first: 20 },
};

export const bodyOf = (query: BenchQuery) => JSON.stringify({ query: query.query, variables: query.variables });

/** The built kit (signIdentity, verifyGatewaySignature) for the plain CommonJS helpers. */
export const BUILT_KIT = path.join(ROOT, 'dist/apps/gateway/libs/server/kit/src');

/** Birge's gateway settings compared: its sharing and keeping of answers, and the connection pool. */
export interface BirgeSettings {
  keepAlive: boolean;
  share: boolean;
  cache: boolean;
}

export const SUBGRAPHS = ['registry', 'assistance', 'analytics', 'notifications', 'identity'] as const;

/** Birge's gateway, built, production mode, on `core`, reaching each subgraph at `urls`. */
export function startBirgeGateway(ctx: BenchContext, urls: Record<string, string>, settings: BirgeSettings, core: number | string): Promise<StartedService> {
  const env: NodeJS.ProcessEnv = {
    INTERNAL_SECRET: ctx.secrets.internalSecret,
    JWT_SECRET: ctx.secrets.jwtSecret,
    PORTAL_LINK_SECRET: ctx.secrets.portalLinkSecret,
    SUBGRAPH_KEEP_ALIVE: String(settings.keepAlive),
    SHARE_SUBGRAPH_FETCHES: String(settings.share),
    PUBLIC_RESPONSE_CACHE: String(settings.cache),
  };
  for (const name of SUBGRAPHS) env[`${name.toUpperCase()}_URL`] = urls[name];
  // BENCH_PROFILE=1: a V8 CPU profile of each gateway, written when it stops (see method/profile.ts).
  const nodeArgs = process.env.BENCH_PROFILE === '1' ? ['--cpu-prof', '--cpu-prof-dir', path.join(ctx.outDir, 'profiles')] : [];
  return startService({ name: 'gateway', core, env, nodeArgs });
}

/** The committed supergraph with every subgraph's address replaced (for Hive Gateway, which reads them there). */
export function supergraphFor(ctx: BenchContext, urls: Record<string, string>): string {
  const file = path.join(ctx.outDir, 'p1-supergraph.graphql');
  const sdl = readFileSync(path.join(ROOT, 'apps/gateway/supergraph.graphql'), 'utf8').replace(/@join__graph\(name: "([a-z]+)", url: "[^"]*"\)/g, (whole, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole,
  );
  writeFileSync(file, sdl);
  return file;
}

/** Hive Gateway (p1/hive-gateway.cjs), production mode, on `core`, with or without its de-duplication. */
export function startHiveGateway(ctx: BenchContext, supergraphFile: string, dedup: boolean, core: number | string): Promise<StartedService> {
  return startService({
    name: 'hive-gateway',
    script: path.join(__dirname, 'p1/hive-gateway.cjs'),
    core,
    env: {
      HIVE_SUPERGRAPH: supergraphFile,
      KIT: BUILT_KIT,
      INTERNAL_SECRET: ctx.secrets.internalSecret,
      BENCH_IDENTITY: JSON.stringify(BENCH_IDENTITY),
      HIVE_DEDUP: dedup ? '1' : '0',
    },
    readyPath: null,
  });
}

/** JSON with its keys sorted, to compare answers whatever order a gateway wrote them in. */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, x]) => [k, sort(x)]),
          )
        : v;
  return JSON.stringify(sort(value));
}
