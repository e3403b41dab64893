#!/usr/bin/env node
// Bundle remark with GFM (unified, remark-parse, remark-gfm and the micromark and mdast packages
// they load) into dist/vendor/markdown.cjs.
//
// They are ES modules: about a hundred small files, which Node 20 loads without a code cache
// (about 0.1 s in every thread that parses, on every run). As one CommonJS file they load from
// core's compile cache in under 20 ms. The parser is unchanged (the same packages at the same
// versions); src/model/parse.ts falls back to the packages when the bundle is absent (TypeScript
// sources, tests).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleCjs } from '../../../scripts/bundle-cjs.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const contents = `module.exports = {
  unified: require('unified').unified,
  remarkParse: require('remark-parse').default,
  remarkGfm: require('remark-gfm').default,
};
`;
await bundleCjs(build, { pkg, contents, outfile: join(pkg, 'dist', 'vendor', 'markdown.cjs') });
