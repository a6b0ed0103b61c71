import { strict as assert } from 'assert';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { segment } from '../../src/core/text/segment';
import { attributeParagraph } from '../../src/core/sources/claims';
import { createResolver } from '../../src/core/sources/resolve';
import { toBrat, toJson, toMarkdown } from '../../src/core/format';
import { IncrementalAnalyzer } from '../../src/core/incremental';
import type { Analysis, AnalyzeOptions } from '../../src/core/model';
import { fuzz, FuzzEnv, FuzzStats, shrink, summary } from '../../scripts/fuzz.mjs';
import { checkInvariants } from '../fuzz/invariants.mjs';

// A few seconds of scripts/fuzz.mjs on the TypeScript sources, with a fixed
// seed: random, mutated-corpus, generated news and editing-session inputs,
// every one checked against test/fuzz/invariants.mjs, a sample for
// determinism and the output formats, and three 8×-input timing checks.
// `npm run fuzz -- --seconds 300` runs the same loop for longer on the bundle.

const ROOT = join(__dirname, '..', '..');
const shared = process.env.KILDE_SHARED ?? join(ROOT, '..', 'shared');
const corpusDir = join(shared, 'corpus');
// Without the shared corpus the mutations work on generated text instead.
const corpus = existsSync(corpusDir)
  ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8'))
  : [];

const env: FuzzEnv = { analyze, IncrementalAnalyzer, formats: { toJson, toBrat, toMarkdown } };

function describeFailures(stats: FuzzStats): string {
  const lines = [summary(stats)];
  for (const f of stats.failures) {
    lines.push(`\n${f.kind} (${f.generator}, seed ${f.seed}, index ${f.index}): ${f.message}`);
    if (f.stack) lines.push(f.stack);
    const input = f.shrunk ?? f.input ?? f.texts?.[f.texts.length - 1];
    if (input !== undefined) lines.push(`input${f.shrunk !== undefined ? ' (shrunk)' : ''}: ${JSON.stringify(input.slice(0, 500))}`);
  }
  return lines.join('\n');
}

