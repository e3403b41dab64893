import { describe, expect, it } from 'vitest';
import { REDOCLY_RULE_IDS, SPECTRAL_RULE_IDS } from '../src/engines/rule-ids.js';
import { engineRuleIds } from '../scripts/engine-tables.mjs';

describe('the engine rule ids kept beside the plugin', () => {
  it('are those of the installed engines (after an upgrade, run node scripts/rule-ids.mjs)', async () => {
    const { redocly, spectral } = await engineRuleIds();
    expect([...REDOCLY_RULE_IDS]).toEqual(redocly);
    expect([...SPECTRAL_RULE_IDS]).toEqual(spectral);
  });
});
