import { readFileSync } from 'node:fs';
import { check } from '@design-check/core';
import { defaultPlugins } from '@design-check/plugins';
const f = '/work/wt-reliability/examples/refund-service/TECHNICAL-DESIGN.md';
const text = readFileSync(f, 'utf8');
const name = process.argv[2];
const plugins = name ? defaultPlugins.filter(p => p.name === name) : defaultPlugins;
for (let i = 0; i < 3; i++) await check(text + i, { path: f, plugins, projectRoot: '/work/wt-reliability', parseInWorkerAbove: 1e9 });
const { Session } = await import('node:inspector/promises');
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start');
for (let i = 0; i < 10; i++) await check(text + ' z' + i, { path: f, plugins, projectRoot: '/work/wt-reliability', parseInWorkerAbove: 1e9 });
const { profile: p } = await s.post('Profiler.stop');
const self=new Map();const byId=new Map(p.nodes.map(n=>[n.id,n]));
const dt=p.timeDeltas;const counts=new Map();p.samples.forEach((s,i)=>counts.set(s,(counts.get(s)||0)+(dt[i]||0)));
for(const [id,t] of counts){const n=byId.get(id);const k=n.callFrame.functionName+' '+n.callFrame.url.split('/').slice(-3).join('/')+':'+n.callFrame.lineNumber;self.set(k,(self.get(k)||0)+t);}
console.log([...self].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,t])=>(t/10000|0)+'ms/doc '+k).join('\n'))
