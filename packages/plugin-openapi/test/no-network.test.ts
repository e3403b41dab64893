import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { resolve } from 'node:path';
import { lintAll, md } from './helpers.js';
import { loadRedocly } from '../src/engines/redocly.js';
import { loadSpectral } from '../src/engines/spectral.js';

type Patchable = Record<string, unknown>;
const attempts: string[] = [];
const reads: string[] = [];
const restore: Array<() => void> = [];

function trap(target: object, key: string, label: string, fail: boolean): void {
  const obj = target as Patchable;
  const original = obj[key];
  obj[key] = (...args: unknown[]) => {
    const what = `${label} ${String(args[0] instanceof URL ? args[0].href : typeof args[0] === 'object' ? JSON.stringify(args[0]) : args[0])}`;
    if (!fail) {
      reads.push(what);
      return (original as (...a: unknown[]) => unknown).apply(target, args);
    }
    attempts.push(what);
    throw new Error(`network access attempted: ${what}`);
  };
  restore.push(() => {
    obj[key] = original;
  });
}

const root = resolve('.');
const doc = md(
  '# Technical Design: Dispute Evidence',
  '',
  '## API Contracts',
  '',
  '```yaml',
  'openapi: 3.0.3',
  'paths:',
  '  /disputes/{id}/evidence:',
  '    post:',
  '      operationId: addEvidence',
  '      parameters: [{name: id, in: path, required: true, schema: {type: string}}]',
  '      requestBody:',
  '        content:',
  "          application/json: {schema: {$ref: 'https://schemas.example.com/evidence.json'}}",
  '      responses:',
  "        '201': {$ref: 'http://example.com/responses.yaml#/Created'}",
  "        '400': {$ref: '//example.com/responses.yaml#/BadRequest'}",
  "        '404': {$ref: '../../../../../../etc/hosts#/NotFound'}",
  '```',
);

describe('no network access and no reads outside the project root', () => {
  beforeEach(() => {
    attempts.length = 0;
    reads.length = 0;
    trap(globalThis, 'fetch', 'fetch', true);
    for (const [mod, name] of [[http, 'http'], [https, 'https']] as const) {
      trap(mod, 'request', `${name}.request`, true);
      trap(mod, 'get', `${name}.get`, true);
    }
    trap(net, 'connect', 'net.connect', true);
    trap(net, 'createConnection', 'net.createConnection', true);
    trap(tls, 'connect', 'tls.connect', true);
    trap(dns, 'lookup', 'dns.lookup', true);
    trap(fs, 'readFile', 'fs.readFile', false);
    trap(fs, 'readFileSync', 'fs.readFileSync', false);
    trap(fs.promises, 'readFile', 'fs.promises.readFile', false);
  });
  afterEach(() => {
    while (restore.length) restore.pop()!();
  });

  it('the trap catches a request (control: the engines would fetch with their default resolvers)', async () => {
    const R = await loadRedocly();
    await expect(new R.BaseResolver().loadExternalRef('https://schemas.example.com/evidence.json')).rejects.toThrow();
    const S = await loadSpectral();
    const bare = new S.Spectral();
    bare.setRuleset({ rules: {} } as never);
    await bare.runWithResolved({ a: { $ref: 'https://schemas.example.com/evidence.json' } });
    expect(attempts.some((a) => a.startsWith('fetch'))).toBe(true);
    expect(attempts.some((a) => a.startsWith('https.request'))).toBe(true);
  });

  it('checking a document with remote and outside-root refs attempts no request and reads nothing outside', async () => {
    const found = await lintAll(doc, { projectRoot: root });
    expect(attempts).toEqual([]);
    // Module code that loads on first use (packages, core's bundled markdown parser) is not a read of the project's files.
    const code = (r: string) => r.includes('node_modules') || /\/dist\/.*\.c?js$/.test(r);
    expect(reads.filter((r) => /etc\/hosts|example\.com/.test(r) || (r.includes('/') && !r.includes(root) && !code(r)))).toEqual([]);
    expect(found.filter((d) => d.ruleId === 'openapi/external-ref').map((d) => `${d.line}:${d.column} ${d.messageId}`)).toEqual([
      '14:39 remote',
      '16:17 remote',
      '17:17 remote',
      '18:17 outside',
    ]);
    // Neither engine adds its own "cannot resolve" for a ref that design-check refuses.
    expect(found.filter((d) => d.source && /unresolved|invalid-ref/.test(d.source))).toEqual([]);
  });
});
