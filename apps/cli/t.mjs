import { readFileSync } from 'node:fs';
import { check } from '@design-check/core';
import { defaultPlugins } from '@design-check/plugins';
const f = '/work/wt-reliability/examples/refund-service/TECHNICAL-DESIGN.md';
const text = readFileSync(f, 'utf8');
const opt = (extra) => ({ path: f, plugins: defaultPlugins, projectRoot: '/work/wt-reliability', ...extra });
for (let i = 0; i < 3; i++) await check(text + i, opt({}));
for (const [name, extra] of [['default', {}], ['main-thread parse', { parseInWorkerAbove: 1e9 }]]) {
  let t = performance.now();
  for (let i = 0; i < 5; i++) await check(text + ' x' + i, opt(extra));
  console.log(name, ((performance.now() - t) / 5).toFixed(0));
}
for (const p of defaultPlugins) {
  let t = performance.now();
  for (let i = 0; i < 5; i++) await check(text + ' y' + i, { ...opt({ parseInWorkerAbove: 1e9 }), plugins: [p] });
  console.log(p.name, ((performance.now() - t) / 5).toFixed(0));
}
