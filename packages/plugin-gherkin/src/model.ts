import { defineModel, findTemplateSection, SECTION, timed, type DesignDoc, type Section } from '@design-check/core';
import { loadGherkin } from './engines/gherkin.js';
import { parseBlock, type GherkinBlock, type Problem, type Scenario } from './parse.js';
import { behaviorsOf, type Behavior } from './relates.js';
import { readContract, type Contract } from './contract.js';

export type { GherkinBlock, Scenario, ScenarioStep, ExamplesTable, Problem } from './parse.js';
export type { Behavior, CriterionRef, RelatesTo } from './relates.js';
export type { Contract } from './contract.js';

/** Every gherkin block of a document, parsed, and their scenarios in document order. */
export interface GherkinModel {
  blocks: GherkinBlock[];
  scenarios: Scenario[];
}

/** Blocks beyond this many are not parsed (a design has a few dozen at most). */
export const MAX_BLOCKS = 500;

/** `appliesTo` of the scenario rules: the document has a ```gherkin (```feature, ```cucumber) block. */
export function hasGherkin(doc: DesignDoc): boolean {
  return doc.codeBlocksOf('gherkin').length > 0;
}

/** `appliesTo` of the traceability rules: the document has a Behavioral Specifications section. */
export function hasBehaviors(doc: DesignDoc): boolean {
  return !!findTemplateSection(doc, SECTION.behavioralSpecifications);
}

/**
 * The scenarios of a document, parsed once by `@cucumber/gherkin` and shared by every gherkin
 * rule. The parser is loaded on the first document that has a gherkin block.
 */
export const gherkinModel = defineModel('gherkin/scenarios', async (doc: DesignDoc): Promise<GherkinModel> => {
  const codes = doc.codeBlocksOf('gherkin').slice(0, MAX_BLOCKS);
  if (codes.length === 0) return { blocks: [], scenarios: [] };
  const engine = await loadGherkin();
  const blocks = timed('engine', 'gherkin (parse)', () => codes.map((code) => parseBlock(code, engine)));
  return { blocks, scenarios: blocks.flatMap((b) => b.scenarios) };
});

/** The problems of every block of the document that are of one of `kinds`, in document order. */
export function problemsOf<K extends Problem['kind']>(model: GherkinModel, ...kinds: K[]): Array<Problem & { kind: K }> {
  return model.blocks.flatMap((b) => b.problems.filter((p): p is Problem & { kind: K } => (kinds as string[]).includes(p.kind)));
}

/** The behaviours of the Behavioral Specifications with their Relates-to statements (no parser needed). */
export const behaviorModel = defineModel('gherkin/behaviors', (doc: DesignDoc): Behavior[] => behaviorsOf(doc));

/** The Outcome Contract the Metadata links to, read (at most once per document) when it lies inside the project root. */
export const contractModel = defineModel('gherkin/contract', (doc: DesignDoc, projectRoot: string): Promise<Contract | undefined> => readContract(doc, projectRoot), (root) => root);

/** The error scenarios section (under the Behavioral Specifications when it is there). */
export function errorScenariosSection(doc: DesignDoc): Section | undefined {
  const spec = findTemplateSection(doc, SECTION.behavioralSpecifications);
  return (spec && findTemplateSection(doc, SECTION.errorScenarios, spec)) ?? findTemplateSection(doc, SECTION.errorScenarios);
}

/** True when `line` lies in `section` (its subsections included). */
export function inSection(section: Section | undefined, line: number): boolean {
  return !!section && line >= section.line && line <= section.lastLine;
}
