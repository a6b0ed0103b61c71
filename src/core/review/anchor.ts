// Finding a fact-checker's review again after the article changed. A review stores the claim's
// text with some of the text around it (W3C TextQuoteSelector) and its offsets
// (TextPositionSelector). Each review is tried, in order:
//
//   1. position: its text is still at its old offsets, in its context;
//   2. quote:    its text is found elsewhere, in its context (the best context wins; ties go to
//                the occurrence nearest to where the shift of its neighbours puts it);
//   3. fuzzy:    its text was rewritten: the current claim with both sides of the old context
//                and text at least SIMILARITY_MIN alike, clearly ahead of any other such claim;
//   4. detached: none of these. A review is never dropped.
//
// Context is what tells a claim from its lookalike elsewhere ("Team Alpha reported that revenue
// rose" / "Team Beta reported that revenue rose": same claim text, other speaker). Text
// similarity alone, as in Hypothesis's fuzzy fallback (hypothesis/client#7571), moves a verdict
// onto the lookalike. "In its context" means both sides agree (CONTEXT_RUN), or one side does and
// the other, which changed, does not hold the claim's reporting verb or named speaker: an edit
// beside a claim (the next sentence rewritten) keeps its review, but a lookalike, whose speaker
// sits just where its context differs, is refused. The fuzzy step always needs both sides. The
// price: a review whose claim moved AND whose speaker's side changed detaches rather than guess.
//
// Found text belongs to the current claim that overlaps it most (overlap / union of the spans),
// and only if that claim's text is at least SIMILARITY_MIN alike to the review's: whichever way a
// review is placed, it never lands on a claim less alike than that. When the text is still there
// in its context but no claim belongs to it (the analyzer no longer reads a claim there), the
// review is 'detached' but keeps start/end, so an editor can show where its text is; no fuzzy
// search is made then, since any claim elsewhere could only be a lookalike. For attached reviews
// start/end is where the review's text was found (position, quote) or the claim's span (fuzzy).
//
// Two reviews end up on one claim only if they were on the same span before. Otherwise the one
// placed most surely (exact text with both sides of its context, then with one side, then fuzzy;
// then the better context or similarity; then the nearer to where it was expected; then the
// earlier given) keeps the claim, and the others are detached without start/end: where they
// belong is then unknown.
import type { AnchorMethod, AnchoredReview, Claim, Review, Span, TextPositionSelector, TextQuoteSelector } from '../model';
import { isHighSurrogate } from '../text/tokenize';

/** Characters of context stored on each side of a claim (as Hypothesis does). */
export const PREFIX_CHARS = 32;

/**
 * One side of the context agrees when the characters next to the span, read outwards and with
 * whitespace runs counted as one space, equal the stored side's for at least this many characters
 * (or all of the stored side, when it is shorter: cut by the text's edge). Edits farther out do
 * not matter; an edit within these characters (a speaker's name, the reporting verb) does, since
 * that is just where a lookalike claim differs from the reviewed one. A text edge where the stored
 * side went on is a disagreement like any other character.
 */
export const CONTEXT_RUN = 16;

/**
 * Least Dice coefficient on character bigrams (lower-cased, whitespace runs as one space)
 * between a claim's text and the review's text for the review to be on that claim. 0.75 keeps a
 * changed figure or an added word in a short sentence ("12 personer ble skadd" → "14 personer ble
 * skadd" is 0.90, "→ 12 personer ble hardt skadd" 0.87) and refuses a sentence rewritten in other
 * words (0.29 for "ingen kom til skade i brannen"). Similar letters are not the same meaning ("that
 * revenue rose" → "that revenue fell" is 0.75): a 'fuzzy' review is one to look at again.
 */
export const SIMILARITY_MIN = 0.75;

/** In the fuzzy step, how far ahead of the runner-up the best claim must be: otherwise it is a guess between lookalikes. */
export const FUZZY_MARGIN = 0.1;

/**
 * Characters searched on each side of the place a review is expected at (its old offset moved by
 * the shift the review before it needed) before the whole text is searched. Wide enough for the
 * shift of a typical pasted or deleted paragraph between two reviews; the whole text is searched
 * only when the window has no occurrence with its full context.
 */
