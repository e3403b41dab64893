import { metadataOf, type Plugin, type Rule } from '../src/index.js';

/** Reports every Metadata value that is not in `allowed` (a tiny rule for runner tests). */
export const statusRule: Rule<{ allowed: string[] }, 'bad'> = {
  name: 'status',
  meta: {
    description: 'Status is known',
    messages: { bad: 'Unexpected status "{{value}}", expected one of {{allowed}}' },
    schema: { type: 'object', properties: { allowed: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
    defaultOptions: { allowed: ['draft', 'approved'] },
  },
  check(ctx) {
    const cell = metadataOf(ctx.doc).get('status')?.value;
    if (cell && !ctx.options.allowed.includes(cell.text)) {
      ctx.report({ messageId: 'bad', data: { value: cell.text, allowed: ctx.options.allowed.join(', ') }, at: cell });
    }
  },
};

/** Reports the Status cell with a related location worded by its own message. */
export const relatedRule: Rule<unknown, 'dup' | 'first'> = {
  name: 'related',
  meta: { description: 'Report with a related location.', messages: { dup: 'Unexpected "{{value}}"', first: 'First "{{value}}" here' } },
  check(ctx) {
    const cell = metadataOf(ctx.doc).get('status')!.value!;
    ctx.report({ messageId: 'dup', data: { value: cell.text }, at: cell, related: [{ messageId: 'first', data: { value: cell.text }, at: { line: 3, column: 1 } }] });
  },
};

/** Reports like an engine wrapper: one finding per `source` given. */
export const engineRule: Rule<unknown, 'engine'> = {
  name: 'engine',
  meta: { description: 'wraps an engine', messages: { engine: '{{message}}' } },
  check(ctx) {
    ctx.report({ messageId: 'engine', data: { message: 'Operation must have tags.' }, at: { line: 3, column: 1 }, source: 'spectral:operation-tags', severity: 'warning' });
    ctx.report({ messageId: 'engine', data: { message: 'Schema is invalid.' }, at: { line: 4, column: 1 }, source: 'spectral:oas3-schema', severity: 'error' });
  },
};

export const crashRule: Rule = {
  name: 'crash',
  meta: { description: 'throws', messages: {} },
  check() {
    throw new Error('kaput');
  },
};

export const slowRule: Rule = {
  name: 'slow',
  meta: { description: 'never ends', messages: {} },
  check: () => new Promise<void>(() => undefined),
};

/** A plugin with the test rules; `crash` and `slow` are off unless turned on. */
export const demo: Plugin = {
  name: 'demo',
  rules: [statusRule, engineRule, crashRule, slowRule],
  configs: { recommended: { 'demo/status': 'error', 'demo/engine': 'error' }, strict: { 'demo/crash': 'error' } },
};

export const META = `# Technical Design: Demo

## Metadata

| Field | Value |
|-------|-------|
| **Status** | finished-ish |
`;
