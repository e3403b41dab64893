import { readFileSync } from 'node:fs';
import { parseDesignDoc } from '@design-check/core';
const { openApiModel } = await import('../dist/index.js');
const { redoclyResult } = await import('../dist/engines/redocly.js');
const { spectralResult } = await import('../dist/engines/spectral.js');
const text = readFileSync(process.argv[2], 'utf8');
for (let i = 0; i < 4; i++) {
  const t0 = performance.now();
  const doc = parseDesignDoc(text, 'x.md');
  doc.codeBlocks;
  const t1 = performance.now();
  const m = openApiModel(doc, {});
  const t2 = performance.now();
  await redoclyResult(m, { projectRoot: process.cwd(), settings: {} });
  const t3 = performance.now();
  await spectralResult(m, { projectRoot: process.cwd(), settings: {} });
  const t4 = performance.now();
  console.log({ md: (t1-t0).toFixed(1), model: (t2-t1).toFixed(1), redocly: (t3-t2).toFixed(1), spectral: (t4-t3).toFixed(1) });
}
