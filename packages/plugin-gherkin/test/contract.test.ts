import { describe, expect, it } from 'vitest';
import { readCriteria } from '../src/contract.js';

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
