import { strict as assert } from 'assert';
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { DocText } from '../../src/extension/analysis/docText';
import { lookup, lookupInTurns } from '../../src/extension/analysis/lookup';
import { runToEnd } from '../../src/core/steps';
import { runInTurns } from '../../src/extension/analysis/turns';
import { around } from '../../src/extension/text/snippet';

/** `text` cut at the given places (sorted, duplicates making empty parts). */
function cutAt(text: string, cuts: number[]): DocText {
  const at = [0, ...cuts.map((c) => Math.min(c, text.length)).sort((a, b) => a - b), text.length];
  return new DocText(at.slice(1).map((end, i) => text.slice(at[i], end)));
}

const textAndCuts = fc.string({ unit: 'binary', maxLength: 300 }).chain((text) =>
  fc.tuple(fc.constant(text), fc.array(fc.nat({ max: text.length }), { maxLength: 12 })));

describe('a document\'s text in parts', () => {
  it('slices like the whole string, across any number of parts, empty ones included', () => {
    fc.assert(fc.property(textAndCuts, fc.integer({ min: -5, max: 310 }), fc.integer({ min: -5, max: 310 }), ([text, cuts], a, b) => {
      const parts = cutAt(text, cuts);
      assert.equal(parts.length, text.length);
      assert.equal(parts.whole(), text);
      const start = Math.max(0, Math.min(a, text.length));
      const end = Math.max(start, Math.min(b, text.length));
      assert.equal(parts.slice(a, b), text.slice(start, end));
      // The part hint left by one slice must not mislead the next, wherever it starts.
      assert.equal(parts.slice(0, text.length), text);
      assert.equal(parts.slice(end, text.length), text.slice(end));
    }), { numRuns: 2000 });
  });

  it('has one empty part for no text, and a single part\'s string as its whole', () => {
    const none = new DocText([]);
    assert.equal(none.length, 0);
    assert.equal(none.slice(0, 5), '');
    assert.equal(none.whole(), '');
    const one = 'Ifølge NTB var det 17 båter i Bodø.';
    assert.equal(DocText.of(one).whole(), one);
  });

  it('gives the same excerpts around a span as the whole string does', () => {
    fc.assert(fc.property(textAndCuts, fc.nat(), fc.nat({ max: 20 }), fc.nat({ max: 40 }), ([text, cuts], at, len, context) => {
      const start = at % (text.length + 1);
      const end = Math.min(text.length, start + len);
      assert.deepEqual(around(cutAt(text, cuts), start, end, context), around(text, start, end, context));
    }), { numRuns: 2000 });
    const words = 'ord '.repeat(40) + 'Bodø' + ' ord'.repeat(40);
    const at = words.indexOf('Bodø');
    assert.deepEqual(around(cutAt(words, [at - 3, at + 2, at + 30]), at, at + 4), around(words, at, at + 4));
  });
});

describe('work in turns', () => {
  const article = readFileSync(join(__dirname, '..', '..', 'examples', 'torskekvote.txt'), 'utf8');
  const big = analyze(Array.from({ length: 160 }, () => article).join('\n\n'));

  it('runs a generator to the same end at once or in turns', async () => {
    function* count(n: number): Generator<void, number> {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        sum += i;
        if (i % 100 === 99) yield;
      }
      return sum;
    }
    assert.equal(runToEnd(count(100_000)), 4_999_950_000);
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    // A budget of 0 ms gives the event loop a turn at every pause.
    const budget = { spent: true, yield: () => new Promise<void>((r) => setTimeout(r, 0)) };
    assert.equal(await runInTurns(count(1000), budget as never), 499_500);
    clearInterval(timer);
    assert.ok(turns >= 5, `only ${turns} turns of the event loop went by`);
  });

  it('builds the same lookup in turns as at once, and shares it', async () => {
    assert.ok(big.entities.length > 4096 * 2, `only ${big.entities.length} entities`);
    const inTurns = await lookupInTurns(big);
    assert.equal(await lookupInTurns(big), inTurns);
    assert.equal(lookup(big), inTurns);
    const copy = structuredClone(big);
    const atOnce = lookup(copy);
    for (const c of big.claims.filter((_, i) => i % 7 === 0)) {
      for (const offset of [c.start, c.end, (c.start + c.end) >> 1]) {
        assert.deepEqual(inTurns.claimsAt(offset, true).map((x) => x.id), atOnce.claimsAt(offset, true).map((x) => x.id));
        assert.deepEqual(inTurns.entitiesAt(offset).map((x) => x.id), atOnce.entitiesAt(offset).map((x) => x.id));
        assert.equal(inTurns.claimAfter(offset)?.id, atOnce.claimAfter(offset)?.id);
        assert.equal(inTurns.claimBefore(offset)?.id, atOnce.claimBefore(offset)?.id);
      }
    }
    const e = big.entities.find((x) => inTurns.claimOf(x));
    assert.ok(e && inTurns.claimOf(e)!.start <= e.start);
  });

  it('finds spans in an analysis whose spans are not in document order', () => {
    const a = structuredClone(big);
    a.claims.reverse();
    a.entities.reverse();
    const c = a.claims[10];
    assert.equal(lookup(a).claimsAt(c.start)[0]?.id, lookup(big).claimsAt(c.start)[0]?.id);
    assert.equal(lookup(a).claimAfter(c.start)?.id, lookup(big).claimAfter(c.start)?.id);
  });
});
