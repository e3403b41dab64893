import { readFileSync } from 'node:fs';
import { check } from '@design-check/core';
import { defaultPlugins } from '@design-check/plugins';
const f = '/work/wt-reliability/examples/refund-service/TECHNICAL-DESIGN.md';
const full = readFileSync(f, 'utf8');
const lines = full.split('\n');
for (const n of [40, 120, 250, 511]) {
  const text = lines.slice(0, n).join('\n');
  for (let i = 0; i < 2; i++) await check(text + i, { path: f, plugins: defaultPlugins, projectRoot: '/work/wt-reliability' });
  const t = performance.now();
  for (let i = 0; i < 5; i++) await check(text + ' z' + i, { path: f, plugins: defaultPlugins, projectRoot: '/work/wt-reliability' });
  console.log(n, 'lines', text.length, 'chars', ((performance.now() - t) / 5).toFixed(0), 'ms');
}
