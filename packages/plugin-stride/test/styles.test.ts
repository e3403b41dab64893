import { describe, expect, it } from 'vitest';
import structure from '@design-check/plugin-structure';
import { design, THREATS, where } from '../src/__fixtures__/docs.js';
import stride from '../src/index.js';
import { brief, lint } from './helpers.js';

describe('ways of writing a threat table that are not defects', () => {
  it('group rows that label the threats below them', async () => {
    const code = design({ threats: ['| **Public API** | | | | |', ...THREATS.slice(0, 3), '| __Payout engine__ |  |  |  |  |', ...THREATS.slice(3)] });
    expect(brief(await lint(code))).toEqual([]);
  });

  it('a STRIDE legend next to the threat table', async () => {
    const legend = ['| Letter | Category | Description |', '|---|---|---|', '| S | Spoofing | Pretending to be someone else |', '| T | Tampering | Changing data or code |', ''];
    const code = design().replace('| Threat | Category (STRIDE) |', `${legend.join('\n')}\n| Threat | Category (STRIDE) |`);
    expect(brief(await lint(code))).toEqual([]);
  });

  it('a row with only its threat filled in is still judged', async () => {
    const code = design({ threats: [...THREATS, '| Payout file replayed to the bank | | | | |'] });
    expect(brief(await lint(code))).toEqual(['29:37 stride/threat-category empty', '29:39 stride/threat-rating empty', '29:41 stride/threat-rating empty', '29:43 stride/threat-mitigation missing']);
  });
});

describe('with plugin-structure, one finding per problem', () => {
  it('an empty Threat Analysis heading is structure/empty-sections\' finding', async () => {
    const code = design().replace(/### Threat Analysis\n\n[^]*?\n\n###/, '### Threat Analysis\n\n###');
    const at = where(code, '### Threat Analysis').line;
    expect(brief(await lint(code, { plugins: [structure, stride] })).filter((f) => f.startsWith(`${at}:`))).toEqual([`${at}:1 structure/empty-sections empty`]);
    expect(brief(await lint(code))).toEqual([`${at}:1 stride/threats-table noTable`]);
  });
});
