import { generate } from './generate';
let step = ''; let t = Date.now();
generate({ scale: Number(process.argv[2]), seed: Number(process.argv[4] ?? 1), databaseUrl: process.argv[3], force: process.argv[5] === 'force', onProgress: (p) => { if (p.step !== step) { const now = Date.now(); console.log(`${step} ${now - t} ms`); step = p.step; t = now; } } })
  .then((r) => console.log('total', r.ms, r.removed, r.skipped), (e) => { console.error(e); process.exit(1); });
