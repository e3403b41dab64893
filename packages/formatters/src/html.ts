import type { Diagnostic, FileResult, Severity } from '@design-check/core';
import type { Formatter } from './types.js';
import { countResults, countSeverities, plural, relativePath, shownRuleId } from './util.js';
import { expandLine } from './stylish.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Text made safe inside HTML elements and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The plugin of a finding: its rule id's prefix (`structure` of `structure/metadata-status`). */
function pluginOf(d: Diagnostic): string {
  return d.ruleId.split('/')[0];
}

/** Only links to web pages (a rule's docs): never `javascript:` or a local file. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** The markdown around a finding: the line before, its line with a caret under the column, the line after. */
function excerpt(lines: string[] | undefined, d: Diagnostic): string {
  if (!lines || lines[d.line - 1] === undefined) return '';
  const width = String(Math.min(d.line + 1, lines.length)).length;
  const rows: string[] = [];
  for (let n = Math.max(1, d.line - 1); n <= Math.min(lines.length, d.line + 1); n++) {
    const { text, caret } = expandLine(lines[n - 1], n === d.line ? d.column : 1);
    const gutter = String(n).padStart(width);
    rows.push(`<span class="ln${n === d.line ? ' at' : ''}">${gutter} | ${escapeHtml(text)}</span>`);
    if (n === d.line) rows.push(`<span class="caret">${' '.repeat(width)} | ${' '.repeat(caret)}^</span>`);
  }
  return `<pre class="excerpt">${rows.join('\n')}</pre>`;
}

function finding(d: Diagnostic, lines: string[] | undefined): string {
  const id = shownRuleId(d);
  const url = safeUrl(d.url);
  const rule = url ? `<a class="rule" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(id)}</a>` : `<span class="rule">${escapeHtml(id)}</span>`;
  const related = (d.related ?? []).map((r) => `<li>${r.line}:${r.column} ${escapeHtml(r.message)}</li>`).join('');
  return [
    `<li class="finding ${d.severity}" data-severity="${d.severity}" data-plugin="${escapeHtml(pluginOf(d))}">`,
    `<div class="head"><span class="pos">${d.line}:${d.column}</span> <span class="sev">${d.severity}</span> <span class="msg">${escapeHtml(d.message)}</span> ${rule}${d.fix ? ' <span class="fixable" title="design-check --fix repairs it">fixable</span>' : ''}</div>`,
    excerpt(lines, d),
    related ? `<ul class="related">${related}</ul>` : '',
    '</li>',
  ].join('');
}

/** Per document: a table of its findings by plugin and severity. */
function summary(r: FileResult): string {
  const byPlugin = new Map<string, Diagnostic[]>();
  for (const d of r.diagnostics) byPlugin.set(pluginOf(d), [...(byPlugin.get(pluginOf(d)) ?? []), d]);
  const rows = [...byPlugin].map(([plugin, list]) => {
    const t = countSeverities(list);
    return `<tr><th scope="row">${escapeHtml(plugin)}</th><td>${t.errors}</td><td>${t.warnings}</td><td>${t.infos}</td></tr>`;
  });
  return `<table class="summary"><thead><tr><th>plugin</th><th>errors</th><th>warnings</th><th>infos</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function fileSection(r: FileResult, cwd: string): string {
  const path = relativePath(cwd, r.path);
  const lines = r.source?.split(/\r\n|\r|\n/);
  const t = countSeverities(r.diagnostics);
  const status = r.diagnostics.length ? `${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.infos, 'info')}` : 'no problems';
  return [
    `<section class="file" data-path="${escapeHtml(path)}">`,
    `<h2>${escapeHtml(path)} <small>${status}</small></h2>`,
    r.diagnostics.length ? summary(r) : '',
    `<ol class="findings">${r.diagnostics.map((d) => finding(d, lines)).join('')}</ol>`,
    '</section>',
  ].join('\n');
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
header{position:sticky;top:0;background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:12px 24px;z-index:1}
h1{font-size:18px;margin:0 0 8px}main{padding:8px 24px 40px}
fieldset{display:inline-block;border:1px solid #d0d7de;border-radius:6px;margin:0 12px 0 0;padding:4px 10px}
legend{font-size:12px;color:#59636e}label{margin-right:10px;white-space:nowrap}
h2{font-size:15px;margin:24px 0 8px;font-family:ui-monospace,monospace}h2 small{font-family:system-ui,sans-serif;color:#59636e;font-weight:normal}
table.summary{border-collapse:collapse;margin:4px 0 10px}table.summary td,table.summary th{border:1px solid #d0d7de;padding:2px 10px;text-align:right}table.summary th[scope=row]{text-align:left}
ol.findings{list-style:none;padding:0;margin:0}li.finding{border-left:4px solid #d0d7de;padding:6px 10px;margin:6px 0;background:#fafbfc}
li.error{border-color:#cf222e}li.warning{border-color:#bf8700}li.info{border-color:#0969da}
.pos{font-family:ui-monospace,monospace;color:#59636e}.sev{font-weight:600}.error .sev{color:#cf222e}.warning .sev{color:#9a6700}.info .sev{color:#0969da}
.rule{font-family:ui-monospace,monospace;font-size:12px}.fixable{font-size:11px;background:#dafbe1;border-radius:8px;padding:0 6px}
pre.excerpt{background:#fff;border:1px solid #eaeef2;padding:6px;margin:6px 0 0;overflow-x:auto;font-size:12px}.ln.at{background:#fff8c5}.caret{color:#cf222e}
ul.related{margin:4px 0 0;color:#59636e;font-size:13px}[hidden]{display:none!important}#shown{color:#59636e;margin-left:8px}`;

