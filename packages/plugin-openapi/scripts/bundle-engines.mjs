#!/usr/bin/env node
// Bundle Redocly and Spectral, with everything they load, into dist/engines/vendor.cjs.
//
// Loading them from node_modules resolves and reads about 850 files in the OpenAPI engine thread
// (half a second of a cold run); one file loads in about 60 % of that, and V8's code cache
// (core's compile cache) takes it further. The engines' behaviour is unchanged: the bundle holds
// the same packages at the same versions, and src/engines/vendor.ts falls back to them when the
// bundle is absent (TypeScript sources, tests). The licences of the bundled packages go to
// dist/engines/vendor.LICENSES.txt (scripts/bundle-cjs.mjs at the repository's root).
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleCjs } from '../../../scripts/bundle-cjs.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const out = join(pkg, 'dist', 'engines');
const from = createRequire(join(pkg, 'package.json'));
const real = (p) => realpathSync(p);
const rulesetsMain = real(from.resolve('@stoplight/spectral-rulesets'));
const fromRulesets = createRequire(rulesetsMain);
const functionsMain = real(fromRulesets.resolve('@stoplight/spectral-functions'));
const fromFunctions = createRequire(functionsMain);

// What the engines' code asks of Spectral's functions package to share its Ajv instances
// (src/engines/spectral-ajv.ts), by the same ids.
const functionsModules = ['./schema/ajv.js', 'ajv', 'ajv-draft-04', 'ajv/dist/2019', 'ajv/dist/2020', 'ajv-formats', 'ajv-errors', './schema/draft4.json', 'ajv/dist/refs/json-schema-draft-06.json'];

const entry = `module.exports = {
  redocly: require(${JSON.stringify(real(from.resolve('@redocly/openapi-core')))}),
  spectralCore: require(${JSON.stringify(real(from.resolve('@stoplight/spectral-core')))}),
  oas: require(${JSON.stringify(real(from.resolve('@stoplight/spectral-rulesets/dist/oas/index.js')))}),
  parsers: require(${JSON.stringify(real(from.resolve('@stoplight/spectral-parsers')))}),
  resolver: require(${JSON.stringify(real(from.resolve('@stoplight/spectral-ref-resolver')))}),
  functions: require(${JSON.stringify(functionsMain)}),
  formats: require(${JSON.stringify(real(fromRulesets.resolve('@stoplight/spectral-formats')))}),
  assertions: require(${JSON.stringify(join(dirname(real(from.resolve('@stoplight/spectral-core'))), 'ruleset/validation/assertions.js'))}),
  nimma: require(${JSON.stringify(real(createRequire(real(from.resolve('@stoplight/spectral-core'))).resolve('nimma/legacy')))}),
  fromFunctions: {
${functionsModules.map((id) => `    ${JSON.stringify(id)}: require(${JSON.stringify(real(fromFunctions.resolve(id)))}),`).join('\n')}
  },
};
`;

await bundleCjs(build, { pkg, contents: entry, outfile: join(out, 'vendor.cjs') });
