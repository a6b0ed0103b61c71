// The one entry point: analyze(text, options) → Analysis. Paragraph-local
// work (entities, raw claims) is separated from the document-level passes
// (speakers, canonical sources, conflicting figures) so that an editor can
// re-run only the paragraphs an edit touched.

import type {
  Analysis, AnalyzeOptions, Claim, Entity, Lang, NumberEntity, SourceEntity, SourceRecord, Span, Statement,
} from './model';
import { detectLanguageOfParagraphs } from './lang/detect';
import { findDateline } from './dateline';
import { Paragraph, segment } from './text/segment';
import { detectPlaces, PlaceHit } from './places/detect';
import { tailType } from './places/cues';
import { detectNumbers, NumberHit } from './numbers/detect';
import { linkConflictsSteps } from './numbers/conflicts';
import { attributeParagraph, ParagraphAttribution } from './sources/claims';
import { AttributionResolver, createResolver } from './sources/resolve';
import { creditMentions } from './sources/credits';
import type { PlaceLookup } from './sources/phrases';
import { lineIndex } from './text/lines';
import { runToEnd } from './steps';

/** Kinds of place that an organisation speaking under the same name is not (a hospital, a company named for a valley). */
const ORG_NOT_PLACE = new Set(['facility', 'landform']);
/** A place hit that an organisation speaking under the same name is not. A municipality is a place
 *  that speaks ("Stord kommune ber om …"), whatever its name is on its own (Stord is an island):
 *  the place reader's own tail words say which names are one ("kommune", "fylke"). */
function orgNotPlace(text: string, h: PlaceHit): boolean {
  if (!ORG_NOT_PLACE.has(h.meta.placeType)) return false;
  const last = text.lastIndexOf(' ', h.end - 1);
  return last < h.start || tailType(text.slice(last + 1, h.end).toLowerCase()) !== 'region';
}

/** Number kinds that are not a checkable figure on their own (a lone weekday or ordinal). */
const NOT_A_FIGURE = new Set(['ordinal']);

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return runToEnd(analyzeSteps(text, options));
}

// Large texts are read in slices of whole paragraphs: tokens live only while
// their slice is read, and a caller can pause (or stop) between slices.
const SLICE_CHARS = 1 << 17;

/** The analysis as a sequence of steps, one per slice of the text; returns the Analysis. */
export function* analyzeSteps(text: string, options: AnalyzeOptions = {}): Generator<number, Analysis> {
  const dateline = findDateline(text);
  const referenceDate = dateline?.date ?? options.referenceDate;
  let language: Lang | undefined = options.language && options.language !== 'auto' ? options.language : undefined;
  const acc: SliceResult = { places: [], numbers: [], resolver: undefined, sentences: [], tokens: 0, paragraphs: 0 };
  for (const [from, to] of sliceBounds(text)) {
    const paragraphs = segment(text, from, to);
    language ??= detectLanguageOfParagraphs(paragraphs);
    acc.resolver ??= createResolver(language, text);
    readSlice(text, paragraphs, language, referenceDate, acc);
    acc.resolver.add(acc.sliceAttributions!, creditMentions(text, dateline, from, to, language !== 'en'));
    acc.sliceAttributions = undefined;
    yield to;
  }
  // The document-level passes yield too, so a caller stays responsive on huge texts.
  return yield* assemble(text, language ?? 'nb', dateline, acc);
}

/** What the slices found; no tokens are kept. */
export interface SliceResult {
  places: PlaceHit[];
  numbers: NumberHit[];
  /** Speakers are resolved slice by slice, in document order. */
  resolver: AttributionResolver | undefined;
  sliceAttributions?: ParagraphAttribution[];
  paragraphs: number;
  /** Sentence spans, for unattributed statements. */
  sentences: Span[];
  tokens: number;
}

function readSlice(text: string, paragraphs: Paragraph[], language: Lang, referenceDate: string | undefined, acc: SliceResult): void {
  const placeHits = detectPlaces(text, paragraphs, language);
  const places = placeLookup(placeHits);
  for (const h of placeHits) acc.places.push(h);
  for (const h of detectNumbers(text, paragraphs, { language, referenceDate })) acc.numbers.push(h);
  acc.sliceAttributions = [];
  acc.paragraphs += paragraphs.length;
  for (const p of paragraphs) {
    acc.sliceAttributions.push(attributeParagraph(text, p, language, places));
    for (const s of p.sentences) {
      acc.sentences.push({ start: s.start, end: s.end });
      acc.tokens += s.tokens.length;
    }
  }
}

/** Slice ends at a blank line (or, failing that, a line break) after every SLICE_CHARS. */
function sliceBounds(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (text.length - from > SLICE_CHARS * 1.5) {
      const want = from + SLICE_CHARS;
      const blank = text.indexOf('\n\n', want);
      const line = text.indexOf('\n', want);
      if (blank >= 0 && blank - want < SLICE_CHARS / 2) to = blank + 1;
      else if (line >= 0) to = line + 1;
    }
    out.push([from, to]);
    from = to;
  }
  if (out.length === 0) out.push([0, 0]);
  return out;
}

