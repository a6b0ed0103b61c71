// Re-analysis after an edit: paragraphs whose text did not change keep their
// results (moved by the edit's length difference), and only the paragraphs
// the edit touched are read again. The document-level passes (speakers,
// sources, conflicting figures) then run over all paragraphs, which is cheap.
//
// Place names in re-read paragraphs are decided with that paragraph's own
// evidence; the rest keep the whole-document decisions of the last full run.
// Call update(text, { full: true }) once typing stops to bring those back in
// line with analyze() exactly.

import type { Analysis, AnalyzeOptions, Lang, Span } from './model';
import { SliceResult, assembleNow, placeLookup } from './analyze';
import { findDateline } from './dateline';
import { detectLanguageOfParagraphs } from './lang/detect';
import { detectNumbers, NumberHit } from './numbers/detect';
import { detectPlaces, PlaceHit } from './places/detect';
import { attributeParagraph, ParagraphAttribution } from './sources/claims';
import { bylineMentions, creditMentions } from './sources/credits';
import type { Mention } from './sources/phrases';
import { createResolver } from './sources/resolve';
import { Paragraph, paragraphSpans, segment } from './text/segment';

interface CachedParagraph {
  start: number;
  end: number;
  places: PlaceHit[];
  numbers: NumberHit[];
  attribution: ParagraphAttribution;
  /** Picture credits in the paragraph ("Foto: … / AP"). */
  credits: Mention[];
  sentences: Span[];
  tokens: number;
  /** Every object above that holds an offset, each once (a mention can be both a speaker and a channel). */
  movable: Span[];
}

export interface IncrementalOptions extends AnalyzeOptions {
  /** Read every paragraph again (after typing stops), as analyze() does. */
  full?: boolean;
}

export interface IncrementalStats {
  paragraphs: number;
  /** Paragraphs read again by the last update. */
  reread: number;
}

export class IncrementalAnalyzer {
  private cache: CachedParagraph[] = [];
  private cacheKey = '';
  private language: Lang = 'nb';
  /** The text the cache was made from. */
  private lastText = '';
  lastStats: IncrementalStats = { paragraphs: 0, reread: 0 };

  update(text: string, options: IncrementalOptions = {}): Analysis {
    const dateline = findDateline(text);
    const referenceDate = dateline?.date ?? options.referenceDate;
    const key = `${options.language ?? 'auto'}|${referenceDate ?? ''}`;
    let next: CachedParagraph[];
    if (options.full || key !== this.cacheKey || this.cache.length === 0) {
      next = this.readAll(text, options, referenceDate);
      this.lastStats = { paragraphs: next.length, reread: next.length };
    } else {
      next = this.reuse(text, paragraphSpans(text), referenceDate);
    }
    this.cache = next;
    this.cacheKey = key;
    this.lastText = text;

    const acc: SliceResult = { places: [], numbers: [], resolver: createResolver(this.language, text), sentences: [], tokens: 0, paragraphs: next.length };
    for (const p of next) {
      for (const h of p.places) acc.places.push(h);
      for (const h of p.numbers) acc.numbers.push(h);
      for (const sp of p.sentences) acc.sentences.push(sp);
      acc.tokens += p.tokens;
    }
    const standalone = bylineMentions(text, dateline);
    for (const p of next) for (const m of p.credits) standalone.push(m);
    acc.resolver!.add(next.map((p) => p.attribution), standalone);
    return assembleNow(text, this.language, dateline, acc);
  }

  /** Every paragraph, with whole-document place decisions: the same results as analyze(). */
  private readAll(text: string, options: AnalyzeOptions, referenceDate: string | undefined): CachedParagraph[] {
    const paragraphs = segment(text);
    this.language = options.language && options.language !== 'auto' ? options.language : detectLanguageOfParagraphs(paragraphs);
    return this.read(text, paragraphs, referenceDate);
  }

