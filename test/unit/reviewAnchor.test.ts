import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { AnchoredReview, Claim, Review } from '../../src/core/model';
import { anchorReviews, CONTEXT_RUN, PREFIX_CHARS, selectorsFor, SIMILARITY_MIN } from '../../src/core/review/anchor';

// Reviews are made from the claims of one text, the text is edited, analysed again, and the
// reviews are anchored in the new analysis, as the extension does when an article changes.

const review = (text: string, span: { start: number; end: number }, id: string): Review => ({
  id, verdict: 'false', note: `note ${id}`, author: 'Kari', created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z',
  ...selectorsFor(text, span.start, span.end),
});
const reviewsOf = (text: string, claims = analyze(text).claims): Review[] => claims.map((c, i) => review(text, c, `urn:uuid:r${i}`));

function reanchor(after: string, reviews: readonly Review[]): { anchored: AnchoredReview[]; claims: Claim[] } {
  const claims = analyze(after).claims;
  return { anchored: anchorReviews(after, claims, reviews), claims };
}

/** The claim an anchored review is on, or undefined. */
const claimOf = (a: AnchoredReview, claims: readonly Claim[]) => (a.claimId === undefined ? undefined : claims.find((c) => c.id === a.claimId));

/** A review's output is well formed and honest about where it is (checked after every anchoring below). */
function checkAnchored(text: string, claims: readonly Claim[], reviews: readonly Review[], anchored: readonly AnchoredReview[]): void {
  assert.equal(anchored.length, reviews.length, 'one output per review');
  anchored.forEach((a, i) => {
    assert.equal(a.review, reviews[i], 'outputs in the order given, each with its own review');
    if (a.method === 'detached') {
      assert.equal(a.claimId, undefined);
      if (a.start !== undefined) assert.equal(text.slice(a.start, a.end), a.review.quote.exact, 'a detached review keeps only a span holding its text');
      return;
    }
    const claim = claimOf(a, claims);
    assert.ok(claim, `${a.method} review on a claim that exists`);
    assert.ok(dice(claim.text, a.review.quote.exact) >= SIMILARITY_MIN, `never on a claim less alike than ${SIMILARITY_MIN}: ${JSON.stringify(claim.text)} for ${JSON.stringify(a.review.quote.exact)}`);
    if (a.method === 'fuzzy') assert.deepEqual([a.start, a.end], [claim.start, claim.end]);
    else {
      assert.equal(text.slice(a.start, a.end), a.review.quote.exact, `${a.method}: its exact text is at start/end`);
      assert.ok(a.start! < claim.end && claim.start < a.end!, 'the claim overlaps where its text is');
    }
    if (a.method === 'position') assert.deepEqual([a.start, a.end], [a.review.position.start, a.review.position.end]);
  });
  // Two reviews share a claim only if they shared a span before.
  const home = new Map<number, string>();
  for (const a of anchored) {
    if (a.claimId === undefined) continue;
    const was = `${a.review.position.start}:${a.review.position.end}`;
    assert.equal(home.get(a.claimId) ?? was, was, `claim ${a.claimId} holds reviews from two places`);
    home.set(a.claimId, was);
  }
}

