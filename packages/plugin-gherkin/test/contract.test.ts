import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesignDoc } from '@design-check/core';
import { readContract, readCriteria } from '../src/contract.js';

const read = (...lines: string[]) => Object.fromEntries(readCriteria(`${lines.join('\n')}\n`, 'OUTCOME-CONTRACT.md'));

describe('the acceptance criteria of an outcome contract', () => {
  it('are the top-level numbered items under the Acceptance Criteria heading, by their written number', () => {
    expect(read('# Contract', '', '1. Intro list, not a criterion', '', '## Acceptance Criteria', '', '1. First', '   1. a detail of the first', '   2. another detail', '3. Third, numbered as written', '', '## Measurement', '', '2. Not a criterion')).toEqual({
      1: 'First',
      3: 'Third, numbered as written',
    });
  });

  it('are AC-n bullets, or table rows keyed by a number', () => {
    expect(read('## Acceptance criteria', '', '- **AC-1** Points once per order', '- AC 2: Expiry after 24 months', '- a note without a number')).toEqual({ 1: 'Points once per order', 2: 'Expiry after 24 months' });
    expect(read('## Success criteria', '', '| Target | # | Criterion |', '|---|---|---|', '| 0 | 1 | No duplicate credits |', '| 100% | #2 | Expiry on time |')).toEqual({ 1: 'No duplicate credits', 2: 'Expiry on time' });
  });

  it('are read anywhere when no heading names them, and none is made up from prose', () => {
    expect(read('# Contract', '', '1. Only criterion')).toEqual({ 1: 'Only criterion' });
    expect(read('# Contract', '', 'The criteria are quoted in each design.')).toEqual({});
  });
});

describe('the Outcome contract link', () => {
  const design = (link: string) => `# T\n\n## Metadata\n\n| Field | Value |\n|---|---|\n| **Outcome contract** | ${link} |\n`;

  it('is read inside the project root, but not through a symbolic link that leads outside it', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'contract-outside-'));
    const root = mkdtempSync(join(tmpdir(), 'contract-root-'));
    writeFileSync(join(outside, 'secret.md'), '## Acceptance Criteria\n\n1. Secret\n');
    writeFileSync(join(root, 'OUTCOME-CONTRACT.md'), '## Acceptance Criteria\n\n1. Public\n');
    symlinkSync(join(outside, 'secret.md'), join(root, 'LINKED.md'));
    const read = (link: string) => readContract(parseDesignDoc(design(link), join(root, 'design.md')), root);
    try {
      expect(await read('[c](OUTCOME-CONTRACT.md)')).toMatchObject({ state: 'read', criteria: new Map([[1, 'Public']]) });
      expect(await read('[c](LINKED.md)')).toMatchObject({ state: 'outside', criteria: new Map() });
      expect(await read('[c](../secret.md)')).toMatchObject({ state: 'outside' });
      expect(await read('[c](https://wiki.example.com/contract)')).toMatchObject({ state: 'remote', href: 'https://wiki.example.com/contract' });
      expect(await read('[c](MISSING.md#ac-1)')).toMatchObject({ state: 'missing', href: 'MISSING.md' });
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
