import http from 'node:http'; import https from 'node:https'; import net from 'node:net'; import dns from 'node:dns';
for (const [m, n] of [[http,'http'],[https,'https']]) for (const k of ['request','get']) { const o = m[k]; m[k] = (...a) => { console.log('TRAP', n, k, String(a[0]?.href ?? a[0]?.hostname ?? a[0])); return o.apply(m, a); }; }
const oc = net.connect; net.connect = (...a) => { console.log('TRAP net.connect'); return oc.apply(net, a); };
const ol = dns.lookup; dns.lookup = (...a) => { console.log('TRAP dns', a[0]); return ol.apply(dns, a); };
const of = globalThis.fetch; globalThis.fetch = (...a) => { console.log('TRAP fetch', String(a[0])); return of(...a); };
const core = (await import('@stoplight/spectral-core')).default;
const S = new core.Spectral(); S.setRuleset({ rules: {} });
const res = await S.runWithResolved({ a: { $ref: 'https://schemas.example.com/evidence.json' } }).catch(e => console.log('err', e.message));
console.log(JSON.stringify(res).slice(0, 300));