/** Dice on character bigrams, lower-cased, whitespace runs as one space: written again here, not imported. */
function dice(a: string, b: string): number {
  const grams = (s: string) => {
    const t = s.replace(/\s+/g, ' ').trim().toLowerCase();
    const out: string[] = [];
    for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  if (!x.length || !y.length) return a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== '' ? 1 : 0;
  const left = new Map<string, number>();
  for (const g of x) left.set(g, (left.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of y) {
    const n = left.get(g) ?? 0;
    if (n > 0) {
      shared++;
      left.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

const NB = 'Politiet opplyste at 12 personer ble skadd. Ordfører Kari Nes sier at kommunen vil hjelpe.';
const ARTICLE = [
  'Politiet opplyste at 12 personer ble skadd i brannen. Ordfører Kari Nes sier at kommunen vil hjelpe de rammede.',
  '– Vi har aldri sett noe lignende, sa brannsjef Ola Berg til NTB.',
  'Ifølge Statens vegvesen er riksvei 7 stengt mellom Gol og Geilo.',
  'Rektor Eva Lunde forteller at skolen holder stengt fredag. Hun sier at elevene får beskjed på SMS.',
  'Statsforvalteren mener at kommunen burde varslet tidligere.',
].join('\n\n');

describe('review anchoring: selectors', () => {
  it('stores the span with 32 characters each side, fewer at the edges', () => {
    const start = ARTICLE.indexOf('Vi har aldri');
    const { quote, position } = selectorsFor(ARTICLE, start, start + 12);
    assert.deepEqual(position, { type: 'TextPositionSelector', start, end: start + 12 });
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(quote.exact, 'Vi har aldri');
    assert.equal(PREFIX_CHARS, 32);
    assert.equal(quote.prefix, ARTICLE.slice(start - 32, start));
    assert.equal(quote.suffix, ARTICLE.slice(start + 12, start + 44));
    const first = selectorsFor(NB, 0, 8);
    assert.equal(first.quote.prefix, '');
    const last = selectorsFor(NB, NB.length - 7, NB.length);
    assert.equal(last.quote.suffix, '');
    assert.equal(selectorsFor(NB, 5, 30).quote.prefix, NB.slice(0, 5));
  });

  it('never cuts a surrogate pair at the outer ends of its context', () => {
    const text = '😀'.repeat(40) + 'Politiet sier at brannen er slukket.' + '😀'.repeat(40);
    const start = text.indexOf('Politiet');
    const end = start + 'Politiet'.length;
    for (const shift of [0, 1]) {
      const { quote } = selectorsFor(text, start + shift, end + shift);
      for (const side of [quote.prefix, quote.suffix]) assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(side), JSON.stringify(side));
    }
  });
});

describe('review anchoring: edits', () => {
  it('finds every review at its old offsets in unchanged text', () => {
    const reviews = reviewsOf(ARTICLE);
    assert.ok(reviews.length >= 6);
    const { anchored, claims } = reanchor(ARTICLE, reviews);
    checkAnchored(ARTICLE, claims, reviews, anchored);
    assert.deepEqual(anchored.map((a) => a.method), reviews.map(() => 'position'));
    assert.deepEqual(anchored.map((a) => a.claimId), claims.map((c) => c.id));
  });

  it('follows its claim by quote when a paragraph is inserted above', () => {
    const reviews = reviewsOf(NB);
    const lead = 'Brannen startet i natt, opplyser nødetatene.\n\n';
    const after = lead + NB;
    const { anchored, claims } = reanchor(after, reviews);
    checkAnchored(after, claims, reviews, anchored);
    assert.deepEqual(anchored.map((a) => a.method), ['quote', 'quote']);
    anchored.forEach((a) => {
      assert.equal(claimOf(a, claims)?.text, a.review.quote.exact);
      assert.equal(a.start, a.review.position.start + lead.length);
    });
  });

  it('follows a slightly rewritten claim (fuzzy) and detaches from a wholly rewritten one', () => {
    const reviews = reviewsOf(NB);
    const slight = NB.replace('12 personer ble skadd', '12 personer ble hardt skadd');
    let { anchored, claims } = reanchor(slight, reviews);
    checkAnchored(slight, claims, reviews, anchored);
    assert.equal(anchored[0].method, 'fuzzy');
    assert.equal(claimOf(anchored[0], claims)?.text, '12 personer ble hardt skadd');
    assert.equal(anchored[1].method, 'quote');

    const whole = NB.replace('12 personer ble skadd', 'ingen kom til skade i brannen');
    ({ anchored, claims } = reanchor(whole, reviews));
    checkAnchored(whole, claims, reviews, anchored);
    assert.ok(claims.some((c) => c.text === 'ingen kom til skade i brannen'), 'the rewritten claim is still a claim');
    assert.equal(anchored[0].method, 'detached');
    assert.equal(anchored[0].start, undefined);
    assert.equal(anchored[1].method, 'quote');
  });

  it('detaches, never loses, the review of a deleted paragraph', () => {
    const reviews = reviewsOf(ARTICLE);
    const gone = '– Vi har aldri sett noe lignende, sa brannsjef Ola Berg til NTB.\n\n';
    const after = ARTICLE.replace(gone, '');
    const { anchored, claims } = reanchor(after, reviews);
    checkAnchored(after, claims, reviews, anchored);
    const lost = anchored.find((a) => a.review.quote.exact === 'Vi har aldri sett noe lignende');
    assert.equal(lost?.method, 'detached');
    assert.equal(anchored.filter((a) => a.method === 'detached').length, 1);
    for (const a of anchored) if (a !== lost) assert.equal(claimOf(a, claims)?.text, a.review.quote.exact);
  });

  it('keeps the span of a review whose text is still there when no claim is', () => {
    const reviews = reviewsOf(NB);
    const anchored = anchorReviews(NB, [], reviews);
    assert.deepEqual(anchored.map((a) => [a.method, a.claimId, a.start, a.end]), reviews.map((r) => ['detached', undefined, r.position.start, r.position.end]));
  });

  it('keeps a review on its claim when only the sentence after it is rewritten', () => {
    const reviews = reviewsOf(NB);
    const after = NB.replace('Ordfører Kari Nes sier', 'Varaordfører Per Ås mener');
    const { anchored, claims } = reanchor(after, reviews);
    checkAnchored(after, claims, reviews, anchored);
    assert.equal(anchored[0].method, 'position');
    assert.equal(claimOf(anchored[0], claims)?.text, '12 personer ble skadd');
    // And when it moved too.
    const moved = 'Brannen startet i natt.\n\n' + after;
    const second = reanchor(moved, reviews);
    checkAnchored(moved, second.claims, reviews, second.anchored);
    assert.deepEqual([second.anchored[0].method, claimOf(second.anchored[0], second.claims)?.text], ['quote', '12 personer ble skadd']);
  });

  it('keeps reviews given in any order in that order', () => {
    const reviews = reviewsOf(ARTICLE).reverse();
    const after = 'Oppdatert kl. 12.\n\n' + ARTICLE;
    const { anchored, claims } = reanchor(after, reviews);
    checkAnchored(after, claims, reviews, anchored);
    assert.ok(anchored.every((a) => a.method === 'quote' && claimOf(a, claims)?.text === a.review.quote.exact));
  });

  it('detaches a review with no text instead of placing it anywhere', () => {
    const r = { ...review(NB, { start: 21, end: 42 }, 'urn:uuid:empty') };
    r.quote = { ...r.quote, exact: '' };
    const out = anchorReviews(NB, analyze(NB).claims, [r]);
    assert.deepEqual([out[0].method, out[0].claimId, out[0].start], ['detached', undefined, undefined]);
  });
});

describe('review anchoring: lookalikes never take a review', () => {
  const TWO = 'Markets were calm on Tuesday.\n\nTeam Alpha reported that revenue rose.\n\nThe weather was fine on Monday.\n\n'
    + 'Team Beta reported that revenue rose.\n\nShares closed higher.';
  const alphaReview = () => {
    const claims = analyze(TWO).claims;
    assert.deepEqual(claims.map((c) => [c.text, c.source]), [['that revenue rose', 'Team Alpha'], ['that revenue rose', 'Team Beta']]);
    return reviewsOf(TWO, claims);
  };

  it('detaches the review of a deleted claim rather than move it to its lookalike', () => {
    const reviews = alphaReview();
    const after = TWO.replace('Team Alpha reported that revenue rose.\n\n', '');
    const { anchored, claims } = reanchor(after, reviews);
    checkAnchored(after, claims, reviews, anchored);
    assert.equal(anchored[0].method, 'detached');
    assert.equal(anchored[1].method, 'quote');
    assert.equal(claimOf(anchored[1], claims)?.source, 'Team Beta');
    // Without a review of its own on the lookalike, still no jump.
    const alone = anchorReviews(after, claims, [reviews[0]]);
    assert.equal(alone[0].method, 'detached');
  });

  it('detaches the review of a claim whose speaker changed, even at the same offset', () => {
    const reviews = alphaReview();
    for (const after of [TWO.replace('Team Alpha', 'Team Omega'), TWO.replace('Team Alpha', 'Team Gamma Ray')]) {
      const { anchored, claims } = reanchor(after, [reviews[0]]);
      checkAnchored(after, claims, [reviews[0]], anchored);
      assert.equal(anchored[0].method, 'detached', after);
    }
  });

  it('detaches the review of a rewritten claim rather than take the unchanged lookalike', () => {
    const reviews = alphaReview();
    const after = TWO.replace('Team Alpha reported that revenue rose.', 'Team Alpha reported that costs went down sharply.');
    const { anchored, claims } = reanchor(after, [reviews[0]]);
    checkAnchored(after, claims, [reviews[0]], anchored);
    assert.equal(anchored[0].method, 'detached');
  });

  it('refuses a lookalike that lands on the old offset with the same text after it', () => {
    // Deleting from Alpha's paragraph to Omega's puts Omega's claim exactly where Alpha's was,
    // followed by the same words: only the speaker before it differs.
    const before = 'Intro.\n\nTeam Alpha reported that revenue rose.\n\nShares closed higher.\n\nTeam Omega reported that revenue rose.\n\nShares closed higher.';
    const reviews = reviewsOf(before);
    const after = before.slice(0, before.indexOf('Team Alpha')) + 'Team Omega' + before.slice(before.indexOf('Team Omega') + 'Team Omega'.length);
    const { anchored, claims } = reanchor(after, [reviews[0]]);
    assert.equal(claims[0].start, reviews[0].position.start, 'the lookalike is at the old offset');
    checkAnchored(after, claims, [reviews[0]], anchored);
    assert.equal(anchored[0].method, 'detached');
  });

  it('keeps each of two identical sentences\' reviews with its own, by context', () => {
    const dup = 'Politiet sier at brannen er slukket.\n\nDet var mange folk der.\n\nPolitiet sier at brannen er slukket.\n\nSaken oppdateres.';
    const reviews = reviewsOf(dup);
    assert.equal(reviews.length, 2);
    const edits = [
      'Ny innledning her.\n\n' + dup,
      dup.replace('Det var mange folk der.', 'Det var svært mange folk der i kveld, ifølge NTB.'),
      dup.replace('Det var mange folk der.', 'Det var mange folk der.\n\nFlere ble evakuert.'),
    ];
    for (const after of edits) {
      const { anchored, claims } = reanchor(after, reviews);
      checkAnchored(after, claims, reviews, anchored);
      const own = claims.filter((c) => c.text === 'brannen er slukket').map((c) => c.id);
      assert.equal(own.length, 2);
      assert.deepEqual(anchored.map((a) => a.claimId), own, after);
    }
    // The first paragraph deleted: the second keeps its review, though the first's text is now where the first was.
    const after = dup.slice(dup.indexOf('Politiet', 1));
    const { anchored, claims } = reanchor(after, reviews);
    checkAnchored(after, claims, reviews, anchored);
    assert.deepEqual(anchored.map((a) => [a.method, a.claimId]), [['detached', undefined], ['quote', 0]]);
  });

  it('keeps reviews of repeated identical paragraphs in order when text is inserted above them', () => {
    const para = 'Politiet sier at brannen er slukket.';
    const text = Array(5).fill(para).join('\n\n');
    const reviews = reviewsOf(text);
    assert.equal(reviews.length, 5);
    // Shorter than a paragraph: by distance from its old offset alone, each review would be
    // nearer the copy before its own.
    const lead = 'Oppdatert i kveld.\n\n';
    const period = para.length + 2;
    assert.ok(lead.length > period / 2 && lead.length < period);
    const after = lead + text;
    const { anchored, claims } = reanchor(after, reviews);
    checkAnchored(after, claims, reviews, anchored);
    assert.deepEqual(anchored.map((a) => [a.method, a.claimId]), claims.map((c) => ['quote', c.id]));
  });

  it('detaches rather than guess between two rewritten claims in the same context', () => {
    const para = (claim: string) => `Politiet opplyste at ${claim}. Ordfører Kari Nes sier at kommunen vil hjelpe.`;
    const before = `Innledning.\n\n${para('12 personer ble skadd')}\n\nI går: ${para('40 personer ble evakuert')}`;
    const [mine] = reviewsOf(before);
    assert.equal(mine.quote.exact, '12 personer ble skadd');
    // Its own claim rewritten, and the other paragraph's rewritten to something even closer to it.
    const after = `Innledning.\n\n${para('12 personer ble hardt skadd')}\n\nI går: ${para('13 personer ble skadd')}`;
    const { anchored, claims } = reanchor(after, [mine]);
    checkAnchored(after, claims, [mine], anchored);
    assert.ok(dice('13 personer ble skadd', mine.quote.exact) > dice('12 personer ble hardt skadd', mine.quote.exact));
    assert.equal(anchored[0].method, 'detached');
    // With the other paragraph's claim far from it, its own is found.
    const clear = `Innledning.\n\n${para('12 personer ble hardt skadd')}\n\nI går: ${para('40 personer ble evakuert')}`;
    const { anchored: found, claims: clearClaims } = reanchor(clear, [mine]);
    assert.deepEqual([found[0].method, claimOf(found[0], clearClaims)?.text], ['fuzzy', '12 personer ble hardt skadd']);
  });

  it('leaves two reviews on one claim only if they were on one span before', () => {
    const claim = analyze(NB).claims[0];
    const same = [review(NB, claim, 'a'), review(NB, claim, 'b')];
    const both = anchorReviews(NB, analyze(NB).claims, same);
    assert.deepEqual(both.map((a) => a.claimId), [0, 0]);
    const near = [review(NB, claim, 'a'), review(NB, { start: claim.start, end: claim.end - 1 }, 'b')];
    const one = anchorReviews(NB, analyze(NB).claims, near);
    assert.deepEqual(one.map((a) => [a.method, a.claimId]), [['position', 0], ['detached', undefined]]);
  });
});

// ------------------------------------------------------------ properties

const PARAGRAPHS = ARTICLE.split('\n\n');
const FILLER = [
  'Brannen startet i natt, opplyser nødetatene.', 'Været var kaldt og klart.', 'Veien ble åpnet igjen ved midnatt.',
  'Direktør Anne Moe sier at selskapet vil bygge nytt.', 'The mayor said that the bridge would reopen on Friday.',
  '«Dette er alvorlig», sier Hansen.', 'Ifølge NTB var 40 mannskaper i arbeid.', 'Saken oppdateres.',
];
const SNIPPETS = [' ', 'x', 'sa', ' sier at ', '.', '\n\n', 'Oslo', '12', 'ikke ', '–', '«', 'hardt '];

type Edit = { kind: 'insert'; at: number; piece: string } | { kind: 'delete'; at: number; length: number };
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constantFrom(...FILLER).map((p) => `${p}\n\n`), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
);
function apply(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  return e.kind === 'insert' ? text.slice(0, at) + e.piece + text.slice(at) : text.slice(0, at) + text.slice(at + e.length);
}

describe('review anchoring: properties', () => {
  it('never loses a review, and places none on a claim less alike than the threshold', () => {
    const reviews = reviewsOf(ARTICLE);
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      const after = edits.reduce(apply, ARTICLE);
      const { anchored, claims } = reanchor(after, reviews);
      checkAnchored(after, claims, reviews, anchored);
      assert.deepEqual(anchored.map((a) => a.review.id), reviews.map((r) => r.id));
    }), { numRuns: 300 });
  });

  it('keeps every review whose claim and context an edit did not touch on a claim with its text', () => {
    const reviews = reviewsOf(ARTICLE);
    const paragraphEdit = fc.record({ index: fc.nat(PARAGRAPHS.length), insert: fc.option(fc.constantFrom(...FILLER)) });
    fc.assert(fc.property(paragraphEdit, ({ index, insert }) => {
      // One paragraph inserted before paragraph `index`, or paragraph `index` deleted.
      const parts = [...PARAGRAPHS];
      if (insert !== null) parts.splice(index, 0, insert);
      else parts.splice(Math.min(index, parts.length - 1), 1);
      const after = parts.join('\n\n');
      const { anchored, claims } = reanchor(after, reviews);
      checkAnchored(after, claims, reviews, anchored);
      for (const a of anchored) {
        const { exact, prefix, suffix } = a.review.quote;
        const stillThere = after.includes(prefix.slice(-CONTEXT_RUN) + exact + suffix.slice(0, CONTEXT_RUN));
        if (!stillThere) continue;
        assert.ok(a.method === 'position' || a.method === 'quote', `${a.method} for ${exact}`);
        assert.equal(claimOf(a, claims)?.text, exact);
      }
    }), { numRuns: 60 });
  });

  it('never moves a review to a lookalike claim, whatever happens to its own', () => {
    const speakers = ['Team Alpha', 'Team Beta', 'Team Omega', 'Acme Corp', 'Reuters', 'Oxfam', 'Police'];
    const pair = fc.tuple(fc.constantFrom(...speakers), fc.constantFrom(...speakers)).filter(([a, b]) => a !== b);
    const fate = fc.constantFrom('delete', 'speaker', 'rewrite', 'delete-between');
    fc.assert(fc.property(pair, fc.constantFrom(...FILLER, ''), fc.constantFrom(...FILLER, ''), fate, ([own, other], between, after0, what) => {
      const mine = `${own} reported that revenue rose.`;
      const theirs = `${other} reported that revenue rose.`;
      const text = ['Markets were calm.', mine, between, theirs, after0].filter(Boolean).join('\n\n');
      const claims0 = analyze(text).claims.filter((c) => c.text === 'that revenue rose');
      if (claims0.length !== 2) return; // the analyzer did not read both (not what is tested here)
      const r = review(text, claims0[0], 'mine');
      let after: string;
      if (what === 'delete') after = text.replace(`${mine}\n\n`, '');
      else if (what === 'speaker') after = text.replace(own, 'The council');
      else if (what === 'rewrite') after = text.replace(mine, `${own} reported that costs went down sharply.`);
      else after = text.slice(0, text.indexOf(mine)) + text.slice(text.indexOf(theirs));
      const { anchored, claims } = reanchor(after, [r]);
      checkAnchored(after, claims, [r], anchored);
      const on = claimOf(anchored[0], claims);
      assert.ok(!on || on.source === own, `moved to ${on?.source}'s claim in ${JSON.stringify(after)}`);
    }), { numRuns: 200 });
  });

  it('follows a rewritten claim exactly when its text is alike enough', () => {
    const reviews = reviewsOf(NB);
    const old = '12 personer ble skadd';
    const words = ['tolv', 'personer', 'ble', 'lettere', 'hardt', 'skadd', 'i', 'brannen', 'ingen', 'kom', 'til', 'skade', '14', '12', 'mange'];
    const rewrite = fc.oneof(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 7 }).map((ws) => ws.join(' ')), fc.constant(old), fc.constant('12 personer ble hardt skadd'));
    fc.assert(fc.property(rewrite, (rewritten) => {
      const after = NB.replace(old, rewritten);
      const { anchored, claims } = reanchor(after, reviews);
      checkAnchored(after, claims, reviews, anchored);
      const target = claims.find((c) => c.text === rewritten);
      if (!target) return; // the analyzer read no claim of exactly these words
      const alike = dice(rewritten, old) >= SIMILARITY_MIN;
      assert.equal(anchored[0].claimId === target.id, alike, `${JSON.stringify(rewritten)}: ${anchored[0].method}, dice ${dice(rewritten, old).toFixed(2)}`);
      if (alike) assert.equal(anchored[0].method, rewritten === old ? 'position' : 'fuzzy');
    }), { numRuns: 200 });
  });
});
