#!/usr/bin/env -S npx tsx
// Scores the place detector on the development corpus in ../shared/corpus and
// measures its speed. Run: npx tsx scripts/eval-places.mjs [--errors N] [--bench]
// Writes predictions to $TMPDIR/kilde-places/*.pred.json and calls the shared scorer.

import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { segment } from '../src/core/text/segment.ts';
import { detectPlaces, explainPlaces } from '../src/core/places/detect.ts';
import { gazetteerLoadStats } from '../src/core/places/gazetteer.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.KILDE_SHARED ?? join(root, '..', 'shared');
const corpus = join(shared, 'corpus');
const args = process.argv.slice(2);
const errIdx = args.indexOf('--errors');
const errors = errIdx >= 0 ? args[errIdx + 1] : '0';
const outDir = join(tmpdir(), 'kilde-places');
mkdirSync(outDir, { recursive: true });

const files = [
  ['norne-nob-dev', 'nb'],
  ['norne-nno-dev', 'nn'],
  ['seed-ntb-nordkorea', 'nb'],
];

const load = gazetteerLoadStats();
console.log(`gazetteer: ${load.keys} keys, ${load.records} records, loaded in ${load.loadMs.toFixed(1)} ms`);

for (const [name, lang] of files) {
  const txtPath = join(corpus, `${name}.txt`);
  if (!existsSync(txtPath)) continue;
  const text = readFileSync(txtPath, 'utf8');
  const hits = explainPlaces(text, segment(text), lang);
  const pred = { entities: hits.map((h) => ({ kind: 'place', start: h.start, end: h.end, text: text.slice(h.start, h.end) })), claims: [] };
  const predPath = join(outDir, `${name}.pred.json`);
  writeFileSync(predPath, JSON.stringify(pred));
  console.log(`\n== ${name} (${lang})`);
  const out = execFileSync('node', [join(shared, 'eval/score.mjs'), join(corpus, `${name}.gold.json`), predPath, '--errors', errors], { encoding: 'utf8' });
  console.log(out.trimEnd());
  if (args.includes('--rules')) {
    // Per-rule precision: a hit is right when it overlaps a gold place.
    const gold = JSON.parse(readFileSync(join(corpus, `${name}.gold.json`), 'utf8')).entities.filter((e) => e.kind === 'place');
    const byRule = {};
    for (const h of hits) {
      const ok = gold.some((g) => g.start < h.end && h.start < g.end);
      const r = (byRule[h.rule] ??= { ok: 0, bad: 0, badEx: [] });
      if (ok) r.ok++; else { r.bad++; if (r.badEx.length < 12) r.badEx.push(text.slice(h.start, h.end)); }
    }
    for (const [r, v] of Object.entries(byRule)) console.log(`  ${r.padEnd(20)} ok ${String(v.ok).padStart(4)} bad ${String(v.bad).padStart(4)}  ${v.badEx.join(' | ')}`);
  }
}

if (args.includes('--bench')) {
  const text = readFileSync(join(corpus, 'norne-nob-dev.txt'), 'utf8');
  const big = text.repeat(Math.ceil(5e6 / text.length));
  const paras = segment(big);
  let tokens = 0;
  for (const p of paras) for (const s of p.sentences) tokens += s.tokens.length;
  detectPlaces(big.slice(0, 100000), segment(big.slice(0, 100000)), 'nb'); // warm up
  // Best of three: the machine is shared, and the first run still warms up.
  let ms = Infinity;
  let hits = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    hits = detectPlaces(big, paras, 'nb');
    ms = Math.min(ms, performance.now() - t0);
  }
  console.log(`\nbench: ${(big.length / 1e6).toFixed(1)} MB, ${tokens} tokens, ${hits.length} places in ${ms.toFixed(0)} ms`
    + ` = ${(big.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s, ${(tokens / 1e6 / (ms / 1000)).toFixed(2)} M tokens/s (detectPlaces only)`);
}
