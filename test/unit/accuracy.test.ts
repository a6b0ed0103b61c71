// Regression floors on the shared corpus, just under what the analyzer reaches
// (see `npm run eval` for the full tables). A drop below a floor fails the build.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { toPrediction } from '../../src/core/format/json';

const shared = process.env.KILDE_SHARED ?? join(__dirname, '..', '..', '..', 'shared');
const corpus = join(shared, 'corpus');
const scorer = join(shared, 'eval', 'score.mjs');

const FLOORS: Record<string, Record<string, number>> = {
  'seed-ntb-nordkorea': { place: 0.97, number: 0.97, source: 0.95, claim: 0.97, claimSource: 0.97 },
  // Measured: place .955, number .982, source .909, claim .946, claimSource .928.
  'norne-nob-dev': { place: 0.94, number: 0.975, source: 0.905, claim: 0.943, claimSource: 0.925 },
  // Measured: place .956.
  'norne-nno-dev': { place: 0.945 },
  // Measured: source .760, claim .828, claimSource .914, claimContent .874.
  'polnear-dev': { source: 0.755, claim: 0.825, claimSource: 0.905, claimContent: 0.868 },
};

// Our own everyday sentences (test/fixtures/attribution). Measured: nb source 1.0, claim 1.0,
// claimSource .992; nn 1.0, 1.0, .983; en .981, .989, 1.0.
const OWN_FLOORS: Record<string, Record<string, number>> = {
  nb: { source: 0.96, claim: 0.96, claimSource: 0.95 },
  nn: { source: 0.97, claim: 0.97, claimSource: 0.94 },
  en: { source: 0.95, claim: 0.96, claimSource: 0.97 },
};

// Our own articles (test/fixtures/articles), each language's joined as one text. Measured with
// set 66: nb place .952, source .941, claim .984, claimSource .952; nn .943, .939, .983, .948; en
// .915, .889, .955, .904. (Sets written later are harder texts for Kilde, not Kilde worse: each
// scored higher on this build than on the one before their rules, and the older articles' rows rose;
// the Nynorsk claimSource floor went from .93 to .92 when sets 33 to 37 joined at .929, and both
// rose to .94 when a body's noun far on in the joined file stopped taking an older article's source.
// The Nynorsk source floor went back to .93 when sets 61 to 66 joined: their sources scored .879 to
// .955, none lower than on the build that stop began with; the older articles' .942.)
const ARTICLE_FLOORS: Record<string, Record<string, number>> = {
  nb: { place: 0.94, source: 0.93, claim: 0.97, claimSource: 0.94 },
  nn: { place: 0.93, source: 0.93, claim: 0.97, claimSource: 0.94 },
  en: { place: 0.90, source: 0.87, claim: 0.93, claimSource: 0.90 },
};

describe('accuracy floors on the shared corpus', function () {
  this.timeout(60000);
  let tmp: string;
  before(function () {
    if (!existsSync(scorer)) this.skip();
    tmp = mkdtempSync(join(tmpdir(), 'kilde-acc-'));
  });
  after(() => { if (tmp) rmSync(tmp, { recursive: true, force: true }); });

  /** Scores marked-up text of our own (scripts/own-gold.mjs) against its floors. */
  async function checkMarked(name: string, marked: string, floors: Record<string, number>): Promise<void> {
    const { parseMarked } = await import('../../scripts/own-gold.mjs');
    const { text, gold } = parseMarked(marked, name);
    const goldPath = join(tmp, `${name}.gold.json`);
    const pred = join(tmp, `${name}.json`);
    writeFileSync(goldPath, JSON.stringify(gold));
    writeFileSync(pred, JSON.stringify(toPrediction(analyze(text))));
    const run = spawnSync(process.execPath, [scorer, goldPath, pred, '--json'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const summary = JSON.parse(run.stdout).summary as Record<string, number>;
    for (const [kind, floor] of Object.entries(floors)) {
      assert.ok(summary[kind] >= floor, `${name} ${kind}: ${summary[kind]} < ${floor}`);
    }
  }
  const fixtures = join(__dirname, '..', 'fixtures');

  for (const [lang, floors] of Object.entries(OWN_FLOORS)) {
    it(`own sentences, ${lang}: ${Object.entries(floors).map(([k, v]) => `${k} ≥ ${v}`).join(', ')}`, () =>
      checkMarked(`own-${lang}`, readFileSync(join(fixtures, 'attribution', `${lang}.txt`), 'utf8'), floors));
  }

  for (const [lang, floors] of Object.entries(ARTICLE_FLOORS)) {
    it(`own articles, ${lang}: ${Object.entries(floors).map(([k, v]) => `${k} ≥ ${v}`).join(', ')}`, () => {
      // Joined as scripts/eval.mjs joins them, so the figures are the same.
      const dir = join(fixtures, 'articles', lang);
      const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
      return checkMarked(`articles-${lang}`, files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n') + '\n', floors);
    });
  }

  for (const [name, floors] of Object.entries(FLOORS)) {
    it(`${name}: ${Object.entries(floors).map(([k, v]) => `${k} ≥ ${v}`).join(', ')}`, () => {
      const text = readFileSync(join(corpus, `${name}.txt`), 'utf8');
      const pred = join(tmp, `${name}.json`);
      writeFileSync(pred, JSON.stringify(toPrediction(analyze(text))));
      const run = spawnSync(process.execPath, [scorer, join(corpus, `${name}.gold.json`), pred, '--json'], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const summary = JSON.parse(run.stdout).summary as Record<string, number>;
      for (const [kind, floor] of Object.entries(floors)) {
        assert.ok(summary[kind] >= floor, `${name} ${kind}: ${summary[kind]} < ${floor}`);
      }
    });
  }
});
