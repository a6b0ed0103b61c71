#!/usr/bin/env node
// Throughput and latency of analyze(), side by side with wink-nlp (English
// lite web model) run over the same text in the same process; then the stress
// rows: one 50 MB document end to end (time and memory), edit-to-analysis
// latency of the incremental analyzer on a 200 KB article, re-anchoring 1,000
// fact-checkers' reviews on that article after an edit, and heap growth
// over 200 open/edit/close cycles of a document. The memory rows run in child
// processes with --expose-gc, so that nothing else in this process skews them.
// usage: node scripts/bench.mjs [--mb 5] [--quick]   (--quick: 10 MB instead of 50 for the end-to-end row)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { getHeapStatistics } from 'node:v8';
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
const child = args.includes('--child') ? args[args.indexOf('--child') + 1] : undefined;

if (!existsSync(coreBundle)) {
  console.error('bench: dist/core/index.js is missing: run `npm run build` first');
  process.exit(2);
}
if (!existsSync(corpusDir)) {
  console.error(`bench: no corpus at ${corpusDir} (set KILDE_SHARED)`);
  process.exit(2);
}

// ------------------------------------------------------------ child jobs (memory rows)
// `node --expose-gc scripts/bench.mjs --child JOB ...` prints one JSON line.
const MiB = 1024 * 1024;
const readCorpus = () => readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8'));

/** analyze() of one document of about `mbWanted` MB: time, and heap before, during and after. */
function childEndToEnd(mbWanted) {
  const core = require(coreBundle);
  const seedText = readFileSync(join(corpusDir, 'seed-ntb-nordkorea.txt'), 'utf8');
  core.loadGazetteer();
  for (let i = 0; i < 3; i++) core.analyze(seedText);
  const corpusText = readCorpus().join('\n\n');
  const parts = [];
  for (let size = 0; size < mbWanted * 1e6; size += Buffer.byteLength(corpusText)) parts.push(corpusText);
  const text = parts.join('\n\n');
  global.gc();
  const before = process.memoryUsage().heapUsed;
  // analyze() is analyzeSteps() run to the end; stepping it by hand lets us sample
  // the heap between slices (every 128 K chars) at no measurable cost.
  let peak = before;
  const t0 = performance.now();
  const steps = core.analyzeSteps(text);
  let r;
  while (!(r = steps.next()).done) peak = Math.max(peak, getHeapStatistics().used_heap_size);
  const ms = performance.now() - t0;
  const analysis = r.value;
  peak = Math.max(peak, getHeapStatistics().used_heap_size);
  global.gc();
  const retained = process.memoryUsage().heapUsed - before;
  return {
    mb: Buffer.byteLength(text) / 1e6, chars: text.length, ms, beforeMB: before / MiB, peakMB: peak / MiB, retainedMB: retained / MiB,
    maxRssMB: process.resourceUsage().maxRSS / 1024, entities: analysis.entities.length, claims: analysis.claims.length,
  };
}

/** Documents opened, analysed, edited a little and dropped, as the extension does per editor tab. */
function childCycles(cycles) {
  const { IncrementalAnalyzer, loadGazetteer } = require(coreBundle);
  const seedText = readFileSync(join(corpusDir, 'seed-ntb-nordkorea.txt'), 'utf8');
  loadGazetteer();
  const cycle = (i) => {
    // A different article each time, so no cache can answer from an earlier one.
    let text = `${seedText}\n\nSaken ble oppdatert ${i} ganger, ifølge NTB.\n`;
    const inc = new IncrementalAnalyzer();
    inc.update(text);
    let at = text.indexOf('\n\n', text.length >> 1);
    for (const ch of 'Oslo ') {
      text = text.slice(0, at) + ch + text.slice(at);
      at++;
      inc.update(text);
    }
    inc.update(text, { full: true });
  };
  for (let i = 0; i < 10; i++) cycle(i); // warm-up: gazetteer in use, JIT settled
  global.gc();
  global.gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  for (let i = 0; i < cycles; i++) cycle(1000 + i);
  const ms = performance.now() - t0;
  global.gc();
  global.gc();
  const after = process.memoryUsage().heapUsed;
  return { cycles, ms, beforeMB: before / MiB, afterMB: after / MiB, growthMB: (after - before) / MiB };
}

