/** How the blocks are compiled; config `settings.typescript` overrides the defaults. */
export interface CompileSettings {
  /** TypeScript's own lib files to load, by name (`es2023`, `dom`): never `@types` or a project file. */
  lib: string[];
  /** Largest total size of a document's TypeScript blocks, in UTF-16 code units. */
  maxBytes: number;
  /** Time budget of one document's compile, in ms; the compile is then stopped. */
  timeoutMs: number;
}

/** The defaults: the standard ES library, no DOM and no Node types; 256 KiB of TypeScript; 20 s. */
export const DEFAULT_SETTINGS: CompileSettings = { lib: ['es2023'], maxBytes: 256 * 1024, timeoutMs: 20_000 };

const LIB_NAME = /^[a-z0-9]+(?:\.[a-z0-9]+)*$/;

/** The settings in effect: the defaults, overridden by config `settings.typescript`. */
export function compileSettingsOf(settings: Record<string, unknown> = {}): CompileSettings {
  const given = (settings.typescript ?? {}) as { lib?: unknown; maxBytes?: unknown; timeoutMs?: unknown };
  const lib = Array.isArray(given.lib) && given.lib.length > 0
    ? given.lib.map((l) => String(l).toLowerCase().replace(/^lib\./, '').replace(/\.d\.ts$/, '')).filter((l) => LIB_NAME.test(l))
    : DEFAULT_SETTINGS.lib;
  const maxBytes = typeof given.maxBytes === 'number' && given.maxBytes > 0 ? given.maxBytes : DEFAULT_SETTINGS.maxBytes;
  const timeoutMs = typeof given.timeoutMs === 'number' && given.timeoutMs > 0 ? given.timeoutMs : DEFAULT_SETTINGS.timeoutMs;
  return { lib: lib.length ? lib : DEFAULT_SETTINGS.lib, maxBytes, timeoutMs };
}

/** The cache key of a settings value. */
export function settingsKey(s: CompileSettings): string {
  return `${s.lib.join(',')}|${s.maxBytes}|${s.timeoutMs}`;
}
