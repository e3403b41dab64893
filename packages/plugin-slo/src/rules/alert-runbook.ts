import { existsSync } from 'node:fs';
import { isRemote, noteRead, resolveLocal, type Rule } from '@design-check/core';
import { isEmpty, isLeftover, type Cell } from '../cells.js';
import { has, sloModel } from '../model.js';

type MessageId = 'missing' | 'noColumn' | 'notLink' | 'outside' | 'notFound' | 'noAnchor';

/** The link target of a Runbook cell: a markdown link, an autolink, a bare URL or a path. */
function targetOf(cell: Cell): string | undefined {
  const link = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/.exec(cell.raw) ?? /<([a-z][\w+.-]*:[^>\s]+)>/i.exec(cell.raw);
  if (link) return link[1];
  const bare = /\b(?:https?|ftp):\/\/[^\s)|>]+/i.exec(cell.text) ?? /(?:^|\s)((?:\.{1,2}\/|\/)?[\w.-]+(?:\/[\w.-]+)*\.(?:md|markdown|txt|html|adoc|rst)(?:#[\w-]+)?)(?=\s|$)/.exec(cell.text);
  return bare ? (bare[1] ?? bare[0]) : undefined;
}

/** Every alert links to its runbook: a URL, or a local file inside the project. */
export const alertRunbook: Rule<Record<string, never>, MessageId> = {
  name: 'alert-runbook',
  meta: {
    description: 'Require every alert in the Alerting Plan to link to a runbook: a URL or a local file inside the project.',
    messages: {
      noColumn: 'Add a Runbook column to the Alerting Plan: a link to the runbook of each alert',
      missing: "Write a link to the runbook of alert '{{alert}}': a URL or a path to a file in the project",
      notLink: "Unexpected runbook \"{{runbook}}\" for alert '{{alert}}', expected a link to it (a URL or a path to a file in the project)",
      outside: "Unexpected runbook link \"{{url}}\" for alert '{{alert}}' that leaves the project root, expected a URL or a file inside the project",
      notFound: "Unexpected runbook link \"{{url}}\" for alert '{{alert}}': no such file, expected a path to an existing runbook",
      noAnchor: "Unexpected runbook link \"{{url}}\" for alert '{{alert}}': no heading of this document has that anchor",
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    appliesTo: has('alerts'),
  },
  check(ctx) {
    const model = sloModel(ctx.doc);
    // Broken local links are structure/local-links' findings when it runs.
    const linksChecked = ctx.isEnabled?.('structure/local-links') ?? false;
    const reported = new Set<unknown>();
    for (const a of model.alerts) {
      const alert = a.alert?.text || a.condition?.text || '';
      if (!a.columns.has('runbook')) {
        if (!reported.has(a.table)) ctx.report({ messageId: 'noColumn', at: a.table.header[a.table.header.length - 1] });
        reported.add(a.table);
        continue;
      }
      if (isLeftover(a.runbook)) continue;
      const at = a.runbook ?? a.row.cells[a.row.cells.length - 1];
      if (isEmpty(a.runbook)) {
        ctx.report({ messageId: 'missing', data: { alert }, at });
        continue;
      }
      const url = targetOf(a.runbook!);
      if (!url) {
        ctx.report({ messageId: 'notLink', data: { runbook: a.runbook!.text, alert }, at });
        continue;
      }
      if (isRemote(url) && !/^file:/i.test(url)) continue;
      if (url.startsWith('#')) {
        if (!linksChecked && !ctx.doc.anchors.has(decodeURIComponent(url.slice(1)).toLowerCase())) ctx.report({ messageId: 'noAnchor', data: { url, alert }, at });
        continue;
      }
      const target = /^file:/i.test(url) ? { path: url, inside: false } : resolveLocal(url, ctx.doc.path, ctx.projectRoot);
      if (target.inside) noteRead(ctx.doc, target.path);
      if (!target.inside) {
        if (!linksChecked || !/\]\(/.test(a.runbook!.raw)) ctx.report({ messageId: 'outside', data: { url, alert }, at });
      } else if (!existsSync(target.path) && (!linksChecked || !/\]\(/.test(a.runbook!.raw))) {
        ctx.report({ messageId: 'notFound', data: { url, alert }, at });
      }
    }
  },
};
