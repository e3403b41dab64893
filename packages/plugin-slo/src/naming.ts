import type { DesignDoc, Fix, Span } from '@design-check/core';

/** Naming conventions of metrics and spans. */
export type NameStyle = 'dot' | 'snake';

/** Options of the naming rules (`slo/metric-name`, `slo/span-name`). */
export interface NamingOptions {
  /** `dot` (OpenTelemetry: `export.jobs.created`) or `snake` (Prometheus: `export_jobs_created_total`). */
  style: NameStyle;
  /** A regular expression that names must match instead of the style's. */
  pattern?: string;
}

/** The option schema of the naming rules. */
export const NAMING_SCHEMA = {
  type: 'object',
  properties: { style: { enum: ['dot', 'snake'] }, pattern: { type: 'string', minLength: 1 } },
  additionalProperties: false,
};

/** `export.jobs.created`, `search.cdc.slot_retained_bytes` (OpenTelemetry). */
export const DOT_CASE = /^[a-z][a-z0-9_]*(?:\.[a-z0-9][a-z0-9_]*)+$/;
/** `http_requests_total` (Prometheus). */
export const SNAKE_CASE = /^[a-z_:][a-z0-9_:]*$/;

/** The pattern a name must match: the option's own, or the style's. */
export function namePattern(style: NameStyle, pattern?: string): RegExp {
  if (pattern) return new RegExp(pattern, 'u');
  return style === 'snake' ? SNAKE_CASE : DOT_CASE;
}

/** How a style is described in a message. */
export function styleName(style: NameStyle, pattern?: string): string {
  if (pattern) return `a name matching /${pattern}/`;
  return style === 'snake' ? 'snake_case' : 'dot-separated lowercase';
}

function words(s: string): string[] {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The name written in the style: `exportJobsCreated` → `export.jobs.created`; dots already
 * there stay the separators (`search.cdc.slotRetainedBytes` → `search.cdc.slot_retained_bytes`).
 */
export function suggestName(name: string, style: NameStyle): string {
  if (style === 'snake') return words(name).join('_');
  if (name.includes('.')) {
    return name
      .split('.')
      .map((seg) => words(seg).join('_'))
      .filter(Boolean)
      .join('.');
  }
  return words(name).join('.');
}

/**
 * The fix of a name that only breaks the convention by its capitals (`Export.Jobs.Created`):
 * lower-cased, it is the suggested name and valid; references elsewhere are matched without
 * regard to case, so they still find it. Undefined when lower case alone is not the name to
 * write (`rerankService.score` is `rerank_service.score`, not `rerankservice.score`).
 */
export function lowerCaseFix(doc: DesignDoc, offset: number, name: string, valid: (lower: string) => boolean): { at: Span; fix: Fix } | undefined {
  const lower = name.toLowerCase();
  if (lower === name || !valid(lower) || doc.text.slice(offset, offset + name.length) !== name) return undefined;
  return { at: doc.spanAt(offset, offset + name.length), fix: { range: [offset, offset + name.length], text: lower } };
}
