import { expect, test } from 'vitest';
import { fuzz } from '../src/run.js';

// 200 cases on every test run (the full 10 000: `pnpm fuzz` at the root). A failure prints its
// seed; FUZZ_SEED=<seed> replays it.
test('200 mutated and generated designs: no crash, no internal finding, every finding in the document, the same twice, CLI and remark agree', async () => {
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  const report = await fuzz({ runs: 200, ...(seed === undefined ? {} : { seed }) });
  if (report.counterexample) {
    throw new Error(`seed ${report.seed}: ${report.counterexample.error}\n\ncase: ${report.counterexample.case.origin}\n\n${Buffer.from(report.counterexample.case.bytes).toString('utf8').slice(0, 4000)}`);
  }
  expect(report).toMatchObject({ runs: 200, failures: 0 });
}, 300_000);