/** Runs the document-level passes to the end without yielding. */
export function assembleNow(text: string, language: Lang, dateline: Analysis['dateline'], acc: SliceResult): Analysis {
  return runToEnd(assemble(text, language, dateline, acc));
}

// The whole-document passes give the caller a turn every STEP_ITEMS items, so
// that on a text of tens of megabytes no single step holds it for long.
const STEP_ITEMS = 1 << 14;

function* assemble(text: string, language: Lang, dateline: Analysis['dateline'], acc: SliceResult): Generator<number, Analysis> {
  const { numbers: numberHits } = acc;
  const attribution = yield* (acc.resolver ?? createResolver(language)).finishSteps(STEP_ITEMS, text.length);
  // Between the passes only a long text gives the caller a turn: a short one is done sooner
  // than the turn would take.
  const pause = text.length > SLICE_CHARS;
  if (pause) yield text.length;

  // A name that speaks as a person is a person, even where a town has the same name ("sier Gram").
  // One that speaks as an organisation is one where the place read was a building or a landform
  // ("Haukeland universitetssjukehus opplyser", as NorNE reads a hospital).
  const { mentions, names, sources: resolvedSources } = attribution;
  let personSpans: Set<number> | undefined;
  let orgSpans: Set<number> | undefined;
  for (const m of mentions) {
    const type = resolvedSources[m.sourceId].sourceType;
    if (type === 'person') (personSpans ??= new Set()).add(spanKey(m));
    else if (type === 'organisation') (orgSpans ??= new Set()).add(spanKey(m));
  }
  const placeHits = personSpans || orgSpans ? acc.places.filter((h) => !personSpans?.has(spanKey(h)) && !(orgSpans?.has(spanKey(h)) && orgNotPlace(text, h))) : acc.places;
  // Entities in document order; ids are positions in that order. Each detector's list is
  // sorted already, so one merge of the four builds them in order, ids and all: on equal
  // spans a source mention comes first, then a place, a figure, a name.
  const entities: Entity[] = [];
  const numberEntities: NumberEntity[] = new Array(numberHits.length);
  /** Entity ids of each source's mentions, by source id. */
  const mentionIds: Array<number[] | undefined> = new Array(resolvedSources.length);
  let mi = 0;
  let pi = 0;
  let ni = 0;
  let ki = 0;
  for (let id = 0; ; id++) {
    if (id % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    let list = -1;
    let start = Infinity;
    let end = Infinity;
    if (mi < mentions.length) { list = 0; start = mentions[mi].start; end = mentions[mi].end; }
    if (pi < placeHits.length && before(placeHits[pi], start, end)) { list = 1; start = placeHits[pi].start; end = placeHits[pi].end; }
    if (ni < numberHits.length && before(numberHits[ni], start, end)) { list = 2; start = numberHits[ni].start; end = numberHits[ni].end; }
    if (ki < names.length && before(names[ki], start, end)) { list = 3; start = names[ki].start; end = names[ki].end; }
    if (list < 0) break;
    const span = text.slice(start, end);
    if (list === 0) {
      const m = mentions[mi++];
      const src = resolvedSources[m.sourceId];
      const meta: SourceEntity['meta'] = { canonical: src.name, sourceType: src.sourceType, sourceId: m.sourceId };
      if (m.role) meta.role = m.role;
      entities.push({ id, kind: 'source', start, end, text: span, meta });
      const ids = mentionIds[m.sourceId];
      if (ids) ids.push(id); else mentionIds[m.sourceId] = [id];
    } else if (list === 1) {
      entities.push({ id, kind: 'place', start, end, text: span, meta: placeHits[pi++].meta });
    } else if (list === 2) {
      // The detector's meta is shared, not copied: only the few figures with a rival get their own (below).
      const e: NumberEntity = { id, kind: 'number', start, end, text: span, meta: numberHits[ni].meta };
      entities.push(e);
      numberEntities[ni++] = e;
    } else {
      // Everyone named, speaking or not; a span that is also a source mention is listed as both.
      const n = names[ki++];
      entities.push(n.type === 'person'
        ? { id, kind: 'person', start, end, text: span, meta: n.meta }
        : { id, kind: 'organisation', start, end, text: span, meta: n.meta });
    }
  }
  if (pause) yield text.length;

  // Conflicting figures point at entity ids.
  const conflicts = yield* linkConflictsSteps(numberHits, STEP_ITEMS, text.length);
  for (let hit = 0; hit < conflicts.length; hit++) {
    if (hit % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const others = conflicts[hit];
    if (!others.length) continue;
    const e = numberEntities[hit];
    e.meta = { ...e.meta, conflictsWith: others.map((o) => numberEntities[o].id) };
  }

  // Sources and claims, claims in document order. The resolver nearly always lists them in
  // that order already; only when it does not are they reordered and their ids mapped.
  if (pause) yield text.length;
  const lines = lineIndex(text);
  const resolvedClaims = attribution.claims;
  const order = claimOrder(resolvedClaims);
  const claimId = order && idsOf(order);
  if (pause) yield text.length;
  const claims: Claim[] = [];
  for (let id = 0; id < resolvedClaims.length; id++) {
    if (id % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const c = resolvedClaims[order ? order[id] : id];
    const claim: Claim = {
      id,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      source: c.source,
      sourceIds: c.sourceIds,
      cue: c.cue,
      cueSpan: { start: c.cueStart, end: c.cueEnd },
      kind: c.kind,
      line: lines.lineAt(c.start),
    };
    if (c.sourceSpan) claim.sourceSpan = c.sourceSpan;
    if (c.via) claim.via = c.via;
    claims.push(claim);
  }
  if (pause) yield text.length;
  const sources: SourceRecord[] = [];
  for (const s of resolvedSources) {
    if (s.id % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const r: SourceRecord = {
      id: s.id,
      name: s.name,
      sourceType: s.sourceType,
      mentions: mentionIds[s.id] ?? [],
      // The resolver's own list, ascending already, when the claims kept their order.
      claims: claimId ? renumber(s.claims, claimId) : s.claims,
    };
    if (s.role) r.role = s.role;
    sources.push(r);
  }

  if (pause) yield text.length;
  const statements = yield* findStatements(text, acc.sentences, numberEntities, claims, lines);
  const analysis: Analysis = {
    version: 1,
    language,
    entities,
    claims,
    sources,
    statements,
    stats: { chars: text.length, tokens: acc.tokens, sentences: acc.sentences.length, paragraphs: acc.paragraphs },
  };
  if (dateline) analysis.dateline = dateline;
  return analysis;
}

// The rare cases below are functions of their own: if the large generator above met one only
// after it was optimised, the engine would throw its optimised code away and compile it again.

/** The claims' indexes in order of position, stably; undefined when they are in that order already. */
function claimOrder(claims: ReadonlyArray<{ start: number }>): number[] | undefined {
  for (let k = 1; k < claims.length; k++) {
    if (claims[k].start < claims[k - 1].start) return claims.map((_, i) => i).sort((a, b) => claims[a].start - claims[b].start || a - b);
  }
  return undefined;
}

/** The new id of each old index, from the old indexes in their new order. */
function idsOf(order: number[]): number[] {
  const ids: number[] = new Array(order.length);
  for (let id = 0; id < order.length; id++) ids[order[id]] = id;
  return ids;
}

/** Old claim indexes as new ids, ascending. */
function renumber(list: number[], ids: number[]): number[] {
  return list.map((c) => ids[c]).sort((a, b) => a - b);
}

/** A span as one number, for a Set of spans. */
function spanKey(a: Span): number {
  return a.start * 0x4000000 + (a.end - a.start);
}

/** Whether `a` comes before the span (start, end) in document order. */
function before(a: Span, start: number, end: number): boolean {
  return a.start < start || (a.start === start && a.end < end);
}

/** Sentences stating a figure that no claim covers. */
function* findStatements(
  text: string,
  sentences: Span[],
  numbers: NumberEntity[],
  claims: Claim[],
  lines: ReturnType<typeof lineIndex>,
): Generator<number, Statement[]> {
  const figures: NumberEntity[] = [];
  for (const e of numbers) if (!NOT_A_FIGURE.has(e.meta.kind) && !isLoneDay(e)) figures.push(e);
  const out: Statement[] = [];
  let f = 0;
  let c = 0;
  for (let si = 0; si < sentences.length; si++) {
    if (si % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const s = sentences[si];
    while (f < figures.length && figures[f].end <= s.start) f++;
    // Most sentences state no figure: the list of them is made only for a sentence no claim covers.
    if (f >= figures.length || figures[f].start >= s.end) continue;
    while (c < claims.length && claims[c].end <= s.start) c++;
    let claimed = false;
    for (let k = c; k < claims.length && claims[k].start < s.end; k++) {
      if (claims[k].end > s.start) { claimed = true; break; }
    }
    if (claimed) continue;
    const inside: number[] = [];
    for (let k = f; k < figures.length && figures[k].start < s.end; k++) inside.push(figures[k].id);
    out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), numbers: inside, line: lines.lineAt(s.start) });
  }
  return out;
}

// A weekday or a month on its own dates an event but states nothing to check.
function isLoneDay(e: NumberEntity): boolean {
  return e.meta.kind === 'date' && e.meta.value === undefined && !/\d/.test(e.text);
}

export function placeLookup(hits: PlaceHit[]): PlaceLookup {
  const starts = hits.map((h) => h.start);
  return (start, end) => {
    // Binary search for the last hit starting at or before `start`.
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= start) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    for (let k = Math.max(0, found); k < hits.length && hits[k].start < end; k++) {
      const h = hits[k];
      // The phrase must be the place itself: "Russia's defence ministry" is not a country.
      if (h.start <= start && h.end >= end) {
        const t = h.meta.placeType;
        return { country: t === 'country' || t === 'capital', nameEndsInS: h.meta.name.endsWith('s') };
      }
    }
    return undefined;
  };
}
