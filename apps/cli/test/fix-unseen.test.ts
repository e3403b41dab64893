import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, run } from './helpers.js';

// Designs in other teams' styles (numbered headings, CRLF with a BOM, bold and plain Metadata
// keys, emoji, extra columns), each with fixable defects seeded in it and look-alikes that have
// more than one reading and must not be fixed: a day-first date (02/11/2026), a camelCase
// metric (searchReindexDuration), a camelCase span (rerankService.score).
const FIXTURES = join(REPO, 'apps/cli/test/fixtures/fixes');

const expected: Record<string, Array<[string, string]>> = {
  'refunds-crlf-bom.md': [
    ['| **Created** | 2026-3-2 |', '| **Created** | 2026-03-02 |'],
    ['| **Approved** | 2026/03/16 |', '| **Approved** | 2026-03-16 |'],
    ['| `Refunds.Outbox.Lag` | histogram | event_type | Commit-to-publish delay |', '| `refunds.outbox.lag` | histogram | event_type | Commit-to-publish delay |'],
    [
      '| 1 | Do we allow refunds on payments with an open chargeback? | Blocks refund-core validation | Priya Raman | 2026-03-06 |',
      '| 1 | Do we allow refunds on payments with an open chargeback? | Blocks refund-core validation | Priya Raman | 2026-03-06 |  |',
    ],
  ],
  'search-lf.md': [
    ['| **Status** | In_Review |', '| **Status** | in-review |'],
    ['| `search.Indexer.Events` | counter | 1 | index, op, outcome | Events processed, by outcome (indexed, conflict, dlq) |', '| `search.indexer.events` | counter | 1 | index, op, outcome | Events processed, by outcome (indexed, conflict, dlq) |'],
    ['| Reindex API | availability | 99.5% | 0.7% over 30d rolling | 2x burn rate for 1h window |', '| Reindex API | availability | 99.5% | 0.5% over 30d rolling | 2x burn rate for 1h window |'],
  ],
  'loyalty-gherkin.md': [
    ['| **Status** | In Review |', '| **Status** | in-review |'],
    ['| **Created** | 2026-6-2 |', '| **Created** | 2026-06-02 |'],
  ],
  'giftcards-stride.md': [
    ['| **Status** | In Review |', '| **Status** | in-review |'],
    ['| **Created** | 2026.3.23 |', '| **Created** | 2026-03-23 |'],
    ["| Checkout session reused to redeem another shopper's card | Broken Access Control | Low | High |", "| Checkout session reused to redeem another shopper's card | Broken Access Control | Low | High |  |"],
  ],
  'search-slo-crlf.md': [
    ['| Created | 2026-6-20 |', '| Created | 2026-06-20 |'],
    ['| **Re-ranker** | availability | **99.9%** | 4.3 h / 30d | 1000x over 1h |', '| **Re-ranker** | availability | **99.9%** | 0.72 h / 30d | 1000x over 1h |'],
    ['| Model activation | availability | 99% | 1% over 30 days |', '| Model activation | availability | 99% | 1% over 30 days |  |'],
  ],
};

/** The lines a unified diff removes and adds, paired in order. */
function changes(diff: string): Array<[string, string]> {
  const lines = diff.split('\n').map((l) => l.replace(/\r$/, '').replace(/^([-+])\uFEFF/, '$1'));
  const removed = lines.filter((l) => /^-(?!--)/.test(l)).map((l) => l.slice(1));
  const added = lines.filter((l) => /^\+(?!\+\+)/.test(l)).map((l) => l.slice(1));
  expect(added.length).toBe(removed.length);
  return removed.map((r, i) => [r, added[i]]);
}

describe('--fix on designs in other teams\' styles', () => {
  it.each(Object.keys(expected))('%s: every seeded fix, and nothing else', (name) => {
    const r = run(['--fix-dry-run', name], { cwd: FIXTURES });
    expect(changes(r.stdout).sort()).toEqual([...expected[name]].sort());
    expect(r.stderr).toMatch(new RegExp(`^design-check: --fix-dry-run: ${expected[name].length} fixes in 1 file;`));
    // The look-alikes are still reported, for their author to decide.
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    for (const word of ['02/11/2026', 'searchReindexDuration', 'rerankService.score']) {
      if (text.includes(word)) expect(run(['--format', 'compact', name], { cwd: FIXTURES }).stdout).toContain(word);
    }
  }, 240_000);
});
