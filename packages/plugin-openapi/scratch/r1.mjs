import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
const t0 = performance.now();
const R = await import('@redocly/openapi-core');
const t1 = performance.now();
const text = readFileSync('../../examples/refund-service/TECHNICAL-DESIGN.md','utf8');
const blocks = [...text.matchAll(/( *)```yaml\n([\s\S]*?)```/g)].map(m=>parse(m[2].split('\n').map(l=>l.slice(m[1].length)).join('\n')));
const merged = { openapi: '3.0.3', info: { title: 'x', version: '1' }, paths: {}, components: {} };
for (const b of blocks) { Object.assign(merged.paths, b.paths||{}); for (const [k,v] of Object.entries(b.components||{})) merged.components[k] = {...(merged.components[k]||{}), ...v}; if (b.tags) merged.tags=b.tags; if (b.security) merged.security=b.security; }
class NoResolver extends R.BaseResolver { async loadExternalRef(ref){ throw new Error('refused '+ref);} }
const config = await R.createConfig({ extends: ['recommended'] });
const t2 = performance.now();
const doc = R.makeDocumentFromString(JSON.stringify(merged,null,2), '/virtual/openapi.json');
const probs = await R.lintDocument({ document: doc, config, externalRefResolver: new NoResolver() });
const t3 = performance.now();
for (const p of probs) console.log(p.ruleId, p.severity, p.message, JSON.stringify(p.location.map(l=>({p:l.pointer,k:l.reportOnKey, s: l.source.absoluteRef}))));
console.log({load: t1-t0, config: t2-t1, lint: t3-t2});
console.log(Object.keys(config.rules.oas3_0).length, JSON.stringify(config.rules.oas3_0));
