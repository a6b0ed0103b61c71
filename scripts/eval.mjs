#!/usr/bin/env node
// Accuracy on the corpus: runs the built CLI over every ../shared/corpus/*.txt
// that has a .gold.json beside it and prints the scorer's tables, then one
// summary table. usage: node scripts/eval.mjs [--errors N] [--json]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.KILDE_SHARED ?? join(root, '..', 'shared');
const corpus = join(shared, 'corpus');
const scorer = join(shared, 'eval', 'score.mjs');
const cli = join(root, 'dist', 'cli', 'kilde.js');
const args = process.argv.slice(2);
const errors = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : '0';
const asJson = args.includes('--json');

if (!existsSync(corpus) || !existsSync(scorer)) {
  console.error(`eval: no corpus at ${corpus} (set KILDE_SHARED to the shared folder)`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error('eval: dist/cli/kilde.js is missing: run `npm run build` first');
  process.exit(2);
}

const texts = readdirSync(corpus).filter((f) => f.endsWith('.txt') && existsSync(join(corpus, f.replace(/\.txt$/, '.gold.json')))).sort();
const tmp = mkdtempSync(join(tmpdir(), 'kilde-eval-'));
const summaries = {};
try {
  for (const file of texts) {
    const gold = join(corpus, file.replace(/\.txt$/, '.gold.json'));
    const pred = join(tmp, file.replace(/\.txt$/, '.pred.json'));
    const run = spawnSync(process.execPath, [cli, 'annotate', join(corpus, file), '--format', 'json'], { maxBuffer: 1 << 30, encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(`eval: kilde failed on ${file}: ${run.stderr}`);
      process.exitCode = 1;
      continue;
    }
    writeFileSync(pred, run.stdout);
    const score = spawnSync(process.execPath, [scorer, gold, pred, '--errors', errors], { encoding: 'utf8' });
    const json = spawnSync(process.execPath, [scorer, gold, pred, '--json'], { encoding: 'utf8' });
    summaries[file] = JSON.parse(json.stdout).summary;
    if (!asJson) {
      console.log(`\n== ${file}`);
      process.stdout.write(score.stdout);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (asJson) {
  console.log(JSON.stringify(summaries));
} else {
  const cols = ['place', 'number', 'source', 'claim', 'claimSource'];
  const pct = (x) => (x === undefined ? '    -' : (100 * x).toFixed(1).padStart(5));
  console.log('\n== summary (lenient F1 %; claimSource = % of found claims with the right source)');
  console.log(`${'file'.padEnd(28)}${cols.map((c) => c.padStart(12)).join('')}`);
  for (const [file, s] of Object.entries(summaries)) {
    console.log(`${file.padEnd(28)}${cols.map((c) => pct(s[c]).padStart(12)).join('')}`);
  }
}
