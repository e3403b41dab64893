import type { JSONSchema } from '../types.js';

const severity = { enum: ['off', 'info', 'warn', 'warning', 'error', 0, 1, 2] };

const ruleEntry = {
  anyOf: [severity, { type: 'array', minItems: 1, maxItems: 2, items: [severity, {}] }],
};

const rules = { type: 'object', additionalProperties: ruleEntry };

const globs = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }] };

/** JSON Schema of a design-check config file. */
export const configSchema: JSONSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    root: { type: 'boolean' },
    plugins: { type: 'array', items: { type: 'string', minLength: 1 } },
    extends: {
      anyOf: [
        { type: 'string' },
        { type: 'array', items: { type: 'string' } },
      ],
    },
    files: globs,
    rules,
    ignores: { type: 'array', items: { type: 'string' } },
    settings: { type: 'object' },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: globs,
          rules,
          settings: { type: 'object' },
        },
      },
    },
  },
};
