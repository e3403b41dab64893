import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type TS from 'typescript';
import { ts } from './ts.js';

/**
 * The virtual folder of TypeScript's lib files. It holds no `node_modules` segment, so the
 * compiler never looks for a `package.json` above it, and maps to TypeScript's own lib folder.
 */
export const LIB_DIR = '/typescript-lib';

const REAL_LIB_DIR = dirname(ts.getDefaultLibFilePath({}));
const LIB_FILE = /^lib(?:\.[a-z0-9]+)*\.d\.ts$/;

// Parsed lib files, shared by every program of this process (and of each worker).
const libCache = new Map<string, TS.SourceFile>();
const libText = new Map<string, string | undefined>();

/** How many lib files this process has parsed (each once, whatever the number of documents). */
export function libFilesParsed(): number {
  return libCache.size;
}

/** The text of one of TypeScript's own lib files, by virtual path; undefined for anything else. */
function readLib(fileName: string): string | undefined {
  if (!fileName.startsWith(`${LIB_DIR}/`)) return undefined;
  const base = fileName.slice(LIB_DIR.length + 1);
  if (!LIB_FILE.test(base)) return undefined;
  if (!libText.has(base)) {
    let text: string | undefined;
    try {
      text = readFileSync(join(REAL_LIB_DIR, base), 'utf8');
    } catch {
      text = undefined;
    }
    libText.set(base, text);
  }
  return libText.get(base);
}

function libSourceFile(fileName: string, options: TS.CreateSourceFileOptions): TS.SourceFile | undefined {
  const key = `${fileName}|${options.languageVersion}|${options.impliedNodeFormat ?? ''}|${options.jsDocParsingMode ?? ''}`;
  const cached = libCache.get(key);
  if (cached) return cached;
  const text = readLib(fileName);
  if (text === undefined) return undefined;
  const file = ts.createSourceFile(fileName, text, options, false);
  libCache.set(key, file);
  return file;
}

/** A block as the host serves it. */
export interface VirtualFile {
  text: string;
  /** A module file keeps TypeScript's detection; any other block is a global script. */
  module: boolean;
}

/**
 * A compiler host that serves the blocks from memory and only TypeScript's own lib files from
 * disk: no other file is read, no folder is listed, and an import resolves only to a block.
 */
export function memoryHost(files: Map<string, VirtualFile>, resolve: (specifier: string) => string | undefined): TS.CompilerHost {
  const noModule: TS.ResolvedModuleWithFailedLookupLocations = { resolvedModule: undefined };
  return {
    getSourceFile(fileName, languageVersionOrOptions) {
      const options: TS.CreateSourceFileOptions = typeof languageVersionOrOptions === 'object' ? languageVersionOrOptions : { languageVersion: languageVersionOrOptions };
      const file = files.get(fileName);
      if (!file) return libSourceFile(fileName, options);
      // A block without imports between blocks is a script, even with `export`: its
      // declarations are visible in every other block, as a design reader expects.
      const own = file.module ? options : { ...options, setExternalModuleIndicator: () => {} };
      return ts.createSourceFile(fileName, file.text, own, true);
    },
    // As tsc does: JSDoc in TypeScript files changes no error, and skipping it halves the parse of the lib files.
    jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors,
    getDefaultLibFileName: (options) => `${LIB_DIR}/${ts.getDefaultLibFileName(options)}`,
    getDefaultLibLocation: () => LIB_DIR,
    writeFile: () => {},
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (f) => files.has(f) || readLib(f) !== undefined,
    readFile: (f) => files.get(f)?.text ?? readLib(f),
    directoryExists: () => false,
    getDirectories: () => [],
    realpath: (p) => p,
    resolveModuleNameLiterals: (literals) =>
      literals.map((l) => {
        const target = resolve(l.text);
        return target ? { resolvedModule: { resolvedFileName: target, extension: ts.Extension.Ts, isExternalLibraryImport: false } } : noModule;
      }),
    resolveTypeReferenceDirectiveReferences: (refs) => refs.map(() => ({ resolvedTypeReferenceDirective: undefined })),
  };
}
