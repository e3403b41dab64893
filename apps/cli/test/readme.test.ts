import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile, resolveConfig } from '@design-check/core';
import { defaultPlugins } from '@design-check/plugins';
import { BIN, EXAMPLES, REPO, project } from './helpers.js';

/** The READMEs a user reads: the repository's and every package's. */
const READMES = [
  'README.md',
  'apps/cli/README.md',
  ...readdirSync(join(REPO, 'packages'))
    .map((p) => `packages/${p}/README.md`)
    .filter((p) => existsSync(join(REPO, p))),
];

interface Block {
  readme: string;
  line: number;
  lang: string;
  text: string;
}

/** The fenced code blocks of a markdown file, with the line of their opening fence. */
function blocks(readme: string): Block[] {
  const lines = readFileSync(join(REPO, readme), 'utf8').split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    // An opening fence; a backtick fence's info string has no backtick (CommonMark), so
    // "```` ```yml ```` or …" in a paragraph is not one.
    const open = /^( *)(`{3,}|~{3,})\s*([\w-]*)([^`]*)$/.exec(lines[i]);
    if (!open || (open[2][0] === '~' && open[4].includes('~'))) continue;
    const [, indent, fence, lang] = open;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i].trim().startsWith(fence); i++) body.push(lines[i].startsWith(indent) ? lines[i].slice(indent.length) : lines[i].trimStart());
    out.push({ readme, line: start + 1, lang, text: body.join('\n') });
  }
  return out;
}

/** Markdown without its code (fenced blocks and code spans), where links are links. */
function prose(text: string): string {
  return text.replace(/^ *(`{3,}|~{3,})[\s\S]*?^ *\1/gm, '').replace(/`[^`\n]*`/g, '');
}

const all = READMES.flatMap(blocks);
const name = (b: Block) => `${b.readme}:${b.line}`;

/** A design-check config: YAML whose keys are config keys, or JSON with rules or extends (not a remark config). */
const configs = all.filter(
  (b) =>
    // A config that loads a plugin is run with the plugin by the test of docs/writing-a-plugin.md.
    (/^ya?ml$/.test(b.lang) && /^(extends|files|rules|ignores|overrides|settings|root):/m.test(b.text) && !/^plugins:/m.test(b.text)) ||
    (b.lang === 'json' && /"(rules|extends)"\s*:/.test(b.text) && !/"plugins"/.test(b.text)),
);
const remarkConfigs = all.filter((b) => b.lang === 'json' && /"plugins"/.test(b.text));
/** Every command line that runs design-check, as written (`npx design-check …`, `cat x | npx design-check …`). */
const commands = all
  .filter((b) => b.lang === 'sh')
  .flatMap((b) => b.text.split('\n').map((line, i) => ({ ...b, line: b.line + 1 + i, text: line.trim() })))
  .filter((c) => /^(cat \S+ \| )?npx design-check\b/.test(c.text));

/** Run one README command line with bash, `npx design-check` being the built CLI. */
function sh(line: string, cwd: string) {
  const script = `design-check() { "${process.execPath}" "${BIN}" "$@"; }\n${line.replace(/\bnpx design-check\b/g, 'design-check')}`;
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A project with the clean refund design where the READMEs put designs, and the files they name. */
function designsProject(): string {
  const dir = project({ 'docs/README.md': '# Technical Designs\n\nThe designs of the payments team, one folder per mission.\n' });
  cpSync(join(EXAMPLES, 'refund-service'), join(dir, 'docs/payments'), { recursive: true });
  for (const f of ['BRIEF.md', 'OUTCOME-CONTRACT.md']) cpSync(join(EXAMPLES, 'refund-service', f), join(dir, 'docs', f));
  cpSync(join(EXAMPLES, 'refund-service/TECHNICAL-DESIGN.md'), join(dir, 'design.md'));
  return dir;
}

describe('the READMEs\' examples', () => {
  it('package READMEs link absolute URLs: their tarballs hold nothing else to link to', () => {
    const relative = READMES.filter((r) => r !== 'README.md').flatMap((r) =>
      [...prose(readFileSync(join(REPO, r), 'utf8')).matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]).filter((url) => !/^[a-z]+:/.test(url)).map((url) => `${r}: ${url}`),
    );
    expect(relative).toEqual([]);
  });

  it('finds the config blocks and command lines to run', () => {
    expect(configs.map(name)).toEqual(expect.arrayContaining([expect.stringMatching(/^README\.md:/), expect.stringMatching(/^packages\/plugin-openapi\/README\.md:/), expect.stringMatching(/^packages\/plugin-structure\/README\.md:/)]));
    expect(commands.length).toBeGreaterThanOrEqual(8);
  });

  it.each(configs.map((b) => [name(b), b] as const))('config %s is valid', async (_name, block) => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-readme-'));
    const file = join(dir, block.lang === 'json' ? 'design-check.config.json' : 'design-check.config.yaml');
    writeFileSync(file, block.text);
    const loaded = await loadConfigFile(file);
    // Rule ids, engine ids and each rule's options, as for a real document.
    expect(() => resolveConfig(defaultPlugins, loaded, join(dir, 'docs/TECHNICAL-DESIGN.md'))).not.toThrow();
  });

  it.each(remarkConfigs.map((b) => [name(b), b] as const))('remark config %s uses the preset and its options', (_name, block) => {
    const config = JSON.parse(block.text) as { plugins: string[]; settings?: { designCheck?: Record<string, unknown> } };
    expect(config.plugins).toContain('remark-preset-lint-design');
    expect(Object.keys(config.settings?.designCheck ?? {}).filter((k) => !['config', 'projectRoot', 'allFiles'].includes(k))).toEqual([]);
  });

  it.each(commands.map((c) => [name(c), c.text] as const))('command %s runs: %s', (_name, line) => {
    const dir = designsProject();
    const r = sh(line, dir);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  }, 60_000);

  it('the README\'s glob example finds the design that init writes', () => {
    const command = (c: Block) => c.text.replace(/\s+#.*$/, '');
    const glob = commands.find((c) => c.readme === 'README.md' && command(c).includes("'docs/**"));
    const init = commands.find((c) => c.readme === 'README.md' && / init \S+$/.test(command(c)) && !command(c).endsWith('.md'));
    expect(glob && init).toBeTruthy();
    const dir = designsProject();
    expect(sh(init!.text, dir).code).toBe(0);
    const written = readdirSync(join(dir, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.startsWith('new-feature'));
    expect(written).toEqual(['new-feature', join('new-feature', 'TECHNICAL-DESIGN.md')]);
    // The new draft still has placeholders: exit 1, and the SARIF names it.
    expect(sh(glob!.text, dir).code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'design-check.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const uris = new Set(sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(['docs/new-feature/TECHNICAL-DESIGN.md']);
  }, 60_000);
});
