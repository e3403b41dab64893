import type { CodeBlock } from '@design-check/core';
import protobuf from 'protobufjs';
import { elide } from '../outline/elide.js';
import { outline } from '../outline/walk.js';
import type { ProtoModel, ProtoProblem } from '../types.js';
import { afterParse, messagesOf } from './checks.js';
import { locateAddError, syntaxProblem } from './locate.js';
import { blank, initialStates, loc, type BlockState } from './state.js';

/** How many times the blocks are parsed again after blanking out a duplicate, at most. */
const MAX_ROUNDS = 64;

/** A root with the well-known types (`google.protobuf.Timestamp`, …) that protobufjs ships. */
function newRoot(): protobuf.Root {
  const root = new protobuf.Root();
  for (const file of Object.keys(protobuf.common)) {
    const json = protobuf.common.get(file) as { nested?: Record<string, protobuf.AnyNestedObject> } | null;
    if (json?.nested) root.addJSON(json.nested);
  }
  return root;
}

/**
 * Parse every proto block into one protobufjs root, each fragment in the document's package
 * and syntax. protobufjs stops at the first duplicate it meets; that definition is reported,
 * blanked out, and the blocks are parsed again, so that every duplicate is found.
 */
function parseAll(states: BlockState[], problems: ProtoProblem[]): protobuf.Root {
  const reported = new Set<string>();
  for (let round = 0; ; round++) {
    const root = newRoot();
    let again = false;
    for (const s of states) {
      try {
        protobuf.parse(s.prefix + s.text + s.suffix, root, { keepCase: true });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const syntax = syntaxProblem(s, message);
        if (syntax) {
          if (!s.syntaxError) problems.push(syntax);
          s.syntaxError = true;
          continue;
        }
        const located = round < MAX_ROUNDS ? locateAddError(s, message, states.slice(0, s.index)) : undefined;
        if (located) {
          problems.push(located.problem);
          s.blanked.add(located.blank);
          if (located.problem.kind === 'duplicate') s.duplicates.add(located.blank);
          s.text = blank(s.text, located.blank);
          again = true;
          break;
        }
        // Something protobufjs refuses that cannot be placed more exactly: on the block.
        if (!reported.has(`${s.index}:${message}`)) problems.push({ kind: 'engine', data: { reason: message }, at: loc(s, 0) });
        reported.add(`${s.index}:${message}`);
      }
    }
    if (!again) return root;
  }
}

/** Read the proto blocks of a document with protobufjs and check what it parsed. */
export function readProto(blocks: CodeBlock[]): ProtoModel {
  const states = initialStates(blocks, blocks.map((b) => outline(elide(b.value))));
  const problems: ProtoProblem[] = [];
  const root = parseAll(states, problems);
  problems.push(...afterParse(root, states));
  return { blocks, problems, messages: messagesOf(states) };
}
