import { definePlugin, type Plugin, type Rule } from '@design-check/core';
import { syntax } from './rules/syntax.js';
import { knownTypes } from './rules/known-types.js';
import { uniqueDefinitions } from './rules/unique-definitions.js';
import { fieldNumbers } from './rules/field-numbers.js';
import { enumValues } from './rules/enum-values.js';
import { matchesTypescript } from './rules/matches-typescript.js';

/** Every rule of the plugin, in the order they run. */
export const rules: Rule[] = [syntax, knownTypes, uniqueDefinitions, fieldNumbers, enumValues, matchesTypescript];

/** The Protocol Buffers plugin: the proto fragments of a design parsed as one package with protobufjs, held against the shared types. */
export const proto: Plugin = definePlugin({
  name: 'proto',
  rules,
  recommended: {
    'proto/syntax': { level: 'error', why: 'A block that does not parse defines nothing that either side can generate code from.' },
    'proto/known-types': { level: 'error', why: 'A field of an undefined message is a contract nobody can compile.' },
    'proto/unique-definitions': { level: 'error', why: 'protoc refuses two definitions of one name in a scope.' },
    'proto/field-numbers': { level: 'error', why: 'Field numbers are the wire format: a reused or reserved number corrupts data between versions.' },
    'proto/enum-values': { level: 'error', why: 'A reused enum number decodes as the wrong value; proto3 needs a zero default.' },
    'proto/matches-typescript': { level: 'error', why: 'A shared type that disagrees with the proto message splits client and server.' },
  },
});

export default proto;
export { protoModelOf, protoBlocks, hasProto } from './model.js';
export type { ProtoMessage, ProtoModel, ProtoProblem } from './types.js';
export { syntax, knownTypes, uniqueDefinitions, fieldNumbers, enumValues, matchesTypescript };