// Filters: a finding shows when its severity and its plugin are both ticked; a document shows when one of its findings does (or it has none and nothing is filtered).
const SCRIPT = `
(function(){
  var boxes=[].slice.call(document.querySelectorAll('header input[type=checkbox]'));
  function ticked(kind){return boxes.filter(function(b){return b.name===kind&&b.checked}).map(function(b){return b.value})}
  function apply(){
    var sev=ticked('severity'),plug=ticked('plugin'),shown=0,all=0;
    [].forEach.call(document.querySelectorAll('li.finding'),function(li){
      var on=sev.indexOf(li.dataset.severity)>=0&&plug.indexOf(li.dataset.plugin)>=0;li.hidden=!on;all++;if(on)shown++;
    });
    var everything=boxes.every(function(b){return b.checked});
    [].forEach.call(document.querySelectorAll('section.file'),function(s){
      s.hidden=!(s.querySelector('li.finding:not([hidden])')||(everything&&!s.querySelector('li.finding')));
    });
    document.getElementById('shown').textContent=shown+' of '+all+' shown';
  }
  boxes.forEach(function(b){b.addEventListener('change',apply)});apply();
})();`;

/**
 * A self-contained HTML page (inline style and script, no request of its own): per document a
 * summary by plugin and severity, each finding with its markdown excerpt and a link to its
 * rule's page, and filters by severity and plugin.
 */
export const html: Formatter = (results, context) => {
  const { errors, warnings, infos } = countResults(results);
  const all = results.flatMap((r) => r.diagnostics);
  const plugins = [...new Set(all.map(pluginOf))].sort();
  const box = (name: string, value: string, label: string) => `<label><input type="checkbox" name="${name}" value="${escapeHtml(value)}" checked> ${escapeHtml(label)}</label>`;
  const title = `design-check: ${plural(errors + warnings + infos, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${plural(results.length, 'document')}`;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    `<header><h1>${escapeHtml(title)}</h1>`,
    `<fieldset><legend>severity</legend>${SEVERITIES.map((s) => box('severity', s, `${s} (${all.filter((d) => d.severity === s).length})`)).join('')}</fieldset>`,
    `<fieldset><legend>plugin</legend>${plugins.map((p) => box('plugin', p, `${p} (${all.filter((d) => pluginOf(d) === p).length})`)).join('')}</fieldset>`,
    `<span id="shown"></span>${context.version ? ` <small>design-check ${escapeHtml(context.version)}</small>` : ''}</header>`,
    `<main>${results.map((r) => fileSection(r, context.cwd)).join('\n')}</main>`,
    `<script>${SCRIPT}</script>`,
    '</body></html>',
  ].join('\n');
};
