#!/usr/bin/env node
// Copy the rule pages (docs/rules/<plugin>/<rule>.md) into dist/rules/ of the package in the
// current folder, so that the published CLI can print them offline (`design-check --explain`).
// Run after the build, which empties dist/.
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../docs/rules/', import.meta.url));
if (!existsSync(from)) throw new Error(`rule pages not found: ${from}`);
cpSync(from, 'dist/rules', { recursive: true, filter: (src) => !src.endsWith('README.md') });
