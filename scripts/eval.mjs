#!/usr/bin/env node
// Accuracy on the corpus: runs the built CLI over every ../shared/corpus/*.txt
// that has a .gold.json beside it and prints the scorer's tables, then one
// summary table, then the same summary for the two halves of each dev text. The
// summary also scores our own marked-up sentences (test/fixtures/attribution)
// and articles (test/fixtures/articles).
// usage: node scripts/eval.mjs [--errors N] [--json] [--half A|B|B1|B2]
//
// The halves: each text is cut at blank lines into blocks of about 5,000
// characters (an article or two), and the blocks alternate A, B, A, B … Rules
// are built looking at half A only; half B says whether they hold on text
// nobody looked at (DEVELOPERS.md). B1 and B2 are B's blocks taken alternately,
// for a rule that has to be built on B's kinds of text: build on B1, check on B2.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMarked } from './own-gold.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.KILDE_SHARED ?? join(root, '..', 'shared');
const corpus = join(shared, 'corpus');
const scorer = join(shared, 'eval', 'score.mjs');
const own = join(root, 'test', 'fixtures', 'attribution');
const articles = join(root, 'test', 'fixtures', 'articles');
const cli = join(root, 'dist', 'cli', 'kilde.js');
const args = process.argv.slice(2);
const errors = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : '0';
const asJson = args.includes('--json');
const onlyHalf = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined;

