// Shared by the packages that ship a CommonJS bundle of some of their dependencies in dist
// (plugin-openapi: Redocly and Spectral; core: remark with GFM). A bundle loads from one file
// instead of hundreds, and, being CommonJS, from core's compile cache (V8 keeps no code cache for
// ES modules on Node 20). The packages are bundled unchanged, at the versions the package depends
// on (characters above U+00FF written as escapes, latin1.mjs); their licences go to
// `<bundle>.LICENSES.txt` beside it.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { latin1Source } from './latin1.mjs';

/**
 * Bundle `contents` (a CommonJS entry that requires what the bundle exports, resolved from `pkg`)
 * into `outfile` with `build` (the package's own esbuild) and its `plugins`, and write the licences file.
 */
export async function bundleCjs(build, { pkg, contents, outfile, plugins = [] }) {
  mkdirSync(dirname(outfile), { recursive: true });
  const result = await build({
    stdin: { contents, resolveDir: pkg, sourcefile: 'bundle-entry.cjs', loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // jsonc-parser's `main` is a UMD build that esbuild cannot follow; its ES module build bundles.
    mainFields: ['module', 'main'],
    outfile,
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
    plugins,
  });
  const count = writeLicenses(pkg, result.metafile, outfile);
  writeLatin1(outfile);
  const size = readFileSync(outfile).length;
  console.log(`bundled ${count} packages into ${relative(pkg, outfile)} (${(size / 2 ** 20).toFixed(1)} MiB)`);
}

/** Rewrite the bundle `file` with every character in Latin-1 (latin1.mjs): V8 then keeps its source at one byte a character. */
export function writeLatin1(file) {
  const text = readFileSync(file, 'utf8');
  const latin1 = latin1Source(text, file);
  if (latin1 !== text) writeFileSync(file, latin1);
}

/**
 * Write `<bundle>.LICENSES.txt` beside `outfile`: one licence text per package of node_modules
 * that esbuild's `metafile` lists (paths relative to `pkg`), read from the package's own folder.
 */
export function writeLicenses(pkg, metafile, outfile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input.replaceAll('\\', '/'));
    if (!m) continue;
    const dir = join(pkg, m[1]);
    if (packages.has(dir)) continue;
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
    packages.set(dir, `${meta.name}@${meta.version} (${meta.license ?? 'see package'})\n\n${file ? readFileSync(join(dir, file), 'utf8').trim() : `No licence file in the package; its package.json says: ${meta.license ?? 'nothing'}.`}\n`);
  }
  const notices = [...packages.values()].sort();
  const name = outfile.split(/[\\/]/).pop();
  writeFileSync(outfile.replace(/\.cjs$/, '.LICENSES.txt'), `${name} bundles these ${notices.length} packages, unchanged:\n\n${notices.join('\n' + '-'.repeat(72) + '\n\n')}`);
  return notices.length;
}