export const QUOTE_WINDOW = 4096;

/** Quote and position selectors for text[start, end): prefix/suffix of PREFIX_CHARS (32) characters each (fewer at the text's edges). */
export function selectorsFor(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = Math.max(0, s - PREFIX_CHARS);
  let to = Math.min(text.length, e + PREFIX_CHARS);
  // Never half a surrogate pair at the outer ends: the sidecar would hold a lone surrogate.
  if (from > 0 && from < s && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < text.length && to > e && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(from, s), suffix: text.slice(e, to) },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/**
 * Every review, in the order given, with where it belongs now: one output per input, never fewer.
 * `claims` are the current analysis's claims (sorted by start, as Analysis.claims is); a review belongs to a claim whose span
 * [claim.start, claim.end) it anchors to (exactly, or overlapping it most: see the top of this file).
 */
export function anchorReviews(text: string, claims: readonly Claim[], reviews: readonly Review[]): AnchoredReview[] {
  const ctx = new AnchorContext(text, claims);
  const placed: Placement[] = new Array(reviews.length);
  // In the order of the old text, so that each review's shift predicts the next one's.
  let shift = 0;
  for (const i of byOldStart(reviews)) {
    const p = place(ctx, reviews[i], shift);
    if (p.start !== undefined && p.method !== 'fuzzy') shift = p.start - oldStartOf(reviews[i]);
    placed[i] = p;
  }
  settleConflicts(reviews, placed);
  return placed.map((p, i) => toAnchored(reviews[i], p));
}

// ------------------------------------------------------------ placing one review

interface Placement {
  method: AnchorMethod;
  claimId?: number;
  start?: number;
  end?: number;
  /** How surely it was placed: see `surer`. */
  tier: number;
  /** Within a tier: context score (exact text) or similarity (fuzzy), 0–1. */
  score: number;
  /** Distance from where the review was expected. */
  distance: number;
}

const DETACHED: Placement = { method: 'detached', tier: 0, score: 0, distance: 0 };

// Tiers of certainty, for settling two reviews on one claim.
const FUZZY_TIER = 1;
const ONE_SIDED_TIER = 2;
const BOTH_SIDES_TIER = 3;

/** A review as searched: its context normalised once. */
interface Wanted {
  exact: string;
  prefix: string;
  suffix: string;
  expected: number;
}

function place(ctx: AnchorContext, review: Review, shift: number): Placement {
  const wanted = wantedOf(review, shift);
  if (!wanted) return DETACHED;
  return atPosition(ctx, wanted, review.position) ?? byQuote(ctx, wanted) ?? byFuzzy(ctx, wanted);
}

function wantedOf(review: Review, shift: number): Wanted | undefined {
  const { quote } = review;
  if (!quote || typeof quote.exact !== 'string' || quote.exact === '') return undefined;
  return {
    exact: quote.exact,
    prefix: normaliseSpace(typeof quote.prefix === 'string' ? quote.prefix : ''),
    suffix: normaliseSpace(typeof quote.suffix === 'string' ? quote.suffix : ''),
    expected: oldStartOf(review) + shift,
  };
}

/** Step 1: the text at its old offsets, in its context. */
function atPosition(ctx: AnchorContext, w: Wanted, position: TextPositionSelector): Placement | undefined {
  const at = position?.start;
  if (!Number.isInteger(at) || position.end - at !== w.exact.length || !ctx.text.startsWith(w.exact, at)) return undefined;
  return exactAt(ctx, w, at, 'position');
}

/** Step 2: the text elsewhere, in its context; first near where it is expected. */
function byQuote(ctx: AnchorContext, w: Wanted): Placement | undefined {
  // Most reviews moved by what the one before them moved: try just there first.
  const there = ctx.text.startsWith(w.exact, w.expected) ? exactAt(ctx, w, w.expected, 'quote') : undefined;
  if (there && isFull(there)) return there;
  const near = bestOccurrence(ctx, w, w.expected - QUOTE_WINDOW, w.expected + QUOTE_WINDOW);
  // An occurrence with all its stored context beats any outside the window: none scores higher, and all are farther.
  if (near && isFull(near)) return near;
  return bestOccurrence(ctx, w, 0, ctx.text.length);
}

/** Found with all of its stored context: no occurrence scores higher. */
const isFull = (p: Placement) => p.tier === BOTH_SIDES_TIER && p.score === 1;

/** The surest placement among occurrences starting in [from, to]. */
function bestOccurrence(ctx: AnchorContext, w: Wanted, from: number, to: number): Placement | undefined {
  const lo = Math.max(0, from);
  const hi = Math.min(ctx.text.length, to + w.exact.length);
  // indexOf on the window itself: on the whole text, the search after the window's last
  // occurrence would read on to the end of the text.
  const hay = lo === 0 && hi === ctx.text.length ? ctx.text : ctx.text.slice(lo, hi);
  let best: Placement | undefined;
  for (let i = hay.indexOf(w.exact); i !== -1; i = hay.indexOf(w.exact, i + 1)) {
    const p = exactAt(ctx, w, lo + i, 'quote');
    if (p && (!best || surer(p, best))) best = p;
  }
  return best;
}

/**
 * The review's text found at `at`: placed there if its context agrees on both sides, or on one
 * side when the other, which changed, does not hold the claim's reporting verb or speaker. An
 * edit beside a claim (the next sentence rewritten) then keeps its review, while a lookalike
 * claim, whose speaker sits just where its context differs, is refused.
 */
function exactAt(ctx: AnchorContext, w: Wanted, at: number, method: 'position' | 'quote'): Placement | undefined {
  const fit = contextAt(ctx.text, w, at);
  if (!fit.prefixAgrees && !fit.suffixAgrees) return undefined;
  const end = at + w.exact.length;
  const claim = ctx.claimOver(at, end, w.exact);
  const both = fit.prefixAgrees && fit.suffixAgrees;
  if (!both && !(claim && changedSideIsBeside(claim, fit.prefixAgrees ? 'suffix' : 'prefix'))) return undefined;
  const placement: Placement = {
    method: claim ? method : 'detached', start: at, end,
    tier: both ? BOTH_SIDES_TIER : ONE_SIDED_TIER, score: fit.score, distance: Math.abs(at - w.expected),
  };
  if (claim) placement.claimId = claim.id;
  return placement;
}

/** Whether the claim's cue and named speaker stay clear of the PREFIX_CHARS on the given side of it. */
function changedSideIsBeside(claim: Claim, side: 'prefix' | 'suffix'): boolean {
  const [from, to] = side === 'prefix' ? [claim.start - PREFIX_CHARS, claim.start] : [claim.end, claim.end + PREFIX_CHARS];
  const clear = (s: Span | undefined) => !s || s.end <= from || s.start >= to;
  return clear(claim.cueSpan) && clear(claim.sourceSpan);
}

/** Step 3: a claim rewritten from the review's text, in the review's context, and no other near it in similarity. */
function byFuzzy(ctx: AnchorContext, w: Wanted): Placement {
  const wantedBigrams = bigrams(w.exact);
  let best: Claim | undefined;
  let bestScore = 0;
  let runnerUp = 0;
  for (const claim of ctx.claimsInContext(w)) {
    const score = dice(wantedBigrams, bigrams(claim.text));
    if (score > bestScore) {
      runnerUp = bestScore;
      bestScore = score;
      best = claim;
    } else if (score > runnerUp) {
      runnerUp = score;
    }
  }
  if (!best || bestScore < SIMILARITY_MIN || bestScore - runnerUp < FUZZY_MARGIN) return DETACHED;
  return {
    method: 'fuzzy', claimId: best.id, start: best.start, end: best.end,
    tier: FUZZY_TIER, score: bestScore, distance: Math.abs(best.start - w.expected),
  };
}

// ------------------------------------------------------------ the current text and its claims

class AnchorContext {
  /** maxEnd[i]: the largest end among claims[0..i], to find every claim overlapping a span. */
  private readonly maxEnd: number[];
  /** Claims by the few characters on each side of them (see contextKey); made on the first fuzzy search. */
  private byContext: Map<string, Claim[]> | undefined;

  constructor(readonly text: string, readonly claims: readonly Claim[]) {
    this.maxEnd = new Array(claims.length);
    let m = -1;
    for (let i = 0; i < claims.length; i++) this.maxEnd[i] = m = Math.max(m, claims[i].end);
  }

  /** The claim overlapping [start, end) most (overlap / union), if its text is alike enough to `exact`. */
  claimOver(start: number, end: number, exact: string): Claim | undefined {
    let best: Claim | undefined;
    let bestShare = 0;
    for (let i = this.lastStartingBefore(end); i >= 0 && this.maxEnd[i] > start; i--) {
      const c = this.claims[i];
      const overlap = Math.min(end, c.end) - Math.max(start, c.start);
      if (overlap <= 0) continue;
      const share = overlap / (Math.max(end, c.end) - Math.min(start, c.start));
      if (share > bestShare || (share === bestShare && best && c.start < best.start)) {
        best = c;
        bestShare = share;
      }
    }
    if (!best) return undefined;
    const same = best.start === start && best.end === end;
    return same || textSimilarity(best.text, exact) >= SIMILARITY_MIN ? best : undefined;
  }

  /** Claims whose context agrees with the review's on both sides. */
  claimsInContext(w: Wanted): Claim[] {
    const key = wantedKey(w);
    const pool = key === undefined ? this.claims : (this.claimIndex().get(key) ?? []);
    return pool.filter((c) => {
      const prefixRun = runBefore(this.text, c.start, w.prefix);
      const suffixRun = runAfter(this.text, c.end, w.suffix);
      return prefixRun >= needed(w.prefix) && suffixRun >= needed(w.suffix);
    });
  }

  private claimIndex(): Map<string, Claim[]> {
    if (this.byContext) return this.byContext;
    const index = new Map<string, Claim[]>();
    for (const c of this.claims) {
      const key = contextKey(this.text, c.start, c.end);
      if (key === undefined) continue;
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
    return (this.byContext = index);
  }

  /** Index of the last claim starting before `offset`, or -1. */
  private lastStartingBefore(offset: number): number {
    let lo = 0;
    let hi = this.claims.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.claims[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

// Agreeing context needs at least min(side, CONTEXT_RUN) characters next to the claim on each
// side; so every claim the review can agree with shares its KEY_CHARS nearest characters on
// both sides, and a map from those finds the few candidates without reading every claim.
const KEY_CHARS = 4;

function contextKey(text: string, start: number, end: number): string | undefined {
  const before = charsBefore(text, start, KEY_CHARS);
  const after = charsAfter(text, end, KEY_CHARS);
  return before.length === KEY_CHARS && after.length === KEY_CHARS ? before + '\u0000' + after : undefined;
}

/** The review's key, or undefined when a stored side is too short for one (then every claim is read). */
function wantedKey(w: Wanted): string | undefined {
  if (w.prefix.length < KEY_CHARS || w.suffix.length < KEY_CHARS) return undefined;
  return w.prefix.slice(-KEY_CHARS) + '\u0000' + w.suffix.slice(0, KEY_CHARS);
}

// ------------------------------------------------------------ context

interface ContextFit {
  prefixAgrees: boolean;
  suffixAgrees: boolean;
  /** Share of the stored context matched from the span outwards, 0–1. */
  score: number;
}

function contextAt(text: string, w: Wanted, start: number): ContextFit {
  const prefixRun = runBefore(text, start, w.prefix);
  const suffixRun = runAfter(text, start + w.exact.length, w.suffix);
  const stored = w.prefix.length + w.suffix.length;
  return {
    prefixAgrees: prefixRun >= needed(w.prefix),
    suffixAgrees: suffixRun >= needed(w.suffix),
    score: stored === 0 ? 1 : (prefixRun + suffixRun) / stored,
  };
}

const needed = (storedSide: string) => Math.min(storedSide.length, CONTEXT_RUN);

/** How many of `prefix`'s last characters the text has just before `at` (whitespace runs as one space). */
function runBefore(text: string, at: number, prefix: string): number {
  let i = at - 1;
  let k = prefix.length - 1;
  while (k >= 0 && i >= 0) {
    let c = text.charCodeAt(i--);
    if (isSpace(c)) {
      while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
      c = 32;
    }
    if (c !== prefix.charCodeAt(k)) break;
    k--;
  }
  return prefix.length - 1 - k;
}

/** How many of `suffix`'s first characters the text has from `at` on (whitespace runs as one space). */
function runAfter(text: string, at: number, suffix: string): number {
  let i = at;
  let k = 0;
  while (k < suffix.length && i < text.length) {
    let c = text.charCodeAt(i++);
    if (isSpace(c)) {
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      c = 32;
    }
    if (c !== suffix.charCodeAt(k)) break;
    k++;
  }
  return k;
}

/** Up to n characters just before `at`, whitespace runs as one space, in text order. */
function charsBefore(text: string, at: number, n: number): string {
  let out = '';
  for (let i = at - 1; i >= 0 && out.length < n; ) {
    let c = text.charCodeAt(i--);
    if (isSpace(c)) {
      while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
      c = 32;
    }
    out = String.fromCharCode(c) + out;
  }
  return out;
}

/** Up to n characters from `at` on, whitespace runs as one space. */
function charsAfter(text: string, at: number, n: number): string {
  let out = '';
  for (let i = at; i < text.length && out.length < n; ) {
    let c = text.charCodeAt(i++);
    if (isSpace(c)) {
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      c = 32;
    }
    out += String.fromCharCode(c);
  }
  return out;
}

// The same characters as \s in a regular expression, so that a stored side normalised with
// /\s+/g is read the same way as the text next to a candidate.
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const normaliseSpace = (s: string) => s.replace(/\s+/g, ' ');
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

// ------------------------------------------------------------ text similarity

/** Dice coefficient on character bigrams, lower-cased, whitespace runs as one space. */
function textSimilarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

interface Bigrams {
  counts: Map<number, number>;
  total: number;
  /** The normalised text, for texts too short to have a bigram. */
  flat: string;
}

function bigrams(s: string): Bigrams {
  const flat = normaliseSpace(s).trim().toLowerCase();
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < flat.length; i++) {
    const key = (flat.charCodeAt(i) << 16) | flat.charCodeAt(i + 1);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts, total: Math.max(0, flat.length - 1), flat };
}

function dice(a: Bigrams, b: Bigrams): number {
  if (a.total === 0 || b.total === 0) return a.flat === b.flat && a.flat !== '' ? 1 : 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [key, n] of small.counts) shared += Math.min(n, large.counts.get(key) ?? 0);
  return (2 * shared) / (a.total + b.total);
}

// ------------------------------------------------------------ more than one review on a claim

function settleConflicts(reviews: readonly Review[], placed: Placement[]): void {
  const onClaim = new Map<number, number[]>();
  placed.forEach((p, i) => {
    if (p.claimId === undefined) return;
    const list = onClaim.get(p.claimId);
    if (list) list.push(i);
    else onClaim.set(p.claimId, [i]);
  });
  for (const indexes of onClaim.values()) {
    if (indexes.length < 2) continue;
    let winner = indexes[0];
    for (const i of indexes) if (surer(placed[i], placed[winner])) winner = i;
    const home = oldSpan(reviews[winner]);
    for (const i of indexes) if (oldSpan(reviews[i]) !== home) placed[i] = DETACHED;
  }
}

/** Whether a was placed more surely than b: tier, then score, then nearness to where it was expected (ties keep b). */
function surer(a: Placement, b: Placement): boolean {
  if (a.tier !== b.tier) return a.tier > b.tier;
  if (a.score !== b.score) return a.score > b.score;
  return a.distance < b.distance;
}

const oldSpan = (r: Review) => `${r.position?.start}:${r.position?.end}`;

// ------------------------------------------------------------ plumbing

const oldStartOf = (r: Review) => (Number.isInteger(r.position?.start) ? r.position.start : 0);

function byOldStart(reviews: readonly Review[]): number[] {
  return reviews.map((_, i) => i).sort((a, b) => oldStartOf(reviews[a]) - oldStartOf(reviews[b]) || a - b);
}

function toAnchored(review: Review, p: Placement): AnchoredReview {
  const out: AnchoredReview = { review, method: p.method };
  if (p.claimId !== undefined) out.claimId = p.claimId;
  if (p.start !== undefined && p.end !== undefined) {
    out.start = p.start;
    out.end = p.end;
  }
  return out;
}
