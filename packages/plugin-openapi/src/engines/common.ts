import { bundledOf, positionIn, refCycles, regionOf, type Bundled, type JsonPath, type OpenApiModel } from '@design-check/openapi-model';
import { noteRead, type DesignDoc, type Severity } from '@design-check/core';
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
  cache._engineInput = { text: JSON.stringify(description), bundled, cut };
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