if (!existsSync(corpus) || !existsSync(scorer)) {
  console.error(`eval: no corpus at ${corpus} (set KILDE_SHARED to the shared folder)`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error('eval: dist/cli/kilde.js is missing: run `npm run build` first');
  process.exit(2);
}

const BLOCK = 5000;
/** [start, end) ranges of one half of the text. */
export function halfRanges(text, half) {
  const out = [];
  let from = 0;
  for (let k = 0; from < text.length; k++) {
    const cut = text.indexOf('\n\n', from + BLOCK);
    const to = cut < 0 ? text.length : cut + 2;
    const name = k % 2 === 0 ? 'A' : 'B';
    if (name === half || name + ((k >> 1) % 2 === 0 ? '1' : '2') === half) out.push([from, to]);
    from = to;
  }
  return out;
}

/** Gold and prediction cut down to the entities and claims that start in the ranges. */
function restrict(doc, ranges) {
  const inside = (x) => ranges.some(([a, b]) => x.start >= a && x.start < b);
  const scope = doc.scope ? doc.scope.filter(([a]) => ranges.some(([s, e]) => a >= s && a < e)) : undefined;
  return { ...doc, entities: (doc.entities ?? []).filter(inside), claims: (doc.claims ?? []).filter(inside), ...(scope ? { scope } : {}) };
}

// Persons and organisations against NorNE's PER and ORG (gold kind `name`), lenient overlap,
// one-to-one; the scorer does not know these kinds.
function namesF1(gold, pred) {
  const g = (gold.entities ?? []).filter((e) => e.kind === 'name' && (e.type === 'PER' || e.type === 'ORG'));
  if (!g.length) return undefined;
  const p = (pred.entities ?? []).filter((e) => e.kind === 'person' || e.kind === 'organisation');
  const sorted = [...p].sort((a, b) => a.start - b.start);
  const used = new Set();
  let tp = 0;
  for (const e of g) {
    // Predictions are sorted by start: look only at those that could overlap.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].end <= e.start - 200) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < sorted.length && sorted[k].start < e.end; k++) {
      if (!used.has(k) && sorted[k].end > e.start) { used.add(k); tp++; break; }
    }
  }
  const precision = p.length ? tp / p.length : 0;
  const recall = tp / g.length;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

function score(goldPath, predPath, gold, pred, show) {
  const out = {};
  const json = spawnSync(process.execPath, [scorer, goldPath, predPath, '--json'], { encoding: 'utf8' });
  out.summary = JSON.parse(json.stdout).summary;
  const names = namesF1(gold, pred);
  if (names !== undefined) out.summary.names = +names.toFixed(4);
  if (show) out.table = spawnSync(process.execPath, [scorer, goldPath, predPath, '--errors', errors], { encoding: 'utf8' }).stdout;
  return out;
}

const texts = readdirSync(corpus).filter((f) => f.endsWith('.txt') && existsSync(join(corpus, f.replace(/\.txt$/, '.gold.json')))).sort();
const tmp = mkdtempSync(join(tmpdir(), 'kilde-eval-'));
const summaries = {};
const halves = { A: {}, B: {}, B1: {}, B2: {} };
try {
  for (const file of texts) {
    const goldPath = join(corpus, file.replace(/\.txt$/, '.gold.json'));
    const predPath = join(tmp, file.replace(/\.txt$/, '.pred.json'));
    const run = spawnSync(process.execPath, [cli, 'annotate', join(corpus, file), '--format', 'json'], { maxBuffer: 1 << 30, encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(`eval: kilde failed on ${file}: ${run.stderr}`);
      process.exitCode = 1;
      continue;
    }
    writeFileSync(predPath, run.stdout);
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    const pred = JSON.parse(run.stdout);
    const text = readFileSync(join(corpus, file), 'utf8');
    for (const h of onlyHalf ? [onlyHalf] : ['A', 'B']) {
      const ranges = halfRanges(text, h);
      const g = restrict(gold, ranges);
      const p = restrict(pred, ranges);
      const gp = join(tmp, `${h}.gold.json`);
      const pp = join(tmp, `${h}.pred.json`);
      writeFileSync(gp, JSON.stringify(g));
      writeFileSync(pp, JSON.stringify(p));
      // The seed article is one text, not a dev set to split.
      if (text.length > 4 * BLOCK) halves[h][file] = score(gp, pp, g, p, onlyHalf === h && !asJson);
    }
    if (onlyHalf) {
      if (!asJson && halves[onlyHalf][file]) { console.log(`\n== ${file}, half ${onlyHalf}`); process.stdout.write(halves[onlyHalf][file].table); }
      continue;
    }
    const s = score(goldPath, predPath, gold, pred, !asJson);
    summaries[file] = s.summary;
    if (!asJson) {
      console.log(`\n== ${file}`);
      process.stdout.write(s.table);
    }
  }
  // Our own everyday sentences (test/fixtures/attribution) and articles (test/fixtures/articles,
  // one row per language, its articles joined): scored whole, never split.
  if (!onlyHalf) {
    const marked = readdirSync(own).filter((f) => f.endsWith('.txt')).sort()
      .map((file) => ({ name: `own-${file.replace(/\.txt$/, '')}`, where: `attribution/${file}`, text: readFileSync(join(own, file), 'utf8') }));
    for (const lang of existsSync(articles) ? readdirSync(articles).filter((d) => !d.includes('.')).sort() : []) {
      const files = readdirSync(join(articles, lang)).filter((f) => f.endsWith('.txt')).sort();
      marked.push({ name: `articles-${lang}`, where: `articles/${lang}/`, text: files.map((f) => readFileSync(join(articles, lang, f), 'utf8').trim()).join('\n\n') + '\n' });
    }
    for (const { name, where, text: markedText } of marked) {
      const { text, gold } = parseMarked(markedText, name);
      const textPath = join(tmp, `${name}.txt`);
      const goldPath = join(tmp, `${name}.gold.json`);
      const predPath = join(tmp, `${name}.pred.json`);
      writeFileSync(textPath, text);
      writeFileSync(goldPath, JSON.stringify(gold));
      const run = spawnSync(process.execPath, [cli, 'annotate', textPath, '--format', 'json'], { maxBuffer: 1 << 30, encoding: 'utf8' });
      if (run.status !== 0) {
        console.error(`eval: kilde failed on ${name}: ${run.stderr}`);
        process.exitCode = 1;
        continue;
      }
      writeFileSync(predPath, run.stdout);
      const s = score(goldPath, predPath, gold, JSON.parse(run.stdout), !asJson);
      summaries[name] = s.summary;
      if (!asJson) {
        console.log(`\n== ${name} (test/fixtures/${where})`);
        process.stdout.write(s.table);
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const cols = ['place', 'number', 'source', 'claim', 'claimSource', 'claimContent', 'names'];
const pct = (x) => (x === undefined ? '    -' : (100 * x).toFixed(1).padStart(5));
const table = (title, rows) => {
  console.log(`\n== ${title}`);
  console.log(`${'file'.padEnd(28)}${cols.map((c) => c.padStart(13)).join('')}`);
  for (const [file, s] of Object.entries(rows)) console.log(`${file.padEnd(28)}${cols.map((c) => pct(s[c]).padStart(13)).join('')}`);
};
const halfRows = (h) => Object.fromEntries(Object.entries(halves[h]).map(([f, s]) => [f, s.summary]));
if (asJson) {
  console.log(JSON.stringify(onlyHalf ? halfRows(onlyHalf) : { ...summaries, halves: { A: halfRows('A'), B: halfRows('B') } }));
} else if (onlyHalf) {
  table(`half ${onlyHalf} (lenient F1 %)`, halfRows(onlyHalf));
} else {
  table('summary (lenient F1 %; claimSource = % of found claims with the right source; claimContent = character F1 of claim spans to the gold content; names = persons and organisations against NorNE PER and ORG)', summaries);
  for (const h of ['A', 'B']) {
    const rows = Object.fromEntries(Object.entries(halfRows(h)).map(([f, s]) => [`${f.replace(/\.txt$/, '')} ${h}`, s]));
    table(`half ${h}: blocks of ~${BLOCK} characters alternating A, B (rules are built on A; B is the check)`, rows);
  }
}
