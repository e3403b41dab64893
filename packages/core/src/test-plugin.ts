import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rule, Severity } from './types.js';
import { ruleId } from './ids.js';
import { isSourceId } from './ids.js';
import { resolveConfig } from './config/resolve.js';
import { validateAgainst } from './config/validate.js';
import { fixProblems, fixWithRule, lintWithRule } from './rule-tester.js';
import { parseDesignDoc } from './model/document.js';
import { docsUrl } from './urls.js';

type Describe = (name: string, fn: () => void) => void;
type It = (name: string, fn: () => void | Promise<void>) => void;

/** Options of {@link testPlugin}. */
export interface TestPluginOptions {
  /** The `docs/rules` folder that holds `<plugin>/<rule>.md` (a path or a `file:` URL). */
  docs?: string | URL;
  /** Folder that the docs examples' links may not leave (default: the docs folder's parent's parent). */
  projectRoot?: string;
}

/** How a rule's description starts: with what it does to the document. */
export const DESCRIPTION_VERBS = ['Require', 'Disallow', 'Enforce', 'Report', 'Warn'];

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const SHOW: Record<Severity | 'off', string> = { error: 'error', warning: 'warn', info: 'info', off: 'off' };

/**
 * The first ```markdown (or ```md) example under `## <heading>` of a rule page, and the messages
 * quoted as inline code in the paragraph right after it.
 */
export function docsExample(page: string, heading: string): { code: string; messages: string[] } | undefined {
  type Node = { type: string; depth?: number; lang?: string | null; value?: string; children?: Node[] };
  const nodes = (parseDesignDoc(page).root as unknown as Node).children ?? [];
  const start = nodes.findIndex((n) => n.type === 'heading' && n.depth === 2 && (n.children ?? []).map((c) => c.value ?? '').join('').trim() === heading);
  if (start < 0) return undefined;
  for (let i = start + 1; i < nodes.length && !(nodes[i].type === 'heading' && (nodes[i].depth ?? 9) <= 2); i++) {
    const n = nodes[i];
    if (n.type !== 'code' || !/^(?:markdown|md)$/i.test(n.lang ?? '')) continue;
    const next = nodes[i + 1];
    const messages = next?.type === 'paragraph' ? (next.children ?? []).filter((c) => c.type === 'inlineCode').map((c) => c.value ?? '') : [];
    return { code: `${n.value ?? ''}\n`, messages };
  }
  return undefined;
}

/** The severities that a page's `**Recommended:** x · **Strict:** y` line states. */
function statedSeverities(page: string): { recommended?: string; strict?: string } {
  const m = /\*\*Recommended:\*\*\s*`?(\w+)`?[^·\n]*·\s*\*\*Strict:\*\*\s*`?(\w+)`?/.exec(page);
  return m ? { recommended: m[1], strict: m[2] } : {};
}

function checkRuleShape(plugin: Plugin, rule: Rule): void {
  const id = ruleId(plugin.name, rule.name);
  assert.match(rule.name, KEBAB, `${id}: a rule name is kebab-case`);
  const verb = rule.meta.description.split(/\s/)[0];
  assert.ok(DESCRIPTION_VERBS.includes(verb), `${id}: the description starts with one of ${DESCRIPTION_VERBS.join(', ')} (it starts with "${verb}")`);
  assert.match(rule.meta.description, /\.$/, `${id}: the description is a sentence ending in a full stop`);
  const messages = Object.entries(rule.meta.messages);
  assert.ok(messages.length > 0, `${id}: meta.messages is empty`);
  for (const [key, text] of messages) {
    assert.ok(text.trim().length > 0, `${id}: message "${key}" is empty`);
    assert.doesNotMatch(text, /[.!]$/, `${id}: message "${key}" ends without a full stop (remark-lint and ESLint style)`);
  }
  const schema = rule.meta.schema;
  if (schema) {
    if (schema.type === 'object') assert.equal(schema.additionalProperties, false, `${id}: the options schema says additionalProperties: false`);
    assert.ok(rule.meta.defaultOptions !== undefined, `${id}: a rule with an options schema gives defaultOptions, so that ctx.options is always set`);
    validateAgainst(schema, rule.meta.defaultOptions, undefined, `${id} defaultOptions`);
  }
}

/**
 * Conformance of a plugin, as test cases (vitest globals): names, ids, configs with reasons,
 * message style, option schemas, and, with `docs`, each rule's page with its severities and its
 * examples run as tests: the incorrect example reports the rule (with the messages quoted after
 * it), the correct example reports nothing.
 */