describe('fuzz: analyze on random, mutated and generated text', function () {
  this.timeout(60_000);

  it('breaks no invariant in a few seconds of fuzzing (seed 20241023)', function () {
    // A fixed amount of work, not a fixed time: the first 1,000 inputs of this seed. With a 6-second
    // budget a busy 2-core machine once got through 23 inputs (some 4,000 on an idle one), and the
    // floors below failed. The same inputs every time also make a failure here reproducible.
    // 1,000 took 17–35 s on a 2-core machine with load 10–14; the time limit is only against a hang.
    this.timeout(300_000);
    const stats = fuzz({ env, corpus, seed: 20241023, seconds: 280, maxExecutions: 1000, timingEverySeconds: Infinity, shrinkMs: 5000 });
    console.log(`      ${stats.executions} inputs in ${(stats.elapsedMs / 1000).toFixed(1)} s`);
    assert.equal(stats.failures.length, 0, describeFailures(stats));
    // A run that did next to nothing would pass vacuously.
    assert.equal(stats.executions, 1000, `only ${stats.executions} executions`);
    assert.deepEqual(Object.keys(stats.byGenerator).sort(), ['edits', 'grammar', 'mutate', 'random']);
    for (const [g, s] of Object.entries(stats.byGenerator)) assert.ok(s.executions >= 20, `${g}: only ${s.executions} executions`);
    assert.ok(stats.determinismChecks >= 20 && stats.formatChecks >= 20 && stats.incrementalEdits >= 50, summary(stats));
  });

  it('scales linearly on this seed\'s timing checks (8× input)', function () {
    // The three timing checks the run above made every 2 s, now one before each of 3 inputs, so
    // that they run whatever the machine's speed: a repeated pattern, random text, a generated article.
    this.timeout(120_000);
    const stats = fuzz({ env, corpus, seed: 20241023, seconds: 100, maxExecutions: 3, timingEverySeconds: 0, shrinkMs: 5000 });
    // In CPU time, measured 6–9× ("Oslo ", random) and 14–22× (the article) on a busy 2-core
    // machine; the limit is fuzz.mjs's 40×.
    console.log(`      ${stats.timing.map((t) => `${t.kind}: ${t.smallMs.toFixed(0)} → ${t.bigMs.toFixed(0)} ms of CPU (${t.ratio.toFixed(1)}×)`).join('; ')}`);
    assert.equal(stats.failures.length, 0, describeFailures(stats));
    assert.equal(stats.timing.length, 3, 'not every timing check ran');
  });

  // Found by the fuzzer: time grows with the square of the number of cues in one sentence when
  // a closing quote stands before each cue (", sa hun.» " repeated has no sentence break: lower
  // case after the full stop): every cue scanned to the sentence end (thatFollows in
  // src/core/sources/claims.ts).
  it('stays linear on one long sentence of ", sa hun.» "', () => {
    // CPU time, not the clock: waiting for a core on a busy machine does not count.
    const time = (text: string) => {
      const u0 = process.cpuUsage();
      analyze(text);
      const u = process.cpuUsage(u0);
      return (u.user + u.system) / 1000;
    };
    const small = ', sa hun.» '.repeat(2000);
    const big = ', sa hun.» '.repeat(16000);
    time(small);
    const t1 = Math.min(time(small), time(small), time(small));
    const t8 = Math.min(time(big), time(big));
    console.log(`      ${small.length} chars in ${t1.toFixed(0)} ms, ${big.length} in ${t8.toFixed(0)} ms (${(t8 / Math.max(t1, 5)).toFixed(1)}×)`);
    // 8× the text: measured 7–14× by the clock on a busy 2-core machine (the bound was 20×, under 2×
    // that), 5–20× in CPU time, mostly 10–16× (a few ms for the small text); quadratic, as the bug
    // was, is about 64×. The bound is scripts/fuzz.mjs's timing limit.
    assert.ok(t8 < 40 * Math.max(t1, 5), `${small.length} chars in ${t1.toFixed(0)} ms, ${big.length} in ${t8.toFixed(0)} ms`);
  });

  // A "sier han" with nobody named before looks a few paragraphs ahead for its speaker; in one
  // paragraph of thousands of them, each looked at all the claims after it (quadratic).
  it('resolves a paragraph of thousands of unnamed "sier han" in linear time', () => {
    const resolveCpu = (n: number) => {
      const text = '– Det går bra, sier han. '.repeat(n);
      const attributions = segment(text).map((p) => attributeParagraph(text, p, 'nb', () => undefined));
      const u0 = process.cpuUsage();
      const r = createResolver('nb');
      r.add(attributions, []);
      const claims = r.finish().claims.length;
      const u = process.cpuUsage(u0);
      assert.equal(claims, n);
      return (u.user + u.system) / 1000;
    };
    resolveCpu(4000);
    const t1 = Math.min(resolveCpu(4000), resolveCpu(4000), resolveCpu(4000));
    const t8 = Math.min(resolveCpu(32000), resolveCpu(32000));
    console.log(`      4,000 claims resolved in ${t1.toFixed(0)} ms, 32,000 in ${t8.toFixed(0)} ms (${(t8 / Math.max(t1, 5)).toFixed(1)}×)`);
    // 8× the claims; quadratic, as it was, is about 64×. Same bound as above.
    assert.ok(t8 < 40 * Math.max(t1, 5), `4,000 claims in ${t1.toFixed(0)} ms, 32,000 in ${t8.toFixed(0)} ms`);
  });

  // Found by the fuzzer: every "ifølge X" in one sentence makes a claim over the whole sentence,
  // so the output grows with the square of the input: 40 kB of "ifølge NTB " gives 3,637 claims
  // covering 145 M chars (147 MB of JSON).
  it('keeps the output linear on one long sentence of "ifølge NTB "', () => {
    const text = 'ifølge NTB '.repeat(3637);
    const a = analyze(text);
    const covered = a.claims.reduce((n, c) => n + c.text.length, 0);
    assert.ok(covered <= 20 * text.length, `${a.claims.length} claims cover ${covered} chars of a ${text.length}-char text`);
  });

  // The harness itself: broken analyzers must be caught, and inputs shrunk.
  describe('catches broken analyzers', () => {
    // Each run stops at its first failure or after 300 inputs, whichever comes first; the seconds and
    // the shrinking budget are only against a hang (the shrinking stops when it cannot delete any
    // more). With 20 s and 5 s, a busy machine could stop a run, or a shrink, before its end.
    this.timeout(300_000);
    const quick = { corpus, seed: 7, seconds: 120, maxExecutions: 300, timingEverySeconds: Infinity, shrinkMs: 60_000, maxFailures: 1 };

    it('a throw, shrunk to the character that causes it', () => {
      const broken: FuzzEnv = {
        analyze: (text: string, options?: AnalyzeOptions) => {
          if (text.includes('«')) throw new RangeError('boom');
          return analyze(text, options);
        },
      };
      const stats = fuzz({ ...quick, env: broken, generators: ['grammar'] });
      assert.equal(stats.failures.length, 1);
      const [f] = stats.failures;
      assert.equal(f.kind, 'throw');
      assert.match(f.message, /RangeError: boom/);
      assert.equal(f.shrunk, '«');
    });

    it('a span whose text is not its slice', () => {
      const broken: FuzzEnv = {
        analyze: (text: string, options?: AnalyzeOptions) => {
          const a = analyze(text, options);
          const e = a.entities.find((x) => x.kind === 'number');
          if (e) e.start += 1;
          return a;
        },
      };
      const [f] = fuzz({ ...quick, env: broken, generators: ['grammar'] }).failures;
      assert.equal(f?.kind, 'invariant');
      assert.match(f.message, /number entity #\d+: text .* differs from the slice/);
      assert.ok(f.shrunk !== undefined && f.shrunk.length < f.input!.length);
    });

    it('an offset inside a surrogate pair, a claim past the end, a dangling id', () => {
      const text = '😀 Ifølge NTB er 1500 soldater i Oslo.';
      const a = analyze(text);
      checkInvariants(text, a);
      assert.ok(a.entities.length >= 2 && a.claims.length === 1, JSON.stringify(a.entities));
      const e = a.entities[0];
      const splitPair = { ...a, entities: [{ ...e, start: 1, text: text.slice(1, e.end) }, ...a.entities.slice(1)] } as Analysis;
      assert.throws(() => checkInvariants(text, splitPair), /offset 1 splits a surrogate pair/);
      const c = a.claims[0];
      const pastEnd = { ...a, claims: [{ ...c, end: text.length + 1 }] };
      assert.throws(() => checkInvariants(text, pastEnd), /claim #0: \[\d+, \d+\) outside the text/);
      const dangling = { ...a, claims: [{ ...c, sourceIds: [99] }] };
      assert.throws(() => checkInvariants(text, dangling), /claim #0 points at missing source 99/);
      const reordered = { ...a, entities: [...a.entities].reverse() };
      assert.throws(() => checkInvariants(text, reordered), /entity at position 0 has id/);
    });

    it('nondeterminism', () => {
      let calls = 0;
      const broken: FuzzEnv = {
        analyze: (text: string, options?: AnalyzeOptions) => {
          const a = analyze(text, options);
          if (++calls % 2 === 0) a.stats.tokens++;
          return a;
        },
      };
      const [f] = fuzz({ ...quick, env: broken, generators: ['random', 'grammar'] }).failures;
      assert.equal(f?.kind, 'nondeterministic');
    });

    it('an incremental analyzer that drifts from analyze()', () => {
      class Drifting extends IncrementalAnalyzer {
        override update(text: string, options?: AnalyzeOptions & { full?: boolean }): Analysis {
          const a = super.update(text, options);
          if (options?.full) a.claims = [];
          return a;
        }
      }
      const [f] = fuzz({ ...quick, env: { analyze, IncrementalAnalyzer: Drifting }, generators: ['edits'], maxExecutions: 100 }).failures;
      assert.equal(f?.kind, 'incremental');
      assert.ok(f.texts && f.texts.length >= 2);
    });

    it('quadratic time', () => {
      const slow: FuzzEnv = {
        analyze: (text: string, options?: AnalyzeOptions) => {
          // Touches every earlier character for every 8th one: quadratic.
          let x = 0;
          for (let i = 0; i < text.length; i += 8) for (let j = 0; j < i; j++) x ^= text.charCodeAt(j);
          return x === -1 ? analyze('') : analyze(text.slice(0, 100), options);
        },
      };
      // 8,000 chars, not 4,000: at 32,000 a warm JIT ran the quadratic loop in under the 20 ms floor
      // once (the check then rightly lets it pass as noise, and this test failed).
      // The limit is the one this check had before the default went from 20× to 40×: with its fixed
      // costs this toy measured 38× and more, real quadratic work in the analysis about 64×. What is
      // tested here is that the harness reports a ratio over its limit.
      // The toy's loop is warmed here, at both sizes, before it is timed: once it ran unoptimised in
      // the harness's three small runs (the compiler works in the background, slower on a busy
      // machine) and optimised in the big one, and 64× of work measured under the limit.
      for (let i = 0; i < 3; i++) slow.analyze('x'.repeat(i === 2 ? 64_000 : 8_000));
      const stats = fuzz({ ...quick, env: slow, generators: ['random'], maxExecutions: 20, seconds: 120, timingEverySeconds: 0, timingSize: 8000, timingFloorMs: 20, timingLimit: 20 });
      assert.equal(stats.failures[0]?.kind, 'superlinear', summary(stats));
      assert.match(stats.failures[0].message, /for 8× the input/);
    });

    it('output that grows with the square of the input', () => {
      const wordy: FuzzEnv = {
        // One claim over the whole text per 100 characters, as one per cue in a long sentence would be.
        analyze: (text: string) => {
          const a = analyze(text.slice(0, 100));
          const claims = Array.from({ length: Math.ceil(text.length / 100) }, () => ({ ...a.claims[0], start: 0, end: text.length }));
          return { ...a, claims } as Analysis;
        },
      };
      const stats = fuzz({ ...quick, env: wordy, generators: ['random'], maxExecutions: 5, timingEverySeconds: 0, timingSize: 4000 });
      assert.equal(stats.failures[0]?.kind, 'superlinear', summary(stats));
      assert.match(stats.failures[0].message, /output size: spans of the analysis cover \d+ chars/);
    });

    it('shrink keeps the failure while deleting chunks', () => {
      // A budget far above the microseconds it takes (was 1 s): the shrink stops when it is done.
      const { input } = shrink('abcdefgh«ijklmnop»qrst', (t) => t.includes('«') && t.includes('»'), 60_000);
      assert.equal(input, '«»');
    });
  });
});
