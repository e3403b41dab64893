import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { anyCase, type Case } from './cases.js';
import { checkCase, fuzzProject } from './properties.js';

/** Options of a fuzz run. */
export interface FuzzOptions {
  runs: number;
  seed?: number;
  /** Called after each case. */
  progress?: (done: number) => void;
}

/** What a fuzz run found. */
export interface FuzzReport {
  runs: number;
  failures: number;
  seed: number;
  ms: number;
  /** The smallest failing case fast-check found, and why it fails. */
  counterexample?: { case: Case; error: string };
}

/**
 * Run the properties over `runs` cases (mutated examples and generated designs). Every fifth
 * case also goes through core's `check()` a second time (determinism, related locations).
 */
export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const project = fuzzProject();
  const start = Date.now();
  let done = 0;
  const result = await fc.check(
    fc.asyncProperty(anyCase(), async (c) => {
      await checkCase(c, project, done % 5 === 0);
      options.progress?.(++done);
    }),
    { numRuns: options.runs, ...(options.seed === undefined ? {} : { seed: options.seed }), endOnFailure: false },
  );
  const ms = Date.now() - start;
  const counterexample = result.counterexample ? { case: result.counterexample[0], error: String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance) } : undefined;
  return { runs: result.numRuns, failures: result.failed ? 1 : 0, seed: result.seed, ms, ...(counterexample ? { counterexample } : {}) };
}

/** `pnpm fuzz [runs] [seed]`: 10 000 cases by default; prints how many passed and how long it took. */
async function cli(): Promise<void> {
  const runs = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 10_000);
  const seed = process.argv[3] ?? process.env.FUZZ_SEED;
  const progress = (n: number) => {
    if (n % 500 === 0) process.stdout.write(`  ${n} cases…\n`);
  };
  const r = await fuzz({ runs, ...(seed === undefined ? {} : { seed: Number(seed) }), progress });
  const passed = r.failures ? r.runs - 1 : r.runs;
  process.stdout.write(`design-check fuzz: ${passed} of ${r.runs} cases passed, ${r.failures} failed, in ${(r.ms / 1000).toFixed(1)} s (seed ${r.seed})\n`);
  if (r.counterexample) {
    const file = join(process.cwd(), `fuzz-failure-${r.seed}.md`);
    writeFileSync(file, r.counterexample.case.bytes);
    process.stdout.write(`The smallest failing case (${r.counterexample.case.origin}) is in ${file}:\n${r.counterexample.error}\n`);
    process.exitCode = 1;
  }
  process.exit();
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) await cli();
