#!/usr/bin/env node
// Build or type-check the package in the current folder with the root tsconfig.base.json, so
// that a package needs no tsconfig of its own:
//   node ../../scripts/tsc.mjs build   emits src/ (tests and __fixtures__ left out) to dist/
//   node ../../scripts/tsc.mjs check   type-checks src/ and test/ without emitting
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const mode = process.argv[2];
if (mode !== 'build' && mode !== 'check') {
  console.error('usage: tsc.mjs build|check');
  process.exit(2);
}
const cwd = process.cwd();
const basePath = fileURLToPath(new URL('../tsconfig.base.json', import.meta.url));
const base = ts.parseConfigFileTextToJson(basePath, readFileSync(basePath, 'utf8'));
if (base.error) throw new Error(ts.flattenDiagnosticMessageText(base.error.messageText, '\n'));

const build = mode === 'build';
const raw = {
  compilerOptions: { ...base.config.compilerOptions, rootDir: build ? 'src' : '.', outDir: 'dist', noEmit: !build },
  include: build ? ['src'] : ['src', 'test'].filter((d) => existsSync(d)),
  exclude: build ? ['src/**/*.test.ts', 'src/**/__fixtures__/**'] : ['dist'],
};
const parsed = ts.parseJsonConfigFileContent(raw, ts.sys, cwd);
if (build) rmSync('dist', { recursive: true, force: true });
const program = ts.createProgram(parsed.fileNames, parsed.options);
const emitted = build ? program.emit() : { diagnostics: [] };
const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
if (diagnostics.length) {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => cwd, getNewLine: () => '\n' };
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  process.exit(1);
}