if (child) {
  const n = Number(args[args.indexOf('--child') + 2]);
  const result = child === 'end-to-end' ? childEndToEnd(n) : childCycles(n);
  console.log(JSON.stringify(result));
  process.exit(0);
}

function runChild(job, n) {
  const run = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', job, String(n)], {
    encoding: 'utf8', env: { ...process.env }, maxBuffer: 1 << 20,
  });
  if (run.status !== 0) {
    console.error(`bench: the ${job} child failed (${run.status ?? run.signal}):\n${run.stderr}`);
    process.exit(1);
  }
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

// ------------------------------------------------------------ gazetteer load, in a fresh process
const probe = `
  const t0 = performance.now();
  // The key index is a typed array, outside the JS heap: count it too.
  const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
  global.gc(); const h0 = used();
  const core = require(${JSON.stringify(coreBundle)});
  const t1 = performance.now();
  core.loadGazetteer();
  const t2 = performance.now();
  global.gc(); const h1 = used();
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

// Alternate the two engines, so both see the same machine load; take medians. Which one goes
// first alternates too: the garbage one leaves behind is collected in the other's time.
const rounds = quick ? 3 : 5;
const kTimes = [];
const wTimes = [];
let kTokens = 0;
let wTokens = 0;
for (let r = 0; r < rounds; r++) {
  const [wm0, wn0] = r % 2 ? time(winkDocs) : [0, 0];
  const [km, kn] = time(kildeDocs);
  const [wm, wn] = r % 2 ? [wm0, wn0] : time(winkDocs);
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
row('gazetteer: heap (+ typed arrays) after load', `${load.heapMB.toFixed(1)} MB`);
row('analyze, one document', `${(bigMB / (bigMs / 1000)).toFixed(2)} MB/s, ${(bigResult.stats.tokens / (bigMs / 1000) / 1e6).toFixed(2)} M tokens/s (${bigMs.toFixed(0)} ms)`);
row(`analyze, ${docs.length} articles`, `${(bigMB / (docsMs / 1000)).toFixed(2)} MB/s, ${(kTokens / (docsMs / 1000) / 1e6).toFixed(2)} M tokens/s (${docsMs.toFixed(0)} ms)`);
row('wink-nlp readDoc, same articles', `${(bigMB / (winkMs / 1000)).toFixed(2)} MB/s, ${(wTokens / (winkMs / 1000) / 1e6).toFixed(2)} M tokens/s (${winkMs.toFixed(0)} ms)`);
const ratio = (kTokens / docsMs) / (wTokens / winkMs);
row('tokens/s ratio Kilde : wink-nlp', `${ratio.toFixed(2)}× (target ≥ 2×)`);
row('seed article latency, warm', `p50 ${pctl(0.5).toFixed(3)} ms, p95 ${pctl(0.95).toFixed(3)} ms (target ≤ 2 ms)`);
const scaling = bigMs / smallMs;
row('10× input scaling', `${smallMs.toFixed(0)} ms → ${bigMs.toFixed(0)} ms = ${scaling.toFixed(2)}× (target ≤ 11×)`);
row('entities / claims in the big document', `${bigResult.entities.length} / ${bigResult.claims.length}`);

// ------------------------------------------------------------ stress rows
// (a) One big document end to end, in a fresh process (--expose-gc).
const e2e = runChild('end-to-end', quick ? 10 : 50);
row(`analyze, ${Math.round(e2e.mb)} MB document end to end`, `${(e2e.mb / (e2e.ms / 1000)).toFixed(2)} MB/s (${(e2e.ms / 1000).toFixed(1)} s, ${e2e.entities} entities, ${e2e.claims} claims)`);
row(`  heap: before / peak / kept by the result`, `${e2e.beforeMB.toFixed(0)} MB / ${e2e.peakMB.toFixed(0)} MB / ${e2e.retainedMB.toFixed(0)} MB (peak sampled between slices; text in "before")`);
row('  peak RSS of that process', `${e2e.maxRssMB.toFixed(0)} MB`);

// (b) Edit-to-analysis latency: a 200 KB article from corpus paragraphs, typing and
// deleting in a paragraph in the middle, each keystroke followed by update().
const { IncrementalAnalyzer } = core;
const paragraphs = unit.split(/\n\n+/).filter((p) => p.trim());
const articleParts = [];
for (let i = 0, size = 0; size < 200_000; i++) {
  articleParts.push(paragraphs[i % paragraphs.length]);
  size += Buffer.byteLength(paragraphs[i % paragraphs.length]) + 2;
}
let article = articleParts.join('\n\n');
const inc = new IncrementalAnalyzer();
inc.update(article);
const middle = article.indexOf('\n\n', article.length >> 1);
let cursor = article.lastIndexOf(' ', middle - 1) + 1 || middle; // in the paragraph, at a word start
// Warm-up: 20 keystrokes (typed and deleted again), so the rows show steady typing, not the JIT.
{
  const typing = (k) => article.slice(0, cursor) + 'x'.repeat(k) + article.slice(cursor);
  for (let k = 1; k <= 10; k++) inc.update(typing(k));
  for (let k = 9; k >= 0; k--) inc.update(typing(k));
}
const editTimes = [];
let reread = 0;
const edit = (next) => {
  // The edited text is built here by concatenation, which V8 keeps as a rope until a character
  // is read; the editor hands the analyzer a flat string (getText()), so flatten it before timing.
  next.charCodeAt(next.length >> 1);
  const t0 = performance.now();
  inc.update(next);
  editTimes.push(performance.now() - t0);
  reread += inc.lastStats?.reread ?? 0;
  article = next;
};
const typed = 'nye fiskekvoter for neste år '.repeat(4).slice(0, 100);
for (const ch of typed) {
  edit(article.slice(0, cursor) + ch + article.slice(cursor));
  cursor++;
}
for (let k = 0; k < typed.length; k++) {
  edit(article.slice(0, cursor - 1) + article.slice(cursor));
  cursor--;
}
editTimes.sort((a, b) => a - b);
const ep = (p) => editTimes[Math.min(editTimes.length - 1, Math.floor(p * editTimes.length))];
const [articleMs] = median(quick ? 3 : 5, () => analyze(article));
const articleKB = Buffer.byteLength(article) / 1000;
row(`edit → analysis, ${articleKB.toFixed(0)} KB article`, `p50 ${ep(0.5).toFixed(2)} ms, p95 ${ep(0.95).toFixed(2)} ms, min ${ep(0).toFixed(2)} ms over ${editTimes.length} edits (target ≤ 5 ms)`);
row('  paragraphs read again per edit', `${(reread / editTimes.length).toFixed(1)} of ${inc.lastStats?.paragraphs ?? '?'}`);
row(`full analyze, same ${articleKB.toFixed(0)} KB article`, `${articleMs.toFixed(1)} ms`);

// Re-anchoring fact-checkers' reviews: 1,000 reviews of the claims of the same article (each claim
// once in turn, again from the first if it has fewer), a paragraph pasted near the top, the text
// analysed again; only anchorReviews() is timed.
{
  const { anchorReviews, selectorsFor } = core;
  const claims = analyze(article).claims;
  const reviews = [];
  for (let k = 0; k < 1000 && claims.length; k++) {
    const c = claims[k % claims.length];
    reviews.push({ id: `urn:uuid:${k}`, verdict: 'true', note: '', author: 'bench', created: '', modified: '', ...selectorsFor(article, c.start, c.end) });
  }
  const at = article.indexOf('\n\n') + 2;
  const edited = article.slice(0, at) + paragraphs[paragraphs.length >> 1] + '\n\n' + article.slice(at);
  const now = analyze(edited).claims;
  for (let k = 0; k < 3; k++) anchorReviews(edited, now, reviews); // warm-up
  const [anchorMs, anchored] = median(quick ? 9 : 21, () => anchorReviews(edited, now, reviews));
  const by = {};
  for (const a of anchored) by[a.method] = (by[a.method] ?? 0) + 1;
  const counts = Object.entries(by).map(([m, n]) => `${n} ${m}`).join(', ');
  const onClaims = claims.length < reviews.length ? ` of its ${claims.length} claims (each ${Math.floor(reviews.length / claims.length)}–${Math.ceil(reviews.length / claims.length)}×)` : '';
  row(`review re-anchoring, ${reviews.length.toLocaleString('en')} reviews`, `${anchorMs.toFixed(2)} ms on the ${articleKB.toFixed(0)} KB article${onClaims} after a pasted paragraph (target ≤ 20 ms; ${counts})`);
}

// (c) 200 documents opened, analysed, edited and closed, in a fresh process (--expose-gc).
const cyc = runChild('cycles', 200);
row(`open/edit/close × ${cyc.cycles}, heap after GC`, `${cyc.beforeMB.toFixed(1)} MB → ${cyc.afterMB.toFixed(1)} MB = ${cyc.growthMB >= 0 ? '+' : ''}${cyc.growthMB.toFixed(2)} MB (${(cyc.ms / cyc.cycles).toFixed(1)} ms a cycle)`);

// ------------------------------------------------------------ the CLI, whole processes
// What a newsroom running `kilde annotate` over its files feels: start-up, reading, analysis and
// the JSON written, against a wink-nlp script doing readDoc per paragraph over the same file, also
// as a whole process. Best of three each, alternating, so both see the same machine load.
{
  const work = mkdtempSync(join(tmpdir(), 'kilde-bench-'));
  try {
    const cli = join(root, 'dist', 'cli', 'kilde.js');
    const bigFile = join(work, 'big.txt');
    writeFileSync(bigFile, repeatTo(5));
    const winkScript = join(work, 'wink.cjs');
    writeFileSync(winkScript, [
      `const nlp = require(${JSON.stringify(require.resolve('wink-nlp'))})(require(${JSON.stringify(require.resolve('wink-eng-lite-web-model'))}));`,
      `const text = require('node:fs').readFileSync(process.argv[2], 'utf8');`,
      'let tokens = 0, entities = 0;',
      'for (const p of text.split(/\\n\\s*\\n/)) { if (!p.trim()) continue; const doc = nlp.readDoc(p); tokens += doc.tokens().length(); entities += doc.entities().length(); }',
      'console.log(JSON.stringify({ tokens, entities }));',
    ].join('\n'));
    const wall = (args) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      if (r.status !== 0) {
        console.error(`bench: ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stderr}`);
        process.exit(1);
      }
      return performance.now() - t0;
    };
    const kRuns = [];
    const wRuns = [];
    for (let r = 0; r < 3; r++) {
      if (r % 2) wRuns.push(wall([winkScript, bigFile]));
      kRuns.push(wall([cli, 'annotate', bigFile, '--format', 'json']));
      if (!(r % 2)) wRuns.push(wall([winkScript, bigFile]));
    }
    const kBest = Math.min(...kRuns);
    const wBest = Math.min(...wRuns);
    const fileMB = statSync(bigFile).size / 1e6;
    row(`CLI, ${fileMB.toFixed(1)} MB file → json, whole process`, `${kBest.toFixed(0)} ms (runs ${kRuns.map((t) => t.toFixed(0)).join(' / ')})`);
    row('wink-nlp script, same file, whole process', `${wBest.toFixed(0)} ms (runs ${wRuns.map((t) => t.toFixed(0)).join(' / ')})`);
    row('CLI ratio Kilde : wink-nlp (best of 3)', `${(wBest / kBest).toFixed(2)}× (target ≥ 2×)`);

    // A folder of article-sized files, as an archive is: JSON lines, files on every core (the
    // default) and on one thread.
    const folderMB = quick ? 20 : 200;
    const folder = join(work, 'archive');
    let files = 0;
    let bytes = 0;
    let batch = [];
    let size = 0;
    outer: for (;;) {
      for (const p of paragraphs) {
        batch.push(p);
        size += p.length;
        if (size < seed.length) continue;
        const dir = join(folder, String(Math.floor(files / 500)).padStart(3, '0'));
        if (files % 500 === 0) mkdirSync(dir, { recursive: true });
        const text = batch.join('\n\n') + '\n';
        writeFileSync(join(dir, `${String(files).padStart(6, '0')}.txt`), text);
        files++;
        bytes += Buffer.byteLength(text);
        batch = [];
        size = 0;
        if (bytes >= folderMB * 1e6) break outer;
      }
    }
    const cores = availableParallelism();
    // Threads asked for by name: below about 50 MB the CLI would keep to one on its own.
    const allMs = wall([cli, 'annotate', folder, '--jobs', String(cores)]);
    const oneMs = wall([cli, 'annotate', folder, '--jobs', '1']);
    row(`CLI, folder of ${(bytes / 1e6).toFixed(0)} MB (${files} files) → JSON lines`, `${(bytes / 1e6 / (allMs / 1000)).toFixed(2)} MB/s on ${cores} threads, ${(bytes / 1e6 / (oneMs / 1000)).toFixed(2)} MB/s on 1 (${(oneMs / allMs).toFixed(2)}×)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
