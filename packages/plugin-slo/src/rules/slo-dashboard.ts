import { findTemplateSection, SECTION, type DesignDoc, type Rule } from '@design-check/core';
import { hasValue, wordStems } from '../cells.js';
import { has, sloModel } from '../model.js';

const STOP = new Set(['api', 'apis', 'service', 'servic', 'svc', 'the', 'and', 'for', 'endpoint', 'component', 'system', 'new', 'health', 'dashboard']);
const stems = (text: string) => wordStems(text).filter((w) => w.length >= 4 && !STOP.has(w) && !/^v\d+$/.test(w));

/** The Dashboard Specification says, instead of a table, that no dashboard is planned (`N/A — four runs a month …`). */
function noneNeeded(doc: DesignDoc): boolean {
  const section = findTemplateSection(doc, SECTION.dashboardSpecification);
  if (!section || doc.tablesIn(section).length) return false;
  const first = doc.lines.slice(section.line, section.lastLine).find((l) => l.trim());
  return !!first && /^\W*(?:n\/a\b|not applicable\b|no dashboards?\b|none\b)/i.test(first);
}

/** Every component with an SLO has a dashboard. */
export const sloDashboard: Rule<Record<string, never>, 'missing'> = {
  name: 'slo-dashboard',
  meta: {
    description: 'Warn about components with an SLO that no row of the Dashboard Specification covers.',
    messages: {
      missing: "Unexpected SLO component '{{component}}' without a dashboard, expected a Dashboard Specification row that names it (its SLO status and error budget)",
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    appliesTo: has('slos'),
  },
  check(ctx) {
    const model = sloModel(ctx.doc);
    if ((!model.observability && !model.dashboards.length) || noneNeeded(ctx.doc)) return;
    const boards = model.dashboards.map((d) => stems(d.text));
    const seen = new Set<string>();
    for (const s of model.slos) {
      if (!hasValue(s.component)) continue;
      const name = s.component.text.toLowerCase();
      if (seen.has(name)) continue;
      seen.add(name);
      const own = stems(s.component.text);
      const covered = !own.length || boards.some((b) => b.some((d) => own.some((w) => d.includes(w) || w.includes(d))));
      if (!covered) ctx.report({ messageId: 'missing', data: { component: s.component.text }, at: s.component });
    }
  },
};
