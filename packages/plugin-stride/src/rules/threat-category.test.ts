import { RuleTester } from '@design-check/core';
import { design, replaceRow, THREATS, where } from '../__fixtures__/docs.js';
import { threatCategory } from './threat-category.js';

const withCategory = (category: string) => design({ threats: replaceRow(THREATS, 'Stolen seller session', `| Stolen seller session changes the payout schedule | ${category} | med | high | Step-up authentication |`) });
const threat = 'Stolen seller session changes the payout schedule';
const STRIDE_LIST = 'Spoofing, Tampering, Repudiation, Information Disclosure, Denial of Service, Elevation of Privilege';

const tampring = withCategory('Tampring');
const injection = withCategory('Injection');
const several = withCategory('**Spoofing** / Tampring + OWASP A01:2021 Broken Access Control');
const unknown = withCategory('Business logic');
const empty = withCategory(' ');
const linked = withCategory('[Spofing](#spoofing)');

new RuleTester({ plugin: 'stride' }).run(threatCategory, {
  valid: [
    design(),
    { name: 'letters', code: withCategory('S') },
    { name: 'several, with every separator', code: withCategory('S / T, Repudiation + Information Disclosure & DoS') },
    { name: 'bold, emoji and an explanation', code: withCategory('🎭 **Spoofing** (stolen session)') },
    { name: 'the letter with its name', code: withCategory('S – Spoofing') },
    { name: 'the long names of the STRIDE paper', code: withCategory('Spoofing identity, Tampering with data') },
    { name: 'two names joined with and', code: withCategory('Spoofing and Elevation of Privilege') },
    { name: 'a line break between two', code: withCategory('Spoofing<br>Tampering') },
    { name: 'common abbreviations', code: withCategory('EoP') },
    { name: 'a link to the team\'s STRIDE guide', code: withCategory('[Spoofing](https://wiki.example.com/stride#spoofing) / [T](#tampering)') },
    { name: 'no Category column: left to stride/threats-table', code: design({ threatHeader: '| Threat | Likelihood | Impact | Mitigation |', threats: ['| Stolen session | med | high | Step-up authentication |'] }) },
  ],
  invalid: [
    {
      name: 'a misspelling gets "did you mean"',
      code: tampring,
      errors: [{ messageId: 'misspelled', data: { value: 'Tampring', threat, suggestion: 'Tampering' }, ...where(tampring, 'Tampring'), endColumn: where(tampring, 'Tampring').column + 8 }],
    },
    {
      name: 'a category from another taxonomy names its STRIDE category',
      code: injection,
      errors: [{ messageId: 'otherTaxonomy', data: { value: 'Injection', threat, category: 'Tampering' }, ...where(injection, 'Injection') }],
    },
    {
      name: 'each wrong entry of a cell on its own column',
      code: several,
      errors: [
        { messageId: 'misspelled', data: { value: 'Tampring', threat, suggestion: 'Tampering' }, ...where(several, 'Tampring') },
        { messageId: 'otherTaxonomy', data: { value: 'OWASP A01:2021 Broken Access Control', threat, category: 'Elevation of Privilege' }, ...where(several, 'OWASP') },
      ],
    },
    {
      name: 'a CWE identifier',
      code: withCategory('CWE-400'),
      errors: [{ messageId: 'otherTaxonomy', data: { value: 'CWE-400', threat, category: 'Denial of Service' }, line: 23, column: 55 }],
    },
    {
      name: 'an unknown category lists the six',
      code: unknown,
      errors: [{ messageId: 'unknown', data: { value: 'Business logic', threat }, message: `Unexpected category "Business logic" of threat "${threat}", expected one or more of ${STRIDE_LIST} (or S, T, R, I, D, E)`, ...where(unknown, 'Business') }],
    },
    {
      name: 'a misspelling inside a link, on its column',
      code: linked,
      errors: [{ messageId: 'misspelled', data: { value: 'Spofing', threat, suggestion: 'Spoofing' }, ...where(linked, 'Spofing'), endColumn: where(linked, 'Spofing').column + 7 }],
    },
    {
      name: 'an empty category',
      code: empty,
      errors: [{ messageId: 'empty', data: { threat }, line: 23, column: 55 }],
    },
  ],
});
