// Cost of the gherkin plugin per document: `node test/bench.mjs [file.md]` after `pnpm build`.
// For the document, and for the same document with its gherkin fences turned into plain text,
// it prints what the plugin adds to a check: on the first check in this process (cold: for the
// document with gherkin, the parser is loaded then) and the median over later checks (warm).
// The plugin's cost is a check with the plugin minus a check without any plugin (the markdown
// parse and document model alone). Times are CPU time of this process (user + system), which
// other load on the machine disturbs less than wall time. Then, where the warm time goes: the
// document model and the OpenAPI model (both shared with the other plugins in a full run), the
// Gherkin parse, the behaviours and the Outcome Contract read.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const file = resolve(process.argv[2] ?? new URL('../../../examples/refund-service/TECHNICAL-DESIGN.md', import.meta.url).pathname);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = cpu();
const { check } = await import('@design-check/core');
const { default: gherkin, gherkinModel, behaviorModel, contractModel } = await import('../dist/index.js');
const { parseDesignDoc } = await import('@design-check/core');
const { openApiModel } = await import('@design-check/openapi-model');
const importMs = cpu() - t0;

const text = readFileSync(file, 'utf8');
const plain = text.replace(/^(\s*(?:>\s*)*)(`{3,}|~{3,})(?:gherkin|feature|cucumber)\b/gim, '$1$2text');
const projectRoot = resolve(file, '../../..');
let run = 0;
async function time(doc, plugins) {
  // A new text each time, so that nothing of an earlier document is reused.
  const edited = `${doc}\n<!-- run ${run++} -->\n`;
  const start = cpu();
  await check(edited, { path: file, plugins, projectRoot });
  return cpu() - start;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
async function base(doc, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await time(doc, []));
  return median(out);
}

await base(text, 10); // warm the markdown parser first: its own warm-up is not the plugin's cost
const coldPlain = (await time(plain, [gherkin])) - (await base(plain, 5));
const coldGherkin = (await time(text, [gherkin])) - (await base(text, 5));
const warm = async (doc) => {
  const withPlugin = [];
  const without = [];
  for (let i = 0; i < 40; i++) {
    withPlugin.push(await time(doc, [gherkin]));
    without.push(await time(doc, []));
  }
  return { plugin: median(withPlugin) - median(without), markdown: median(without) };
};
const warmPlain = await warm(plain);
const warmGherkin = await warm(text);
const ms = (x) => Number(x.toFixed(1));
const parts = {};
for (let i = 0; i < 30; i++) {
  const doc = parseDesignDoc(`${text}\n<!-- part ${i} -->\n`, file);
  const step = async (name, fn) => {
    const start = cpu();
    await fn();
    (parts[name] ??= []).push(cpu() - start);
  };
  await step('documentModel', () => [doc.sections, doc.codeBlocks, doc.tables, doc.links]);
  await step('openApiModel', () => openApiModel(doc));
  await step('gherkinParse', () => gherkinModel(doc));
  await step('behaviors', () => behaviorModel(doc));
  await step('contract', () => contractModel(doc, projectRoot));
}
console.log(
  JSON.stringify({
    file,
    importCpuMs: ms(importMs),
    markdownParseCpuMs: ms(warmGherkin.markdown),
    pluginCpuMs: {
      withGherkin: { cold: ms(coldGherkin), warm: ms(warmGherkin.plugin) },
      withoutGherkin: { cold: ms(coldPlain), warm: ms(warmPlain.plugin) },
    },
    warmPartsCpuMs: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, ms(median(v))])),
  }),
);
