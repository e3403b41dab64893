/** How the blocks are compiled; config `settings.typescript` overrides the defaults. */
export interface CompileSettings {
  /** TypeScript's own lib files to load, by name (`es2023`, `dom`): never `@types` or a project file. */
  lib: string[];
  /** Largest total size of a document's TypeScript blocks, in UTF-16 code units. */
  maxBytes: number;
}

/** The defaults: the standard ES library, no DOM and no Node types; 256 KiB of TypeScript. */
export const DEFAULT_SETTINGS: CompileSettings = { lib: ['es2023'], maxBytes: 256 * 1024 };

const LIB_NAME = /^[a-z0-9]+(?:\.[a-z0-9]+)*$/;

/** The settings in effect: the defaults, overridden by config `settings.typescript`. */
export function compileSettingsOf(settings: Record<string, unknown> = {}): CompileSettings {
  const given = (settings.typescript ?? {}) as { lib?: unknown; maxBytes?: unknown };
  const lib = Array.isArray(given.lib) && given.lib.length > 0
    ? given.lib.map((l) => String(l).toLowerCase().replace(/^lib\./, '').replace(/\.d\.ts$/, '')).filter((l) => LIB_NAME.test(l))
    : DEFAULT_SETTINGS.lib;
  const maxBytes = typeof given.maxBytes === 'number' && given.maxBytes > 0 ? given.maxBytes : DEFAULT_SETTINGS.maxBytes;
  return { lib: lib.length ? lib : DEFAULT_SETTINGS.lib, maxBytes };
}

/** The cache key of a settings value. */
export function settingsKey(s: CompileSettings): string {
  return `${s.lib.join(',')}|${s.maxBytes}`;
}