export function testPlugin(plugin: Plugin, options: TestPluginOptions = {}): void {
  const g = globalThis as unknown as { describe?: Describe; it?: It };
  const { describe, it } = g;
  if (!describe || !it) throw new Error('testPlugin needs a global describe/it (enable vitest globals)');
  const docsDir = options.docs instanceof URL ? fileURLToPath(options.docs) : options.docs;

  describe(`plugin ${plugin.name}`, () => {
    it('has a kebab-case name and unique kebab-case rules', () => {
      assert.match(plugin.name, KEBAB);
      const names = plugin.rules.map((r) => r.name);
      assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), [], 'rule names are unique');
    });

    it('sets every rule in recommended, with a reason for every entry', () => {
      const ids = plugin.rules.map((r) => ruleId(plugin.name, r.name));
      assert.deepEqual(ids.filter((id) => !(id in plugin.configs.recommended)), [], 'rules missing from configs.recommended');
      for (const key of [...Object.keys(plugin.configs.recommended), ...Object.keys(plugin.configs.strict)]) {
        assert.ok(ids.includes(key) || isSourceId(key), `"${key}" in the configs is neither a rule of ${plugin.name} nor an engine id`);
      }
      for (const which of ['recommended', 'strict'] as const) {
        const missing = Object.keys(plugin.configs[which]).filter((k) => !plugin.reasons?.[which][k]);
        assert.deepEqual(missing, [], `configs.${which} entries without a reason (use definePlugin)`);
      }
      // Both configs resolve: every option given in them passes its rule's schema.
      resolveConfig([plugin], { config: { extends: 'recommended' }, dir: '.' });
      resolveConfig([plugin], { config: { extends: 'strict' }, dir: '.' });
    });

    for (const rule of plugin.rules) {
      const id = ruleId(plugin.name, rule.name);
      it(`${id}: description, messages and options schema follow the house style`, () => checkRuleShape(plugin, rule));
    }

    if (!docsDir) return;
    const recommended = resolveConfig([plugin], { config: { extends: 'recommended' }, dir: '.' });
    const strict = resolveConfig([plugin], { config: { extends: 'strict' }, dir: '.' });
    const projectRoot = options.projectRoot ?? join(docsDir, '..', '..');
    for (const rule of plugin.rules) {
      const id = ruleId(plugin.name, rule.name);
      const file = join(docsDir, plugin.name, `${rule.name}.md`);
      it(`${id}: has a docs page whose title, sections and severities match the rule`, () => {
        assert.ok(existsSync(file), `${file} is missing: every rule has a page (why, incorrect, correct, options)`);
        const page = readFileSync(file, 'utf8');
        assert.match(page, new RegExp(`^# ${id}\\s*$`, 'm'), 'the page title is the rule id');
        for (const h of ['Why', 'Incorrect', 'Correct', 'Options']) assert.match(page, new RegExp(`^## ${h}\\s*$`, 'm'), `the page has a "## ${h}" section`);
        const stated = statedSeverities(page);
        assert.deepEqual(
          stated,
          { recommended: SHOW[recommended.rules.get(id)!.severity], strict: SHOW[strict.rules.get(id)!.severity] },
          'the page\'s "**Recommended:** … · **Strict:** …" line matches the configs',
        );
        assert.equal(/\*\*Fixable:\*\*\s*yes/.test(page), !!rule.meta.fixable, rule.meta.fixable ? 'the page of a fixable rule says "· **Fixable:** yes" after its severities' : 'the page says "**Fixable:** yes" but the rule is not fixable');
        assert.equal(docsUrl(id, plugin.docsBase).endsWith(`/${plugin.name}/${rule.name}.md`), true);
      });
      it(`${id}: the incorrect example reports the rule, the correct example reports nothing`, async () => {
        const page = readFileSync(file, 'utf8');
        const bad = docsExample(page, 'Incorrect');
        const good = docsExample(page, 'Correct');
        assert.ok(bad, 'an Incorrect example in a ```markdown fence');
        assert.ok(good, 'a Correct example in a ```markdown fence');
        const env = { plugin: plugin.name, path: join(docsDir, plugin.name, 'example.md'), projectRoot };
        const onBad = await lintWithRule(rule, bad.code, undefined, env);
        assert.ok(onBad.length > 0, `the incorrect example of ${id} reports nothing`);
        assert.deepEqual(onBad.filter((d) => d.ruleId !== id).map((d) => `${d.ruleId}: ${d.message}`), [], 'only the rule itself reports');
        assert.ok(bad.messages.length > 0, 'the message is quoted in `code` right after the incorrect example');
        for (const m of bad.messages) {
          // `…` in a quoted message stands for any text (a long path or list left out).
          const pattern = new RegExp(`^${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…/g, '.*')}$`);
          assert.ok(onBad.some((d) => pattern.test(d.message)), `the quoted message is reported: ${m}\nreported: ${onBad.map((d) => d.message).join('\n')}`);
        }
        assert.deepEqual(fixProblems(rule, bad.code, onBad), [], 'fixes replace the reported range');
        if (rule.meta.fixable) {
          assert.ok(onBad.some((d) => d.fix), `the incorrect example of the fixable ${id} shows a finding that --fix repairs`);
          const fixed = await fixWithRule(rule, bad.code, undefined, env);
          const left = (await lintWithRule(rule, fixed, undefined, env)).filter((d) => d.fix);
          assert.deepEqual(left.map((d) => `${d.line}:${d.column} ${d.message}`), [], `--fix on the incorrect example of ${id} leaves fixable findings`);
          assert.equal(await fixWithRule(rule, fixed, undefined, env), fixed, 'a second --fix changes nothing');
        }
        const onGood = await lintWithRule(rule, good.code, undefined, env);
        assert.deepEqual(onGood.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`), [], `the correct example of ${id} reports something`);
      });
    }
  });
}
