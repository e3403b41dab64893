import type { GherkinDocument } from '@cucumber/messages';
import { timed } from '@design-check/core';

/** The keywords of one Gherkin language, as `@cucumber/gherkin` lists them. */
export interface Dialect {
  readonly name: string;
  readonly feature: readonly string[];
  readonly background: readonly string[];
  readonly rule: readonly string[];
  readonly scenario: readonly string[];
  readonly scenarioOutline: readonly string[];
  readonly examples: readonly string[];
  readonly given: readonly string[];
  readonly when: readonly string[];
  readonly then: readonly string[];
  readonly and: readonly string[];
  readonly but: readonly string[];
}

/** One error of the parser, with its position in the parsed text (1-based; no column at end of file). */
export interface EngineError {
  kind: 'token' | 'eof' | 'ast' | 'language' | 'other';
  message: string;
  line: number;
  column?: number;
}

/** What the plugin needs of `@cucumber/gherkin`. */
export interface GherkinEngine {
  dialects: Readonly<Record<string, Dialect>>;
  /** Parse a feature file; never throws: errors come back as data. */
  parse(source: string, language: string): { document?: GherkinDocument; errors: EngineError[] };
}

const KINDS: Record<string, EngineError['kind']> = {
  UnexpectedTokenException: 'token',
  UnexpectedEOFException: 'eof',
  AstBuilderException: 'ast',
  NoSuchLanguageException: 'language',
};

let loading: Promise<GherkinEngine> | undefined;

/** Load `@cucumber/gherkin` once, on first use (only documents with a gherkin block need it). */
export function loadGherkin(): Promise<GherkinEngine> {
  loading ??= timed('engine', 'gherkin (load)', () => Promise.all([import('@cucumber/gherkin'), import('@cucumber/messages')])).then(([gherkin, messages]) => {
    const { AstBuilder, GherkinClassicTokenMatcher, Parser, dialects } = gherkin;
    const parse = (source: string, language: string) => {
      const parser = new Parser(new AstBuilder(messages.IdGenerator.incrementing()), new GherkinClassicTokenMatcher(language));
      try {
        return { document: parser.parse(source), errors: [] };
      } catch (e) {
        const list = ((e as { errors?: unknown[] }).errors ?? [e]) as Array<Error & { location?: { line: number; column?: number } }>;
        // Positions come from each error's location; the "(line:col)" in its text is left out.
        const errors = list.map((err): EngineError => ({
          kind: KINDS[err.constructor?.name ?? ''] ?? 'other',
          message: String(err.message ?? err).replace(/^\(\d+:\d+\):\s*/, ''),
          line: err.location?.line ?? 1,
          column: err.location?.column || undefined,
        }));
        return { errors };
      }
    };
    return { dialects: dialects as unknown as Record<string, Dialect>, parse };
  });
  return loading;
}
