#!/usr/bin/env node
// Bundle remark with GFM (unified, remark-parse, remark-gfm and the micromark and mdast packages
// they load) into dist/vendor/markdown.cjs.
//
// They are ES modules: about a hundred small files, which Node 20 loads without a code cache
// (about 0.1 s in every thread that parses, on every run). As one CommonJS file they load from
// core's compile cache in under 20 ms. The parser is the same packages at the same versions, with
// one change for speed, below; src/model/parse.ts falls back to the packages when the bundle is
// absent (TypeScript sources, tests), and test/markdown-bundle.test.ts parses every markdown file
// of the repository both ways and compares the trees.
import { readFileSync } from 'node:fs';
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
// mdast-util-from-markdown calls each event's handler on a new copy of its compile context (the
// context's properties and the event's `sliceSerialize`): tens of thousands of objects for a
// design, and a fifth of the parser thread's time in a batch, most of it in its collector. Its
// handlers, and those of the GFM extensions, only read the context's properties (none sets one
// or keeps the context), so one context, whose `sliceSerialize` is set before each call, does
// the same. The three places must be found as written, or the build fails: a new version of the
// package is then looked at again.
const CONTEXT_COPY = /\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}/g;
const oneContext = {
  name: 'one-compile-context',
  setup(b) {
    b.onLoad({ filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const copies = text.match(CONTEXT_COPY)?.length ?? 0;
      const loop = '    index = -1;\n    while (++index < events.length) {\n      const handler = config[events[index][0]];';
      if (copies !== 3 || text.split(loop).length !== 2) {
        throw new Error(`${args.path}: the compile loop is not as bundle-markdown.mjs knows it (${copies} context copies): look at it again`);
      }
      const contents = text
        .replace(loop, `    const shared = { ...context, sliceSerialize: undefined };\n${loop}`)
        .replace(CONTEXT_COPY, '(shared.sliceSerialize = events[index][2].sliceSerialize, shared)');
      return { contents, loader: 'js' };
    });
  },
};

await bundleCjs(build, { pkg, contents, outfile: join(pkg, 'dist', 'vendor', 'markdown.cjs'), plugins: [oneContext] });
