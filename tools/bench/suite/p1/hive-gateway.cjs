// Hive Gateway for figure P1, one Node process: the supergraph Birge's gateway serves (its
// subgraph addresses replaced by HIVE_SUPERGRAPH's), each subgraph request signed with the gateway
// identity header the way Birge's gateway signs it (the same secret and caller; the signature made
// once a second, which lets Hive's de-duplication see identical requests). Without HIVE_DEDUP=1
// its de-duplication of identical in-flight requests (outbound to subgraphs, and inbound) is off.
// Env: HIVE_SUPERGRAPH (file), KIT (the built kit's folder), INTERNAL_SECRET, BENCH_IDENTITY (JSON),
// HIVE_DEDUP, BIRGE_READY_FILE.
const http = require('node:http');
const fs = require('node:fs');
const { createGatewayRuntime } = require('@graphql-hive/gateway-runtime');

const { signIdentity, IDENTITY_HEADER } = require(process.env.KIT);
const identity = JSON.parse(process.env.BENCH_IDENTITY);
const secret = process.env.INTERNAL_SECRET;
const dedup = process.env.HIVE_DEDUP === '1';

let signed = '';
let signedAt = 0;
function identityHeader() {
  const now = Date.now();
  if (now - signedAt >= 1000) {
    signed = signIdentity(identity, secret, now);
    signedAt = now;
  }
  return signed;
}

const runtime = createGatewayRuntime({
  supergraph: fs.readFileSync(process.env.HIVE_SUPERGRAPH, 'utf8'),
  logging: 'error',
  landingPage: false,
  graphiql: false,
  propagateHeaders: { fromClientToSubgraphs: () => ({ [IDENTITY_HEADER]: identityHeader() }) },
  transportEntries: { '*': { options: { deduplicateInflightRequests: dedup } } },
  inboundInflightRequestDeduplication: dedup,
});

const server = http.createServer(runtime);
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  fs.writeFileSync(process.env.BIRGE_READY_FILE, JSON.stringify({ url: `http://127.0.0.1:${port}/graphql`, pid: process.pid }));
});
