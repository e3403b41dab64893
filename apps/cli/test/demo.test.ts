import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPlugins } from '@design-check/plugins';
import { REPO } from './helpers.js';

describe('pnpm demo', () => {
  it("shows every plugin's findings, ends with one line that explains them, and exits 0", () => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts/demo.mjs')], { cwd: REPO, encoding: 'utf8', timeout: 180_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    // Each finding row ends with the id it is shown under: a rule id, or an engine's own id for the openapi plugin.
    const shown = new Set(lines.map((l) => /\s([a-z][\w-]*)[/:][\w-]+$/.exec(l)?.[1]).filter(Boolean));
    const engines = { openapi: ['spectral', 'redocly'] } as Record<string, string[]>;
    for (const p of defaultPlugins) expect([p.name, ...(engines[p.name] ?? [])].some((id) => shown.has(id)), `findings of ${p.name}`).toBe(true);
    expect(lines.filter((l) => l.startsWith('✖'))).toHaveLength(1);
    expect(lines.at(-2)).toBe('');
    const names = defaultPlugins.map((p) => p.name).join(', ');
    // The README shows this output, shortened: every line it shows is one the demo prints.
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const sample = /pnpm demo\n```\n[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const shownInReadme = sample.split('\n').filter((l) => l.trim() && l.trim() !== '…');
    expect(shownInReadme.length).toBeGreaterThan(10);
    for (const l of shownInReadme) expect(lines, 'a line of the README sample').toContain(l);
    expect(lines.at(-1)).toMatch(new RegExp(`^These are the defects planted in examples/defects/, .* \\(${names}\\): design-check exits 1 on them, as it will in your CI; the clean designs in .* have no finding\\. Next: npx design-check docs/$`));
  }, 180_000);
});
