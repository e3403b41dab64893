import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDesignDoc, type CodeBlock, type DesignDoc } from '@design-check/core';
import openapi from '../src/index.js';
import { lintAll } from './helpers.js';

const docsDir = fileURLToPath(new URL('../../../docs/rules/openapi/', import.meta.url));

function example(page: DesignDoc, section: string): CodeBlock | undefined {
  return page.codeBlocksOf('markdown').find((b) => b.section?.title === section);
}

/** The inline-code messages in the paragraph right after a code block. */
function messagesAfter(page: DesignDoc, block: CodeBlock): string[] {
  type Node = { type: string; value?: string; children?: Node[] };
  const siblings = page.root.children as unknown as Node[];
  const next = siblings[siblings.indexOf(block.node as unknown as Node) + 1];
  if (next?.type !== 'paragraph') return [];
  return (next.children ?? []).filter((c) => c.type === 'inlineCode').map((c) => c.value ?? '');
}

describe('docs/rules/openapi: examples are tests', () => {
  for (const rule of openapi.rules) {
    const id = `openapi/${rule.name}`;
    const file = `${docsDir}${rule.name}.md`;

    it(`${id} has a page with a title, Incorrect, Correct and Options`, () => {
      expect(existsSync(file)).toBe(true);
      const page = parseDesignDoc(readFileSync(file, 'utf8'), file);
      expect(page.title).toBe(id);
      expect(page.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Why', 'Incorrect', 'Correct', 'Options']));
    });

    it(`${id}: the incorrect example reports the rule with the documented message`, async () => {
      const page = parseDesignDoc(readFileSync(file, 'utf8'), file);
      const block = example(page, 'Incorrect');
      expect(block, 'a ````markdown example under ## Incorrect').toBeDefined();
      const found = (await lintAll(block!.value)).filter((d) => d.ruleId === id);
      expect(found.length).toBeGreaterThan(0);
      const documented = messagesAfter(page, block!);
      expect(documented.length, 'the message is quoted after the example').toBeGreaterThan(0);
      for (const message of documented) expect(found.map((d) => d.message)).toContain(message);
    });

    it(`${id}: the correct example reports nothing from any openapi rule`, async () => {
      const page = parseDesignDoc(readFileSync(file, 'utf8'), file);
      const block = example(page, 'Correct');
      expect(block, 'a ````markdown example under ## Correct').toBeDefined();
      expect((await lintAll(block!.value)).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([]);
    });
  }
});
