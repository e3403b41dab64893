const R = await import('@redocly/openapi-core');
const core = (await import('@stoplight/spectral-core')).default;
const rs = (await import('@stoplight/spectral-rulesets')).default;
const Parsers = (await import('@stoplight/spectral-parsers')).default;
const RR = (await import('@stoplight/spectral-ref-resolver')).default;
const merged = JSON.parse(process.argv[2] ? (await import('node:fs')).readFileSync(process.argv[2],'utf8') : '{}');
class NoResolver extends R.BaseResolver { async loadExternalRef(ref){ throw new Error('refused '+ref);} }
const config = await R.createConfig({ extends: ['recommended'] });
const doc = R.makeDocumentFromString(JSON.stringify(merged,null,2), '/virtual/openapi.json');
const probs = await R.lintDocument({ document: doc, config, externalRefResolver: new NoResolver() });
for (const p of probs) console.log('R', p.ruleId, p.severity, p.message, JSON.stringify(p.location.map(l=>({p:l.pointer,k:l.reportOnKey, s: l.source.absoluteRef}))), p.suggest);
const refuse = { resolve: async (u) => { throw new Error('refused ' + u); } };
const resolver = new RR.Resolver({ resolvers: { http: refuse, https: refuse, file: refuse } });
const s = new core.Spectral({ resolver });
s.setRuleset(rs.oas);
const res = await s.run(new core.Document(JSON.stringify(merged, null, 2), Parsers.Json, '/virtual/openapi.json'));
for (const r of res) console.log('S', r.code, r.severity, r.message, JSON.stringify(r.path));
