// Preloaded (node --require) into a subgraph started only to learn its SQL: every statement
// node-postgres sends, with its parameters and the time, one JSON line each in
// BENCH_SQL_CAPTURE_FILE. The measured subgraph never runs with it.
const fs = require('node:fs');
const pg = require('pg');

const file = process.env.BENCH_SQL_CAPTURE_FILE;
const original = pg.Client.prototype.query;
const plain = (value) => (value instanceof Date ? value.toISOString() : Buffer.isBuffer(value) ? { buffer: value.toString('base64') } : value);

pg.Client.prototype.query = function query(...args) {
  const [config, values] = args;
  const text = typeof config === 'string' ? config : config && config.text;
  const given = Array.isArray(values) ? values : (config && config.values) || [];
  if (file && text) fs.appendFileSync(file, `${JSON.stringify({ at: Date.now(), text, values: given.map(plain) })}\n`);
  return original.apply(this, args);
};
