#!/usr/bin/env node
// Bundle the CLI, every default plugin and the engine modules into dist/snapshot/bundle.cjs: the
// script `node --build-snapshot` runs to make design-check's start-up snapshot (src/snapshot.ts,
// src/snapshot-build.ts). Node 20 builds a snapshot from one CommonJS script that may require
// only Node's built-in modules, so design-check's ES modules are bundled here, and the CommonJS
// files they load with `createRequire` (the Redocly/Spectral and remark bundles, TypeScript,
// YAML, Ajv) are loaded by the bundle's prologue (scripts/snapshot-prologue.cjs) while the
// snapshot is built. `import.meta.url` of each bundled module becomes its installed file's URL,
// found from the CLI's folder when the snapshot is built; the engine modules that plugin-openapi
// loads by URL are registered under theirs.
import { existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeLatin1, writeLicenses } from '../../../scripts/bundle-cjs.mjs';

const require = createRequire(import.meta.url);
const cli = fileURLToPath(new URL('..', import.meta.url));
const outfile = join(cli, 'dist/snapshot/bundle.cjs');

// Every package the CLI depends on, directly or not, by its real folder, with the names that lead
// to it from the CLI's folder: the prologue follows them on the machine that builds the snapshot.
function findPackage(name, from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dir === dirname(dir)) return undefined;
  }
}
const chainOf = new Map([[realpathSync(cli), []]]);
const queue = [realpathSync(cli)];
while (queue.length) {
  const dir = queue.shift();
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
    const found = findPackage(dep, dir);
    if (!found || chainOf.has(found)) continue;
    chainOf.set(found, [...chainOf.get(dir), dep]);
    queue.push(found);
  }
}
const dirs = [...chainOf.keys()];
const chains = dirs.map((d) => chainOf.get(d));
/** The index in `chains` of the package a bundled file belongs to, and the file's path inside it. */
function packageOf(file) {
  for (let dir = dirname(realpathSync(file)); dir !== dirname(dir); dir = dirname(dir)) {
    const index = dirs.indexOf(dir);
    if (index >= 0) return { index, rel: relative(dir, realpathSync(file)).replaceAll('\\', '/') };
  }
  return undefined;
}

const plugin = {
  name: 'design-check-snapshot',
  setup(b) {
    b.onLoad({ filter: /\.(?:m?js)$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const pkg = packageOf(args.path);
      if (!pkg) throw new Error(`${args.path} uses import.meta.url and is no dependency of the CLI`);
      text = text.replaceAll('import.meta.url', `__dcHost.moduleUrl(${pkg.index}, ${JSON.stringify(pkg.rel)})`);
      return { contents: text, loader: 'js' };
    });
  },
};

const openapi = findPackage('@design-check/plugin-openapi', findPackage('@design-check/plugins', cli));
const engines = ['dist/engines/redocly.js', 'dist/engines/spectral.js'];
const entry = `
import { warmUpSnapshot } from './dist/snapshot.js';
${engines.map((e, i) => `import * as engine${i} from ${JSON.stringify(join(openapi, e))};`).join('\n')}
const host = globalThis[Symbol.for('design-check.snapshot')];
${engines.map((e, i) => `host.register(host.moduleUrl(${packageOf(join(openapi, e)).index}, ${JSON.stringify(e)}), engine${i});`).join('\n')}
warmUpSnapshot().catch((e) => {
  require('node:fs').writeSync(2, String(e?.stack ?? e) + '\\n');
  process.exitCode = 1;
});
`;

// The names of the network modules' exports, which the prologue loads only when first used.
const lazyKeys = Object.fromEntries(['http', 'https', 'http2', 'net', 'tls', 'dns', 'dgram'].map((m) => [m, Object.keys(require(m))]));
const prologue = readFileSync(join(cli, 'scripts/snapshot-prologue.cjs'), 'utf8').replace('= __DESIGN_CHECK_SNAPSHOT__;', () => `= ${JSON.stringify({ chains, statusCodes: STATUS_CODES, lazyKeys })};`);
mkdirSync(dirname(outfile), { recursive: true });
const result = await build({
  stdin: { contents: entry, resolveDir: cli, sourcefile: 'snapshot-entry.mjs', loader: 'js' },
  absWorkingDir: cli,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // A dynamic import of a module not in the bundle (a config's plugin) goes through the prologue's `require`, which declines.
  supported: { 'dynamic-import': false },
  // CommonJS builds first: they need no import.meta.url.
  mainFields: ['main', 'module'],
  // Classes and functions keep their names: code that tells errors apart by `constructor.name`
  // (the Gherkin plugin, for @cucumber/gherkin's exceptions) must see what the packages see.
  keepNames: true,
  // Loaded from their own bundles or packages by the prologue; the packages are only a fallback when those bundles are absent.
  external: ['@redocly/*', '@stoplight/*', 'unified', 'remark-parse', 'remark-gfm', 'typescript', 'nimma', 'nimma/*'],
  banner: { js: `${prologue}(function (require) {` },
  footer: { js: '})(__dcHost.require);' },
  outfile,
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
  plugins: [plugin],
});
const count = writeLicenses(cli, result.metafile, outfile);
writeLatin1(outfile);
console.log(`bundled the CLI for its start-up snapshot: ${relative(cli, outfile)} (${(readFileSync(outfile).length / 2 ** 20).toFixed(1)} MiB, ${count} packages)`);