  private read(text: string, paragraphs: Paragraph[], referenceDate: string | undefined): CachedParagraph[] {
    const places = detectPlaces(text, paragraphs, this.language);
    const numbers = detectNumbers(text, paragraphs, { language: this.language, referenceDate });
    const lookup = placeLookup(places);
    let pi = 0;
    let ni = 0;
    return paragraphs.map((p) => {
      const own = <T extends Span>(hits: T[], i: number): [T[], number] => {
        const out: T[] = [];
        while (i < hits.length && hits[i].start < p.end) out.push(hits[i++]);
        return [out, i];
      };
      let ps: PlaceHit[];
      let ns: NumberHit[];
      [ps, pi] = own(places, pi);
      [ns, ni] = own(numbers, ni);
      let tokens = 0;
      const sentences: Span[] = [];
      for (const s of p.sentences) {
        sentences.push({ start: s.start, end: s.end });
        tokens += s.tokens.length;
      }
      const attribution = attributeParagraph(text, p, this.language, lookup);
      const credits = creditMentions(text, undefined, p.start, p.end, this.language !== 'en');
      return {
        start: p.start, end: p.end, places: ps, numbers: ns, attribution, credits,
        sentences, tokens, movable: movableSpans(ps, ns, sentences, attribution, credits),
      };
    });
  }

  /** Keeps the unchanged paragraphs before and after the edit; reads the rest. */
  private reuse(text: string, spans: Span[], referenceDate: string | undefined): CachedParagraph[] {
    const old = this.cache;
    const before = this.lastText;
    const same = commonEnds(before, text);
    let head = 0;
    // A paragraph inside the unchanged start of the text, with the same bounds, is the same paragraph.
    while (head < old.length && head < spans.length && old[head].start === spans[head].start
      && old[head].end === spans[head].end && spans[head].end <= same.prefix) head++;
    let tail = 0;
    // Paragraphs after the edit moved by the change in length.
    const delta = text.length - before.length;
    const unchangedFrom = text.length - same.suffix;
    while (tail < old.length - head && tail < spans.length - head) {
      const o = old[old.length - 1 - tail];
      const s = spans[spans.length - 1 - tail];
      if (o.end - o.start !== s.end - s.start || o.start + delta !== s.start || s.start < unchangedFrom) break;
      tail++;
    }
    const changed = spans.slice(head, spans.length - tail);
    const reread = changed.length ? this.read(text, changed.map((s) => segment(text, s.start, s.end)[0] ?? emptyParagraph(s)), referenceDate) : [];
    this.lastStats = { paragraphs: spans.length, reread: reread.length };
    const moved = old.slice(old.length - tail);
    if (delta !== 0) for (const p of moved) shiftParagraph(p, delta);
    return [...old.slice(0, head), ...reread, ...moved];
  }
}

/**
 * How many characters two texts share at the start and at the end (not
 * overlapping). Found by halving with whole-substring comparisons, which the
 * engine does as a block compare: far faster than a loop over characters.
 */
export function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const n = Math.min(a.length, b.length);
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(0, mid) === b.slice(0, mid)) lo = mid; else hi = mid - 1;
  }
  const prefix = lo;
  lo = 0;
  hi = n - prefix;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid) === b.slice(b.length - mid)) lo = mid; else hi = mid - 1;
  }
  return { prefix, suffix: lo };
}

function emptyParagraph(s: Span): Paragraph {
  return { start: s.start, end: s.end, tokens: [], sentences: [] };
}

// ------------------------------------------------------------ moving cached results
//
// The paragraphs after an edit move by its length difference. Their cached
// objects are moved in place rather than copied: nothing the analysis returns
// points at them (assemble and the resolver build their own objects), and on a
// long article copying them was most of an edit's cost.

function movableSpans(places: PlaceHit[], numbers: NumberHit[], sentences: Span[], a: ParagraphAttribution, credits: Mention[]): Span[] {
  const seen = new Set<Span>();
  const add = (s: Span) => { seen.add(s); };
  places.forEach(add);
  numbers.forEach(add);
  sentences.forEach(add);
  a.mentions.forEach(add);
  a.names.forEach(add);
  credits.forEach(add);
  for (const c of a.claims) {
    add(c);
    c.via.forEach(add);
    const sp = c.speaker;
    if (sp.kind === 'named') sp.mentions.forEach(add);
    else if (sp.kind === 'pronoun') sp.local.forEach(add);
  }
  return [...seen];
}

function shiftParagraph(p: CachedParagraph, d: number): void {
  p.start += d;
  p.end += d;
  for (const s of p.movable) {
    s.start += d;
    s.end += d;
  }
  for (const c of p.attribution.claims) {
    c.cueStart += d;
    c.cueEnd += d;
  }
  const starts = p.attribution.sentences;
  for (let k = 0; k < starts.length; k++) starts[k] += d;
  for (const m of p.attribution.names) m.sentence += d;
}
