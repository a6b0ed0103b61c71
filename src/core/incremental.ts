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
import { attributeParagraph, ParagraphAttribution, RawClaim } from './sources/claims';
import { creditMentions } from './sources/credits';
import type { Mention, Speaker } from './sources/phrases';
import { createResolver } from './sources/resolve';
import { Paragraph, paragraphSpans, segment } from './text/segment';

interface CachedParagraph {
  start: number;
  end: number;
  text: string;
  places: PlaceHit[];
  numbers: NumberHit[];
  attribution: ParagraphAttribution;
  sentences: Span[];
  tokens: number;
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
  /** Length of the text the cache was made from. */
  private textLength = 0;
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
    this.textLength = text.length;

    const acc: SliceResult = { places: [], numbers: [], resolver: createResolver(this.language), sentences: [], tokens: 0, paragraphs: next.length };
    for (const p of next) {
      for (const h of p.places) acc.places.push(h);
      for (const h of p.numbers) acc.numbers.push(h);
      for (const sp of p.sentences) acc.sentences.push(sp);
      acc.tokens += p.tokens;
    }
    acc.resolver!.add(next.map((p) => p.attribution), creditMentions(text, dateline));
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
      return {
        start: p.start, end: p.end, text: text.slice(p.start, p.end), places: ps, numbers: ns,
        attribution: attributeParagraph(text, p, this.language, lookup), sentences, tokens,
      };
    });
  }

  /** Keeps the unchanged paragraphs before and after the edit; reads the rest. */
  private reuse(text: string, spans: Span[], referenceDate: string | undefined): CachedParagraph[] {
    const old = this.cache;
    let head = 0;
    // Compared in place (startsWith), without cutting each paragraph out of the new text.
    while (head < old.length && head < spans.length && old[head].start === spans[head].start
      && old[head].end === spans[head].end && text.startsWith(old[head].text, spans[head].start)) head++;
    let tail = 0;
    // Paragraphs after the edit moved by the change in length.
    const delta = text.length - this.textLength;
    while (tail < old.length - head && tail < spans.length - head) {
      const o = old[old.length - 1 - tail];
      const s = spans[spans.length - 1 - tail];
      if (o.end - o.start !== s.end - s.start || o.start + delta !== s.start || !text.startsWith(o.text, s.start)) break;
      tail++;
    }
    const changed = spans.slice(head, spans.length - tail);
    const reread = changed.length ? this.read(text, changed.map((s) => segment(text, s.start, s.end)[0] ?? emptyParagraph(s)), referenceDate) : [];
    this.lastStats = { paragraphs: spans.length, reread: reread.length };
    const moved = old.slice(old.length - tail).map((p) => shiftParagraph(p, delta));
    return [...old.slice(0, head), ...reread, ...moved];
  }
}

function emptyParagraph(s: Span): Paragraph {
  return { start: s.start, end: s.end, tokens: [], sentences: [] };
}

// ------------------------------------------------------------ moving cached results

function shiftParagraph(p: CachedParagraph, d: number): CachedParagraph {
  if (d === 0) return p;
  return {
    start: p.start + d,
    end: p.end + d,
    text: p.text,
    places: p.places.map((h) => ({ ...h, start: h.start + d, end: h.end + d })),
    numbers: p.numbers.map((h) => ({ ...h, start: h.start + d, end: h.end + d })),
    attribution: {
      claims: p.attribution.claims.map((c) => shiftClaim(c, d)),
      mentions: p.attribution.mentions.map((m) => shiftMention(m, d)),
    },
    sentences: p.sentences.map((s) => ({ start: s.start + d, end: s.end + d })),
    tokens: p.tokens,
  };
}

function shiftMention(m: Mention, d: number): Mention {
  return { ...m, start: m.start + d, end: m.end + d };
}

function shiftSpeaker(sp: Speaker, d: number): Speaker {
  if (sp.kind === 'named') return { kind: 'named', mentions: sp.mentions.map((m) => shiftMention(m, d)) };
  if (sp.kind === 'pronoun') return { ...sp, local: sp.local.map((m) => shiftMention(m, d)) };
  return sp;
}

function shiftClaim(c: RawClaim, d: number): RawClaim {
  return {
    ...c,
    start: c.start + d,
    end: c.end + d,
    cueStart: c.cueStart + d,
    cueEnd: c.cueEnd + d,
    speaker: shiftSpeaker(c.speaker, d),
    via: c.via.map((m) => shiftMention(m, d)),
  };
}
