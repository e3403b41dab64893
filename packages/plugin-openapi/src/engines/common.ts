import { bundledOf, positionIn, refCycles, regionOf, type Bundled, type JsonPath, type OpenApiModel } from '@design-check/openapi-model';
import { ConfigError, ENGINES_LANE, EngineFailure, canRunInThread, noteRead, runInThread, warmInThread, type DesignDoc, type Severity } from '@design-check/core';
import type { ConfigIssue } from './project-config.js';

/** Options of an engine run. */
export interface EngineOptions {
  projectRoot: string;
  settings: Record<string, unknown>;
  signal?: AbortSignal;
  /** The document checked: the engine config files read for it are noted on it (see core's `noteRead`). */
  doc?: DesignDoc;
}

/** Note on the document every engine config file the engine read or looked for. */
export function noteConsulted(opts: EngineOptions, consulted: readonly string[]): void {
  if (opts.doc) for (const path of consulted) noteRead(opts.doc, path);
}

/** One engine finding, with its path in the merged description. */
export interface EngineFinding {
  /** `redocly:<rule>` or `spectral:<code>`. */
  source: string;
  /** The engine's own rule id. */
  code: string;
  message: string;
  severity: Severity;
  path: JsonPath;
  /** Set when the finding is in a file that a `$ref` of the document names: where in that file. */
  file?: { shown: string; line: number; column: number; via: string };
}

/** What one engine run produced. */
export interface EngineResult {
  findings: EngineFinding[];
  issues: ConfigIssue[];
  /** The engine rules that the project's own engine config sets (their severity wins over the preset's). */
  named?: Set<string>;
  /** Set when the engine ran past its time budget; its findings are then missing. */
  timedOut?: boolean;
  /** Set when the description with its referenced files nests too deep for the engines, which were not run. */
  tooDeep?: boolean;
}

/** The engines parse what they get with their own nesting limit (Redocly's is 100): stay below it. */
export const ENGINE_MAX_DEPTH = 90;

