import { closestName, type Rule } from '@design-check/core';
import { appliesTo, threatModelOf } from '../model.js';
import { at, emptiness, excerpt } from '../util.js';

/** Options of `stride/asset-classification`. */
export interface AssetClassificationOptions {
  /** The data classifications of the organisation, lowest first (case-insensitive). */
  classifications: string[];
}

const DEFAULT = ['public', 'internal', 'confidential', 'restricted'];
/**
 * Government protective markings (UK: OFFICIAL, OFFICIAL-SENSITIVE; Australia: OFFICIAL: Sensitive,
 * PROTECTED), a scheme of their own that public-sector designs must use: accepted unless the
 * project names its classifications.
 */
const MARKINGS = ['official', 'official-sensitive', 'protected', 'secret', 'top secret'];

/** The classification word of a cell: emphasis and leading symbols left out, lower case. */
const leading = (text: string) => text.replace(/[*_`]/g, '').replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();

/** Every asset's Classification starts with one of the organisation's classifications. */
export const assetClassification: Rule<AssetClassificationOptions, 'unknown' | 'misspelled'> = {
  name: 'asset-classification',
  meta: {
    description: 'Require every asset to have one of the data classifications (public, internal, confidential, restricted).',
    messages: {
      unknown: 'Unexpected classification "{{value}}" of asset "{{asset}}", expected one of {{expected}}',
      misspelled: 'Unexpected classification "{{value}}" of asset "{{asset}}", expected one of {{expected}}; did you mean "{{suggestion}}"?',
    },
    schema: {
      type: 'object',
      properties: { classifications: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { classifications: DEFAULT },
    appliesTo,
  },
  check(ctx) {
    const own = ctx.options.classifications.map((c) => c.toLowerCase());
    const expected = ctx.options.classifications.join(', ');
    const defaults = own.length === DEFAULT.length && own.every((c, i) => c === DEFAULT[i]);
    const allowed = defaults ? [...own, ...MARKINGS] : own;
    for (const a of threatModelOf(ctx.doc).assets) {
      const cell = a.classification;
      if (!cell || emptiness(cell)) continue;
      const text = leading(cell.text);
      // `Confidential (PII)`, `restricted — PCI scope`: words after the classification are fine.
      if (allowed.some((c) => text === c || (text.startsWith(c) && !/[\p{L}\p{N}-]/u.test(text[c.length])))) continue;
      const word = /^[\p{L}\p{N}-]+/u.exec(text)?.[0] ?? text;
      const near = closestName(word, own, Math.max(2, word.length / 3));
      const data = { value: excerpt(cell.text), asset: excerpt(a.asset?.text ?? ''), expected };
      const suggestion = near ? ctx.options.classifications[own.indexOf(near)] : undefined;
      if (suggestion) ctx.report({ messageId: 'misspelled', data: { ...data, suggestion }, at: at(cell, a.row) });
      else ctx.report({ messageId: 'unknown', data, at: at(cell, a.row) });
    }
  },
};
