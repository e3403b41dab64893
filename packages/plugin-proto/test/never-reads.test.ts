import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { parseDesignDoc } from '@design-check/core';
import { protoModelOf } from '../src/index.js';
import { md } from './helpers.js';

afterEach(() => vi.restoreAllMocks());

describe('a proto block is parsed, never loaded', () => {
  it('reads no file for its imports, absolute or relative, reports each that leaves the proto tree, and takes their types as from files the document does not show', async () => {
    // protobufjs itself is loaded first: loading a module reads its files.
    await protoModelOf({ doc: parseDesignDoc(md('```proto', 'message Warm { string a = 1; }', '```'), 'warm.md'), settings: {} });
    const reads = [vi.spyOn(fs, 'readFileSync'), vi.spyOn(fs, 'readFile'), vi.spyOn(fs, 'existsSync')];
    const doc = parseDesignDoc(md('```proto', 'syntax = "proto3";', 'import "/etc/passwd";', 'import "../../../../secrets/keys.proto";', 'message A { keys.v1.Key key = 1; }', '```'), 'docs/design.md');
    const model = await protoModelOf({ doc, settings: {} });
    expect(model.problems.map((p) => `${p.at.line}:${p.at.column} ${p.kind} ${String(p.data.path)}`)).toEqual([
      '3:8 importPath /etc/passwd',
      '4:8 importPath ../../../../secrets/keys.proto',
    ]);
    for (const spy of reads) expect(spy).not.toHaveBeenCalled();
  });
});
