import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, project, run } from './helpers.js';

// Six complete designs written in other teams' styles, none of them for one plugin: three that
// their authors believe clean, three with seeded defects (listed in the fixtures' README). Every
// default plugin runs on them with the recommended config; the data-platform team's own config
// (Prometheus metric names) is honoured as it would be in their repository.
const TEAMS: Record<string, string> = {
  'data-platform': 'order-events-design.md',
  'internal-tools': 'staging-refresh-design.md',
  'ml-platform': 'online-features-design.md',
  'mobile-backend': 'push-preferences-design.md',
  payments: 'instant-payouts-design.md',
  'public-sector': 'blue-badge-evidence-design.md',
};

interface Report {
  files: Array<{ path: string; diagnostics: Array<{ ruleId: string; source?: string; line: number; column: number }> }>;
}

/** The fixtures in a project of their own, with "today" pinned so that open questions and dates do not age. */
function unseenProject(): string {
  const dir = project();
  cpSync(join(REPO, 'apps/cli/test/fixtures/unseen'), dir, { recursive: true });
  const today = { today: '2026-11-30' };
  const pins = { 'structure/open-question-overdue': ['warn', today], 'structure/metadata-future-dates': ['warn', today], 'structure/approved-complete': ['error', today] };
  writeFileSync(join(dir, 'design-check.config.json'), JSON.stringify({ rules: pins }));
  const own = join(dir, 'data-platform', 'design-check.config.json');
  const team = JSON.parse(readFileSync(own, 'utf8')) as { rules: Record<string, unknown> };
  writeFileSync(own, JSON.stringify({ ...team, rules: { ...team.rules, ...pins } }));
  return dir;
}

describe('unseen designs', () => {
  it('report exactly their real defects, seeded or not, and nothing else', () => {
    const dir = unseenProject();
    const files = Object.entries(TEAMS).map(([team, file]) => `${team}/${file}`);
    const r = run(['--format', 'json', ...files], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report: Report = JSON.parse(r.stdout);
    // An engine's finding is pinned with its engine rule (`spectral:operation-description`) too.
    const got = Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => [d.line, d.column, d.ruleId, ...(d.source ? [d.source] : [])])]));
    expect(got).toEqual(EXPECTED);
  });
});

// Seeded defects are marked "seeded"; the others are real defects that their authors missed.
const EXPECTED = {
  // Clean: AsyncAPI (not OpenAPI) and JSON Schema blocks, Prometheus metric names (the team's config),
  // OpenTelemetry messaging span names (`orders.lifecycle.v1 publish`).
  'data-platform/order-events-design.md': [],
  // Clean: terse, sections N/A with their reasons, no API at all.
  'internal-tools/staging-refresh-design.md': [],
  'ml-platform/online-features-design.md': [
    [51, 23, 'proto/known-types'], // GetFeaturesAsOfRequest: the proto summary never defines it
    [61, 12, 'proto/known-types'], // EntityFeatures: likewise
    [83, 5, 'openapi/spectral', 'spectral:operation-description'],
    [100, 5, 'openapi/spectral', 'spectral:operation-description'],
    [113, 9, 'openapi/response-description'], // seeded: empty description
    [170, 62, 'typescript/contract-types'], // seeded: BatchScoreRequest is declared nowhere
    [210, 11, 'typescript/compile', 'typescript:TS2314'], // seeded: generic ScoreResult without its type argument
    [214, 1, 'gherkin/criteria-covered'], // criterion #3: no behaviour
    [214, 1, 'gherkin/criteria-covered'], // criterion #4: the behaviour for it names #5
    [235, 89, 'gherkin/outline-placeholders'], // seeded: <model_version> has no Examples column
    [247, 55, 'gherkin/criterion-exists'], // seeded: #5 of a four-criteria contract
    [289, 3, 'stride/asset-coverage'], // no threat against the skew samples
    [297, 67, 'stride/threat-rating'], // seeded: Likelihood "Critical"
    [374, 33, 'slo/latency-within-budget'], // seeded: p99 ≤ 40 ms against the p99 ≤ 25 ms budget of GetOnlineFeatures
    [374, 69, 'slo/burn-rate'], // seeded: 0.5x
    [397, 27, 'slo/metric-defined'], // seeded: mlp.serving.cache_misses
    [426, 83, 'structure/local-links'], // seeded: the ADR file does not exist…
    [427, 13, 'structure/local-links'], // …and is linked twice
  ],
  // CRLF, numbered headings, OpenAPI 3.1 in JSON fences, fences in list items.
  'mobile-backend/push-preferences-design.md': [
    [49, 7, 'openapi/spectral', 'spectral:operation-description'],
    [55, 58, 'openapi/unresolved-ref'], // seeded: DeviceRegistraton
    [64, 7, 'openapi/spectral', 'spectral:operation-description'],
    [68, 9, 'openapi/redocly', 'redocly:operation-4xx-response'],
    [75, 7, 'openapi/spectral', 'spectral:operation-description'],
    [97, 38, 'openapi/path-params-declared'], // seeded: {topic} is not declared
    [99, 9, 'openapi/spectral', 'spectral:operation-description'],
    [207, 5, 'typescript/matches-openapi'], // seeded: lastSeenAt number, date-time string in OpenAPI
    [251, 1, 'gherkin/scenario-complete'], // seeded: no Then
    [290, 93, 'stride/threat-category'], // seeded: Spoffing
    [365, 40, 'slo/error-budget'], // seeded: 0.5% for 99.9%
    [387, 105, 'slo/alert-runbook'], // seeded: "ask in #mobile-oncall"
    [434, 128, 'structure/open-questions'], // seeded: no owner
  ],
  // Clean: emoji and bold in cells, split Metadata tables, `### 7.2 STRIDE` with Owner and Status columns, approved.
  'payments/instant-payouts-design.md': [
    [55, 5, 'openapi/redocly', 'redocly:no-server-example.com'],
    [318, 3, 'stride/asset-coverage'], // no threat against the screening decisions
  ],
  // British spelling, government protective markings, dates written with the month's name, long prose.
  'public-sector/blue-badge-evidence-design.md': [
    [15, 17, 'structure/metadata-dates'], // seeded: 2026-09-31
    [72, 5, 'openapi/spectral', 'spectral:operation-description'],
    [86, 9, 'gherkin/error-responses-covered'], // seeded: no scenario for 413
    [90, 5, 'openapi/spectral', 'spectral:operation-description'],
    [111, 5, 'openapi/spectral', 'spectral:operation-description'],
    [112, 7, 'openapi/operation-id-unique'], // seeded: listEvidence twice
    [177, 66, 'typescript/contract-types'], // seeded: EvidenceAssessment is declared nowhere
    [221, 3, 'gherkin/syntax'], // seeded: Givne
    [267, 3, 'stride/asset-coverage'], // no threat names proof of identity or address
    [268, 3, 'stride/asset-coverage'], // no threat against the photographs (sent to the printing supplier)
    [279, 121, 'stride/accepted-risk'], // seeded: High/High merely "Accepted"
    [302, 31, 'slo/load-test-plan'], // seeded: duration 45 without a unit
    [338, 35, 'slo/metric-type'], // seeded: tally
    [446, 7, 'structure/revision-history'], // 1 October 2026: write 2026-10-01
    [447, 7, 'structure/revision-history'],
    [448, 3, 'structure/revision-history'], // seeded: revision 2 twice
    [448, 7, 'structure/revision-history'],
  ],
};
