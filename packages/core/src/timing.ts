/** What a timing entry measures: a rule's check, an engine (loading or running), a model build, the parse. */
export type TimingKind = 'rule' | 'engine' | 'model' | 'parse';

/** The time spent in one rule, engine step, model or parse, summed over a run. */
export interface TimingEntry {
  kind: TimingKind;
  name: string;
  /** Wall-clock milliseconds, summed over `count` calls. */
  ms: number;
  count: number;
}

let table: Map<string, TimingEntry> | undefined;

/** Start recording where time goes (the CLI's `--timing`); until then, measuring costs nothing. */
export function startTiming(): void {
  table ??= new Map();
}

/** True while timing is recorded. */
export function timingEnabled(): boolean {
  return table !== undefined;
}

/** Add `ms` milliseconds to an entry (does nothing unless timing is on). */
export function recordTiming(kind: TimingKind, name: string, ms: number, count = 1): void {
  if (!table) return;
  const key = `${kind}\u0000${name}`;
  const entry = table.get(key);
  if (entry) {
    entry.ms += ms;
    entry.count += count;
  } else table.set(key, { kind, name, ms, count });
}

/**
 * Run `work` and add its wall time to the entry `name` of `kind`; a promise is timed until it
 * settles. With timing off, `work` runs as it is.
 */
export function timed<T>(kind: TimingKind, name: string, work: () => T): T {
  if (!table) return work();
  const start = performance.now();
  const done = () => recordTiming(kind, name, performance.now() - start);
  let result: T;
  try {
    result = work();
  } catch (e) {
    done();
    throw e;
  }
  if (result instanceof Promise) {
    return result.finally(done) as T;
  }
  done();
  return result;
}

/** The entries recorded so far, slowest first. */
export function timingEntries(): TimingEntry[] {
  return [...(table?.values() ?? [])].map((e) => ({ ...e })).sort((a, b) => b.ms - a.ms);
}

/** Add entries measured elsewhere (another thread) to this process's table. */
export function mergeTiming(entries: readonly TimingEntry[]): void {
  for (const e of entries) recordTiming(e.kind, e.name, e.ms, e.count);
}
