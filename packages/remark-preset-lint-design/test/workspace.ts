import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's folder. */
export const PACKAGE_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** The monorepo root. */
export const REPO = resolve(PACKAGE_DIR, '../..');
/** The built CLI. */
export const CLI_BIN = join(REPO, 'apps/cli/dist/bin.js');

/** A workspace package that is published to npm. */
export interface PublishedPackage {
  name: string;
  dir: string;
}

/** Every non-private package under packages/ and apps/, sorted by folder. */
export function publishedPackages(): PublishedPackage[] {
  const out: PublishedPackage[] = [];
  for (const group of ['packages', 'apps']) {
    for (const entry of readdirSync(join(REPO, group)).sort()) {
      const dir = join(REPO, group, entry);
      const manifest = join(dir, 'package.json');
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; private?: boolean };
      if (!pkg.private) out.push({ name: pkg.name, dir });
    }
  }
  return out;
}

/** The defective design every integration test uses (a realistic design with known defects). */
export const DEFECTIVE = join(PACKAGE_DIR, 'test/fixtures/defective/TECHNICAL-DESIGN.md');
