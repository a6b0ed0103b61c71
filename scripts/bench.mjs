#!/usr/bin/env node
// Throughput and latency of analyze(), side by side with wink-nlp (English
// lite web model) run over the same text in the same process.
// usage: node scripts/bench.mjs [--mb 5] [--quick]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const shared = process.env.KILDE_SHARED ?? join(root, '..', 'shared');
const corpusDir = join(shared, 'corpus');
const coreBundle = join(root, 'dist', 'core', 'index.js');
const args = process.argv.slice(2);
const targetMB = args.includes('--mb') ? Number(args[args.indexOf('--mb') + 1]) : 5;
const quick = args.includes('--quick');

if (!existsSync(coreBundle)) {
  console.error('bench: dist/core/index.js is missing: run `npm run build` first');
  process.exit(2);
}
if (!existsSync(corpusDir)) {
  console.error(`bench: no corpus at ${corpusDir} (set KILDE_SHARED)`);
  process.exit(2);
}

// ------------------------------------------------------------ gazetteer load, in a fresh process
const probe = `
  const t0 = performance.now();
  global.gc(); const h0 = process.memoryUsage().heapUsed;
  const core = require(${JSON.stringify(coreBundle)});
  const t1 = performance.now();
  core.loadGazetteer();
  const t2 = performance.now();
  global.gc(); const h1 = process.memoryUsage().heapUsed;
  console.log(JSON.stringify({ requireMs: t1 - t0, loadMs: t2 - t1, heapMB: (h1 - h0) / 1048576 }));
`;
const probeRun = spawnSync(process.execPath, ['--expose-gc', '-e', probe], { encoding: 'utf8' });
if (probeRun.status !== 0) {
  console.error(probeRun.stderr);
  process.exit(1);
}
const load = JSON.parse(probeRun.stdout);

const core = require(coreBundle);
const { analyze } = core;

// ------------------------------------------------------------ input
const texts = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const seed = readFileSync(join(corpusDir, 'seed-ntb-nordkorea.txt'), 'utf8');
const unit = texts.join('\n\n');
const repeatTo = (mb) => {
  const parts = [];
  let size = 0;
  while (size < mb * 1e6) { parts.push(unit); size += unit.length; }
  return parts.join('\n\n');
};
const big = repeatTo(targetMB);
const small = big.slice(0, Math.floor(big.length / 10));
// Articles of about the seed's size, for the per-document comparison with wink.
const docs = [];
for (let i = 0; i < big.length; ) {
  let j = big.indexOf('\n\n', i + seed.length);
  if (j < 0) j = big.length;
  docs.push(big.slice(i, j));
  i = j + 2;
}
const mb = (s) => Buffer.byteLength(s, 'utf8') / 1e6;

function time(fn) {
  const t0 = performance.now();
  const r = fn();
  return [performance.now() - t0, r];
}
/** Median time of `runs` calls (the first result is returned too). */
function median(runs, fn) {
  const times = [];
  let first;
  for (let i = 0; i < runs; i++) {
    const [ms, r] = time(fn);
    times.push(ms);
    first ??= r;
  }
  times.sort((a, b) => a - b);
  return [times[Math.floor(runs / 2)], first];
}

// ------------------------------------------------------------ engines
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const kildeDocs = () => { let n = 0; for (const d of docs) n += analyze(d).stats.tokens; return n; };
const winkDocs = () => { let n = 0; for (const d of docs) n += nlp.readDoc(d).tokens().length(); return n; };

// Warm up both on the same articles: the first calls load the gazetteer (and
// wink's model) and let the JIT settle.
kildeDocs();
winkDocs();

// Alternate the two engines, so both see the same machine load; take medians.
const rounds = quick ? 3 : 5;
const kTimes = [];
const wTimes = [];
let kTokens = 0;
let wTokens = 0;
for (let r = 0; r < rounds; r++) {
  const [km, kn] = time(kildeDocs);
  const [wm, wn] = time(winkDocs);
  kTimes.push(km); wTimes.push(wm); kTokens = kn; wTokens = wn;
}
const mid = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const docsMs = mid(kTimes);
const winkMs = mid(wTimes);

const [bigMs, bigResult] = median(3, () => analyze(big));
const [smallMs] = median(5, () => analyze(small));

const lat = [];
for (let i = 0; i < (quick ? 200 : 1000); i++) {
  const t0 = performance.now();
  analyze(seed);
  lat.push(performance.now() - t0);
}
lat.sort((a, b) => a - b);
const pctl = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))];

// ------------------------------------------------------------ report
const bundleMB = statSync(coreBundle).size / 1e6;
const row = (k, v) => console.log(`${k.padEnd(44)} ${v}`);
const bigMB = mb(big);
console.log(`Kilde benchmark: ${bigMB.toFixed(1)} MB of corpus text (${texts.length} files repeated), node ${process.version}\n`);
row('gazetteer: bundle size (dist/core/index.js)', `${bundleMB.toFixed(2)} MB`);
row('gazetteer: require + first load', `${load.requireMs.toFixed(1)} ms + ${load.loadMs.toFixed(1)} ms`);
row('gazetteer: heap after load', `${load.heapMB.toFixed(1)} MB`);
row('analyze, one document', `${(bigMB / (bigMs / 1000)).toFixed(2)} MB/s, ${(bigResult.stats.tokens / (bigMs / 1000) / 1e6).toFixed(2)} M tokens/s (${bigMs.toFixed(0)} ms)`);
row(`analyze, ${docs.length} articles`, `${(bigMB / (docsMs / 1000)).toFixed(2)} MB/s, ${(kTokens / (docsMs / 1000) / 1e6).toFixed(2)} M tokens/s (${docsMs.toFixed(0)} ms)`);
row('wink-nlp readDoc, same articles', `${(bigMB / (winkMs / 1000)).toFixed(2)} MB/s, ${(wTokens / (winkMs / 1000) / 1e6).toFixed(2)} M tokens/s (${winkMs.toFixed(0)} ms)`);
const ratio = (kTokens / docsMs) / (wTokens / winkMs);
row('tokens/s ratio Kilde : wink-nlp', `${ratio.toFixed(2)}× (target ≥ 2×)`);
row('seed article latency, warm', `p50 ${pctl(0.5).toFixed(3)} ms, p95 ${pctl(0.95).toFixed(3)} ms (target ≤ 2 ms)`);
const scaling = bigMs / smallMs;
row('10× input scaling', `${smallMs.toFixed(0)} ms → ${bigMs.toFixed(0)} ms = ${scaling.toFixed(2)}× (target ≤ 11×)`);
row('entities / claims in the big document', `${bigResult.entities.length} / ${bigResult.claims.length}`);
