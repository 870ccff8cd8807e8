// Canned subgraphs for figure P1: one plain Node HTTP server standing in for every subgraph
// (POST /<subgraph>), so that the gateways, not the subgraphs, are what is measured. Each request
// must carry a valid gateway signature (checked as a subgraph checks it). The first time a body is
// seen it is forwarded to the real subgraph and its answer kept (status, type, cache-control and
// bytes); afterwards the kept answer is replayed after CANNED_DELAY_MS, as a subgraph that takes
// that long without using the gateway's core. GET /stats gives the number of requests per subgraph.
// Env: KIT (the built kit's folder), INTERNAL_SECRET, SUBGRAPH_URLS (JSON { name: url }),
// CANNED_DELAY_MS, BIRGE_READY_FILE.
const http = require('node:http');
const fs = require('node:fs');

const { verifyGatewaySignature, IDENTITY_HEADER } = require(process.env.KIT);
const secret = process.env.INTERNAL_SECRET;
const upstream = JSON.parse(process.env.SUBGRAPH_URLS);
const delayMs = Number(process.env.CANNED_DELAY_MS ?? 0);
/** name + body -> Promise of { status, headers, body } */
const kept = new Map();
const counts = {};

async function forward(name, headers, body) {
  const response = await fetch(upstream[name], {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: headers[IDENTITY_HEADER] },
    body,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const answer = {
    status: response.status,
    headers: { 'content-type': response.headers.get('content-type') ?? 'application/json', 'content-length': String(bytes.length) },
    body: bytes,
  };
  const cacheControl = response.headers.get('cache-control');
  if (cacheControl) answer.headers['cache-control'] = cacheControl;
  return answer;
}

const server = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/stats') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(counts));
    return;
  }
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const name = request.url.split('/')[1];
    const check = verifyGatewaySignature(request.headers[IDENTITY_HEADER], secret);
    if (!upstream[name] || !check.valid) {
      response.writeHead(upstream[name] ? 401 : 404).end();
      return;
    }
    counts[name] = (counts[name] ?? 0) + 1;
    const body = Buffer.concat(chunks).toString('utf8');
    const key = `${name}\n${body}`;
    let answer = kept.get(key);
    if (!answer) {
      answer = forward(name, request.headers, body);
      kept.set(key, answer);
      answer.catch(() => kept.delete(key));
    }
    answer.then(
      (canned) => setTimeout(() => response.writeHead(canned.status, canned.headers).end(canned.body), delayMs),
      (error) => response.writeHead(502).end(String(error)),
    );
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  fs.writeFileSync(process.env.BIRGE_READY_FILE, JSON.stringify({ url: `http://127.0.0.1:${port}`, pid: process.pid }));
});
