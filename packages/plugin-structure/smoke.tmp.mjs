import { check } from '@design-check/core';
import structure from '/work/main/packages/plugin-structure/dist/index.js';
import { readFileSync } from 'node:fs';
const f = process.argv[2];
const r = await check(readFileSync(f, 'utf8'), { path: f, plugins: [structure], projectRoot: process.argv[3] ?? '/work/main', config: undefined, rules: { 'structure/section-order': 'error', 'structure/open-question-overdue': ['warn', { today: process.argv[4] ?? '2026-11-25' }] } });
for (const d of r.diagnostics) console.log(`${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
console.log(r.diagnostics.length);
