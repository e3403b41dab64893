import { describe, expect, it } from 'vitest';
import { codeCommentDirectives, parseDesignDoc, readDirectives } from '../src/index.js';

describe('directives written as line comments inside code blocks', () => {
  const text = ['# Design', '', '- API:', '', '  ```yaml', '  paths:', '    # design-check-disable-next-line spectral:operation-tags -- gateway adds tags', '    /a:', '      get: {} # design-check-disable-line openapi/spectral', '  ```', '', '```ts', '// design-check-disable typescript', '```'].join('\r\n');
  const doc = parseDesignDoc(text);

  it('are comments at their markdown line and column', () => {
    const comments = codeCommentDirectives(doc);
    expect(doc.comments).toEqual([]);
    expect(comments.map((c) => [c.line, c.column, c.body])).toEqual([
      [7, 5, 'design-check-disable-next-line spectral:operation-tags -- gateway adds tags'],
      [9, 15, 'design-check-disable-line openapi/spectral'],
      [13, 1, 'design-check-disable typescript'],
    ]);
    expect(text.slice(comments[1].offset, comments[1].endOffset)).toBe('# design-check-disable-line openapi/spectral');
  });

  it('are read as directives', () => {
    expect(readDirectives(doc).map((d) => [d.kind, d.ids])).toEqual([
      ['disable-next-line', ['spectral:operation-tags']],
      ['disable-line', ['openapi/spectral']],
      ['disable', ['typescript']],
    ]);
  });
});