/** How deep a JSON value nests (maps and lists), counted up to `cap + 1`, without recursion. */
export function depthOf(value: unknown, cap = ENGINE_MAX_DEPTH): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length && max <= cap) {
    const [v, d] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    max = Math.max(max, d);
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** The virtual file name the merged description gets; external refs resolve against it. */
export const VIRTUAL_FILE = '/__design-check__/openapi.json';

/** The message of the error that both engines' resolvers throw for every external `$ref`. */
export function refusal(ref: string): string {
  return `design-check does not read external $ref '${ref}'`;
}

/**
 * Race `work` against a timer and the rule's abort signal. The engine cannot be interrupted,
 * but the check moves on and reports the timeout instead of hanging.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, signal?: AbortSignal): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<'timeout'>((res) => {
    timer = setTimeout(() => res('timeout'), ms);
    onAbort = () => res('timeout');
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, stop]);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Run an engine's part of a run (`fn` of the engine module at `url`, on plain data) in the
 * artifact engines' thread (core's `ENGINES_LANE`, shared with the TypeScript compiler), where it
 * is stopped at `ms`: a synchronous loop inside Redocly or Spectral (a crafted description, a
 * project ruleset's pattern) cannot be interrupted otherwise. That thread, beside core's parser
 * thread, lets them load and lint while the next document is parsed. From TypeScript sources (tests) it runs here, raced against the budget.
 */
export async function runEngine<T>(url: string, fn: string, input: unknown, ms: number, signal?: AbortSignal): Promise<T | 'timeout'> {
  if (canRunInThread(url)) {
    try {
      return await runInThread<T>(url, fn, input, ms, ENGINES_LANE);
    } catch (e) {
      if (e instanceof EngineFailure && e.kind === 'timeout') return 'timeout';
      throw e instanceof EngineFailure ? new Error(`the engine failed: ${e.message}`) : e;
    }
  }
  const engine = (await import(url)) as Record<string, (input: unknown) => Promise<T>>;
  const started = performance.now();
  const result = await withTimeout(engine[fn](input), ms, signal);
  // Work that never yields to the timer (a warm engine, all in microtasks) is judged by the clock.
  return performance.now() - started > ms ? 'timeout' : result;
}

/** How long loading an engine ahead of its first lint may take (a busy machine included). */
const WARM_BUDGET_MS = 60_000;

/**
 * Start loading an engine where its lints run (the artifact engines' thread), so that the first lint finds it
 * ready: `fn` of the module at `url` loads it. A failed load is left to the lint, which reports it.
 */
export function warmEngine(url: string, fn: string): Promise<void> {
  const load = canRunInThread(url) ? warmInThread<unknown>(url, fn, null, WARM_BUDGET_MS, ENGINES_LANE) : runEngine<unknown>(url, fn, null, WARM_BUDGET_MS);
  return load.then(
    () => undefined,
    () => undefined,
  );
}

/** A ConfigError as plain data: an engine's part of a run returns data, not exceptions. */
export interface PlainConfigError {
  message: string;
  file?: string;
  key?: string;
}

/** A ConfigError of an engine's part of a run as plain data. */
export function toPlainConfigError(e: ConfigError): PlainConfigError {
  return { message: e.message, ...(e.file ? { file: e.file } : {}), ...(e.key ? { key: e.key } : {}) };
}

/** The ConfigError again, with the same message, file and key. */
export function fromPlainConfigError(e: PlainConfigError): ConfigError {
  const prefix = e.file ? `${e.file}: ` : '';
  return new ConfigError(e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message, e.file, e.key);
}

/** Strip a trailing period and surrounding space from an engine message. */
export function tidy(message: string): string {
  return message.trim().replace(/\s+/g, ' ');
}

/** What the engines lint: the merged description, with referenced files bundled in and pure `$ref` cycles cut. */
export interface EngineInput {
  text: string;
  bundled: Bundled;
  /** Paths of the cycle members, each replaced by an empty object. */
  cut: JsonPath[];
  /** True when the description nests deeper than {@link ENGINE_MAX_DEPTH}: the engines are not run. */
  tooDeep: boolean;
}

/**
 * The merged description as the engines get it: the files that its `$ref`s name inside the
 * project are bundled in (the engines' own resolvers read nothing), and each member of a pure
 * `$ref` cycle (`Amount → Money → Amount`, which makes Redocly crash and which
 * `openapi/unresolved-ref` reports) becomes an empty object; findings at a member are dropped.
 */
export function engineInput(model: OpenApiModel): EngineInput {
  const cache = model as OpenApiModel & { _engineInput?: EngineInput };
  if (cache._engineInput) return cache._engineInput;
  const cut = refCycles(model).flatMap((c) => c.members);
  const bundled = bundledOf(model);
  let description = bundled.description;
  if (cut.length) {
    description = structuredClone(description);
    for (const path of cut) {
      const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string, unknown>)[String(k)], description) as Record<string, unknown>;
      parent[String(path[path.length - 1])] = {};
    }
  }
  const tooDeep = depthOf(description) > ENGINE_MAX_DEPTH;
  cache._engineInput = { text: tooDeep ? '{}' : JSON.stringify(description), bundled, cut, tooDeep };
  return cache._engineInput;
}

/** True when an engine finding is at or inside a member of a cut `$ref` cycle. */
export function inCut(input: EngineInput, path: JsonPath): boolean {
  return input.cut.some((c) => c.length <= path.length && c.every((seg, i) => String(seg) === String(path[i])));
}

/**
 * Mark a finding that lies in the content of a referenced file with its place in that file,
 * and return the description it should be judged against (the bundled one for such findings).
 */
export function placeInFile(input: EngineInput, f: EngineFinding, merged: Record<string, unknown>): Record<string, unknown> {
  const region = regionOf(input.bundled, f.path);
  if (!region) return merged;
  const inFile = [...region.pointer, ...f.path.slice(region.at.length)];
  f.file = { shown: region.file.shown, ...positionIn(region.file, inFile), via: region.file.via };
  return input.bundled.description;
}
