// The floor for figure P2: a plain Node HTTP server with no GraphQL that gives the same answer as
// a subgraph. For each route (POST /<name>) it checks the gateway's signed identity header like a
// subgraph does, sends the very statements the subgraph sent for that request (captured, with
// their parameters, in the order sent) on one pooled connection, and writes the same JSON bytes.
// It does not map rows to fields: the answer object is the subgraph's, kept in memory, and
// serialized again for every request (so the floor is a little lower than a hand-written handler).
// Env: DATABASE_URL, INTERNAL_SECRET, FLOOR_SPEC (JSON file: { routes: { name: { statements,
// answer } } }), KIT (the built kit's folder), BIRGE_READY_FILE (where to write { url, pid }).
const http = require('node:http');
const fs = require('node:fs');
const { Pool } = require('pg');

const { verifyGatewaySignature, IDENTITY_HEADER } = require(process.env.KIT);
const spec = JSON.parse(fs.readFileSync(process.env.FLOOR_SPEC, 'utf8'));
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const secret = process.env.INTERNAL_SECRET;

async function answer(route) {
  const client = await pool.connect();
  try {
    for (const statement of route.statements) await client.query(statement.text, statement.values);
  } finally {
    client.release();
  }
  return JSON.stringify(route.answer);
}

const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const route = spec.routes[request.url.slice(1)];
    const check = verifyGatewaySignature(request.headers[IDENTITY_HEADER], secret);
    if (!route || !check.valid) {
      response.writeHead(route ? 401 : 404).end();
      return;
    }
    answer(route).then(
      (body) => response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body),
      (error) => response.writeHead(500).end(String(error)),
    );
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  fs.writeFileSync(process.env.BIRGE_READY_FILE, JSON.stringify({ url: `http://127.0.0.1:${port}`, pid: process.pid }));
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
