// The first lines of design-check's start-up snapshot bundle (dist/snapshot/bundle.cjs), run by
// `node --build-snapshot`. Node 20 lets a snapshot's builder script require only Node's built-in
// modules and has no ES module loader: this prologue gives the bundle what it needs to load the
// CommonJS files it does not contain (the Redocly/Spectral and remark bundles, TypeScript, YAML,
// Ajv) while the snapshot is built, and to refuse, once started from the snapshot, any module
// that is not in it (a config's plugin, a custom formatter): the run then declines, prints
// nothing, and the launcher checks the designs the normal way. `__DESIGN_CHECK_SNAPSHOT__` is
// filled in by scripts/bundle-snapshot.mjs.
/* eslint-disable */
const __dcHost = (() => {
  'use strict';
  const builtinRequire = require;
  const fs = builtinRequire('fs');
  const path = builtinRequire('path');
  const vm = builtinRequire('vm');
  const url = builtinRequire('url');
  const Module = builtinRequire('module');
  const { chains, statusCodes, lazyKeys } = __DESIGN_CHECK_SNAPSHOT__;
  const state = { building: true, declined: undefined, files: [], polyfilled: [] };

  // Array methods V8 installs only once a context is deserialized: a builder script runs without
  // them, and they must not be in the snapshot (the deserialized context adds its own).
  for (const [name, fn] of [
    ['toSorted', function (cmp) { return Array.prototype.slice.call(this).sort(cmp); }],
    ['toReversed', function () { return Array.prototype.slice.call(this).reverse(); }],
    ['toSpliced', function (...args) { const copy = Array.prototype.slice.call(this); copy.splice(...args); return copy; }],
    ['with', function (i, v) { const copy = Array.prototype.slice.call(this); copy[i < 0 ? copy.length + i : i] = v; return copy; }],
  ]) {
    if (typeof Array.prototype[name] === 'function') continue;
    Object.defineProperty(Array.prototype, name, { value: fn, writable: true, configurable: true });
    state.polyfilled.push(name);
  }

  // Network modules hold native handles a snapshot cannot keep: they load when first used, after the start.
  const LAZY = new Set(['http', 'https', 'http2', 'net', 'tls', 'dns', 'dgram']);
  const lazy = new Map();
  function lazyModule(name) {
    if (!lazy.has(name)) {
      let real;
      const load = (key) => {
        if (state.building) throw new Error(`design-check snapshot: "${name}.${String(key)}" used while the snapshot is built`);
        return (real ??= builtinRequire(name));
      };
      lazy.set(name, new Proxy({}, {
        get: (_, key) => {
          if (name === 'http' && key === 'STATUS_CODES') return statusCodes;
          // A bundler's check for an ES module's namespace: Node's modules are not.
          if (key === '__esModule' && state.building) return undefined;
          return load(key)[key];
        },
        has: (_, key) => key in load(key),
        // Copying the module's properties (a bundler's namespace object) takes getters, not values.
        ownKeys: () => (state.building ? lazyKeys[name] ?? [] : Reflect.ownKeys(load('*'))),
        getOwnPropertyDescriptor: (_, key) => {
          if (state.building) return { configurable: true, enumerable: true, get: () => load(key)[key] };
          const d = Reflect.getOwnPropertyDescriptor(load(key), key);
          return d && { ...d, configurable: true };
        },
      }));
    }
    return lazy.get(name);
  }

  function builtin(request) {
    if (request.startsWith('.') || path.isAbsolute(request)) return undefined;
    const name = request.startsWith('node:') ? request.slice(5) : request;
    if (LAZY.has(name)) return lazyModule(name);
    try {
      return builtinRequire(request);
    } catch {
      return undefined;
    }
  }

  function decline(what) {
    state.declined ??= what;
    const e = new Error(`design-check: the start-up snapshot cannot give ${what}`);
    e.code = 'DESIGN_CHECK_SNAPSHOT_DECLINED';
    throw e;
  }

  // CommonJS files loaded while the snapshot is built, outside Node's module system (which a
  // builder script may not use), by file name.
  const loaded = new Map();
  function loadFile(filename) {
    const known = loaded.get(filename);
    if (known) return known.exports;
    if (!state.building) decline(`the module ${filename}`);
    const module = { exports: {}, id: filename, filename, loaded: false, children: [], paths: Module._nodeModulePaths(path.dirname(filename)) };
    loaded.set(filename, module);
    state.files.push(filename);
    const text = fs.readFileSync(filename, 'utf8');
    if (filename.endsWith('.json')) {
      module.exports = JSON.parse(text);
    } else {
      const fn = vm.compileFunction(text.startsWith('#!') ? `//${text}` : text, ['exports', 'require', 'module', '__filename', '__dirname'], { filename });
      fn.call(module.exports, module.exports, requireFrom(filename), module, filename, path.dirname(filename));
    }
    module.loaded = true;
    return module.exports;
  }
  function requireFrom(filename) {
    const parent = { id: filename, filename, paths: Module._nodeModulePaths(path.dirname(filename)) };
    const resolve = (request) => Module._resolveFilename(request, parent, false);
    const req = (request) => builtin(request) ?? loadFile(resolve(request));
    req.resolve = resolve;
    req.cache = Object.create(null);
    return req;
  }
  // Every `createRequire` in this process is the bundle's: it loads through the loader above.
  Module.createRequire = (from) => requireFrom(String(from).startsWith('file:') ? url.fileURLToPath(from) : String(from));

  // Where each bundled package is installed, found once from the CLI's folder the way Node finds
  // a dependency (`chains[i]`: the names that lead to package i): `import.meta.url` of a bundled
  // module is its installed file's URL.
  const cliRoot = path.resolve(__dirname, '..', '..');
  const roots = new Map();
  function rootOf(index) {
    if (roots.has(index)) return roots.get(index);
    let dir = cliRoot;
    for (const name of chains[index]) {
      const found = Module._nodeModulePaths(dir).map((d) => path.join(d, name)).find((d) => fs.existsSync(path.join(d, 'package.json')));
      if (!found) throw new Error(`design-check snapshot: ${name} is not installed beside ${dir}`);
      dir = fs.realpathSync(found);
    }
    roots.set(index, dir);
    return dir;
  }

  const registry = new Map();
  return {
    state,
    moduleUrl: (index, rel) => url.pathToFileURL(path.join(rootOf(index), rel)).href,
    /** The bundle's `require`: Node's built-in modules, the engine modules registered by URL, nothing else. */
    require(request) {
      const b = builtin(request);
      if (b !== undefined) return b;
      if (registry.has(request)) return registry.get(request);
      return decline(`the module ${request}`);
    },
    register(moduleUrl, namespace) {
      registry.set(moduleUrl, namespace);
    },
    decline,
    /** The snapshot is about to be taken: what only the builder needed goes. */
    finish() {
      for (const name of state.polyfilled) delete Array.prototype[name];
      state.building = false;
    },
  };
})();
globalThis[Symbol.for('design-check.snapshot')] = __dcHost;
