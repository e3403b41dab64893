import { readFileSync } from 'node:fs';
import { check, parseDesignDoc } from '@design-check/core';
import { defaultPlugins } from '@design-check/plugins';
const file = process.argv[2];
const text = readFileSync(file, 'utf8');
let t = Date.now();
parseDesignDoc(text, file);
console.log('parse', Date.now() - t);
for (const p of defaultPlugins) {
  const t0 = Date.now();
  const r = await check(text, { path: file, plugins: [p], projectRoot: '/tmp/dch/big', parseInWorkerAbove: 1e9 });
  console.log(p.name, Date.now() - t0, r.diagnostics.length);
}
