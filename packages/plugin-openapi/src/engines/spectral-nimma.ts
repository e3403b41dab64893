/** Nimma's class as its `legacy` module exports it (and Spectral's runner reads it, at each run). */
interface NimmaModule {
  default: new (expressions: string[], options?: Record<string, unknown>) => object;
}

// The modules already patched (the bundle's or the package's, whichever this thread loaded).
const patched = new WeakSet<object>();

/**
 * Make Spectral's runner reuse its JSONPath engine across documents. For every document it
 * builds `new Nimma(paths, options)` over the ruleset's `given` paths, which parses the paths,
 * generates code and compiles it anew (0.6 s per 100 designs), although the paths are the same
 * for every document of a ruleset. A Nimma instance is made for that reuse (it compiles on its
 * first query and keeps the function); its queries keep no state between calls. Here an instance
 * is kept per set of paths and options and handed out again; findings are the same as
 * upstream's. When the module does not have the expected shape (another version), nothing is
 * changed.
 */
export function shareNimma(mod: unknown): void {
  const m = mod as NimmaModule | undefined;
  if (!m || typeof m.default !== 'function' || patched.has(m)) return;
  patched.add(m);
  const Upstream = m.default;
  const fallbacks = new Map<unknown, number>();
  const made = new Map<string, object>();
  function Shared(expressions: string[], options: Record<string, unknown> = {}): object {
    const { fallback = null, ...rest } = options;
    if (!fallbacks.has(fallback)) fallbacks.set(fallback, fallbacks.size);
    const key = JSON.stringify([expressions, rest, fallbacks.get(fallback)]);
    let nimma = made.get(key);
    if (!nimma) {
      if (made.size >= 64) made.clear();
      nimma = new Upstream(expressions, options);
      made.set(key, nimma);
    }
    return nimma;
  }
  m.default = Shared as unknown as NimmaModule['default'];
}
