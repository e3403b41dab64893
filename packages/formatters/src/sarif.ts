import { pathToFileURL } from 'node:url';
import type { Log, PhysicalLocation, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic, FileResult, Severity } from '@design-check/core';
import type { Formatter, FormatterContext } from './types.js';
import { relativePath } from './util.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/design-check';
const SRCROOT = '%SRCROOT%';
const LEVELS: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

interface Span {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Percent-encodes each segment so that the relative path is a valid URI reference. */
function toUri(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

function physicalLocation(uri: string, at: Span): PhysicalLocation {
  const region: NonNullable<PhysicalLocation['region']> = {
    startLine: at.line,
    startColumn: at.column,
  };
  if (at.endLine !== undefined) region.endLine = at.endLine;
  if (at.endColumn !== undefined) region.endColumn = at.endColumn;
  return { artifactLocation: { uri, uriBaseId: SRCROOT }, region };
}

function rule(id: string, d: Diagnostic, context: FormatterContext): ReportingDescriptor {
  const meta = context.rules?.[id];
  const descriptor: ReportingDescriptor = { id };
  if (meta?.description !== undefined) descriptor.shortDescription = { text: meta.description };
  const url = meta?.url ?? d.url;
  if (url !== undefined) descriptor.helpUri = url;
  return descriptor;
}

function result(uri: string, d: Diagnostic, ruleIndex: number): Result {
  const out: Result = {
    ruleId: d.ruleId,
    ruleIndex,
    level: LEVELS[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: physicalLocation(uri, d) }],
  };
  if (d.related?.length) {
    out.relatedLocations = d.related.map((r, id) => ({
      id,
      message: { text: r.message },
      physicalLocation: physicalLocation(uri, r),
    }));
  }
  if (d.source !== undefined) out.properties = { source: d.source };
  return out;
}

// One run; rules are listed in the order they are first seen. Kept private so that the
// published types do not need @types/sarif.
function toSarifLog(results: FileResult[], context: FormatterContext): Log {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const sarifResults: Result[] = [];
  for (const r of results) {
    const uri = toUri(relativePath(context.cwd, r.path));
    for (const d of r.diagnostics) {
      let index = ruleIndex.get(d.ruleId);
      if (index === undefined) {
        index = rules.push(rule(d.ruleId, d, context)) - 1;
        ruleIndex.set(d.ruleId, index);
      }
      sarifResults.push(result(uri, d, index));
    }
  }
  const driver: Log['runs'][number]['tool']['driver'] = { name: 'design-check' };
  if (context.version !== undefined) driver.version = context.version;
  driver.informationUri = INFORMATION_URI;
  driver.rules = rules;
  const root = pathToFileURL(context.cwd).href;
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

/** Formats results as a SARIF 2.1.0 log (GitHub code scanning), pretty-printed. */
export const sarif: Formatter = (results, context) =>
  JSON.stringify(toSarifLog(results, context), null, 2);
