import { refCycles, type JsonPath, type OpenApiModel } from '@design-check/openapi-model';
import type { Severity } from '@design-check/core';
import type { ConfigIssue } from './project-config.js';

/** Options of an engine run. */
export interface EngineOptions {
  projectRoot: string;
  settings: Record<string, unknown>;
  signal?: AbortSignal;
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
}

/** What one engine run produced. */
export interface EngineResult {
  findings: EngineFinding[];
  issues: ConfigIssue[];
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

/** What the engines lint: the merged description, with its pure `$ref` cycles cut. */
export interface EngineInput {
  text: string;
  /** Paths of the cycle members, each replaced by an empty object. */
  cut: JsonPath[];
}

/**
 * The merged description as the engines get it. A pure `$ref` cycle (`Amount → Money →
 * Amount`) makes Redocly crash, and `openapi/unresolved-ref` reports it: each member becomes
 * an empty object, and findings at a member are dropped.
 */
export function engineInput(model: OpenApiModel): EngineInput {
  const cache = model as OpenApiModel & { _engineInput?: EngineInput };
  if (cache._engineInput) return cache._engineInput;
  const cut = refCycles(model).flatMap((c) => c.members);
  let description = model.merged.description;
  if (cut.length) {
    description = structuredClone(description);
    for (const path of cut) {
      const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string, unknown>)[String(k)], description) as Record<string, unknown>;
      parent[String(path[path.length - 1])] = {};
    }
  }
  cache._engineInput = { text: JSON.stringify(description), cut };
  return cache._engineInput;
}

/** True when an engine finding is at or inside a member of a cut `$ref` cycle. */
export function inCut(input: EngineInput, path: JsonPath): boolean {
  return input.cut.some((c) => c.length <= path.length && c.every((seg, i) => String(seg) === String(path[i])));
}
