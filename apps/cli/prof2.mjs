import { readFileSync } from 'node:fs';
import { check } from '@design-check/core';
import { defaultPlugins } from '@design-check/plugins';
const file = process.argv[2];
const name = process.argv[3];
const text = readFileSync(file, 'utf8');
const p = defaultPlugins.find((x) => x.name === name);
await check(text, { path: file, plugins: [p], projectRoot: '/tmp/dch/big', parseInWorkerAbove: 1e9 });
