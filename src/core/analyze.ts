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
import { detectNumbers, NumberHit } from './numbers/detect';
import { linkConflictsSteps } from './numbers/conflicts';
import { attributeParagraph, ParagraphAttribution } from './sources/claims';
import { AttributionResolver, createResolver } from './sources/resolve';
import { creditMentions } from './sources/credits';
import type { PlaceLookup } from './sources/phrases';
import { lineIndex } from './text/lines';
import { runToEnd } from './steps';

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
    acc.resolver ??= createResolver(language);
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
  const { places: placeHits, numbers: numberHits } = acc;
  const attribution = yield* (acc.resolver ?? createResolver(language)).finishSteps(STEP_ITEMS, text.length);
  yield text.length;

  // Entities in document order; ids are positions in that order. Each detector's list
  // is sorted already, so a merge orders them in linear time.
  const spanKey = (a: { start: number; end: number }) => a.start * 0x4000000 + (a.end - a.start);
  // A name that speaks as a person is a person, even where a town has the same name ("sier Gram").
  const personSpans = new Set<number>();
  for (const m of attribution.mentions) {
    if (attribution.sources[m.sourceId].sourceType === 'person') personSpans.add(spanKey(m));
  }
  const sourceEntities: Entity[] = [];
  for (let k = 0; k < attribution.mentions.length; k++) {
    if (k % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const m = attribution.mentions[k];
    const src = attribution.sources[m.sourceId];
    const meta: SourceEntity['meta'] = { canonical: src.name, sourceType: src.sourceType, sourceId: m.sourceId };
    if (m.role) meta.role = m.role;
    sourceEntities.push({ id: -1, kind: 'source', start: m.start, end: m.end, text: text.slice(m.start, m.end), meta });
  }
  // Everyone named, speaking or not; a span that is also a source mention is listed as both.
  const nameEntities: Entity[] = [];
  for (let k = 0; k < attribution.names.length; k++) {
    if (k % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const n = attribution.names[k];
    const meta = n.meta;
    nameEntities.push(n.type === 'person'
      ? { id: -1, kind: 'person', start: n.start, end: n.end, text: text.slice(n.start, n.end), meta }
      : { id: -1, kind: 'organisation', start: n.start, end: n.end, text: text.slice(n.start, n.end), meta });
  }
  const placeEntities: Entity[] = [];
  for (let k = 0; k < placeHits.length; k++) {
    if (k % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const h = placeHits[k];
    if (personSpans.has(spanKey(h))) continue;
    placeEntities.push({ id: -1, kind: 'place', start: h.start, end: h.end, text: text.slice(h.start, h.end), meta: h.meta });
  }
  // The detector's meta is shared, not copied: only the few figures with a rival get their own (below).
  const numberEntities: NumberEntity[] = [];
  for (let k = 0; k < numberHits.length; k++) {
    if (k % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const h = numberHits[k];
    numberEntities.push({ id: -1, kind: 'number', start: h.start, end: h.end, text: text.slice(h.start, h.end), meta: h.meta });
  }
  yield text.length;
  const entities = mergeByPosition([sourceEntities, placeEntities, numberEntities, nameEntities]);
  yield text.length;
  for (let id = 0; id < entities.length; id++) {
    if (id % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    entities[id].id = id;
  }
  yield text.length;

  // Conflicting figures point at entity ids.
  const conflicts = yield* linkConflictsSteps(numberHits, STEP_ITEMS, text.length);
  for (let hit = 0; hit < conflicts.length; hit++) {
    if (hit % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const others = conflicts[hit];
    if (!others.length) continue;
    const e = numberEntities[hit];
    e.meta = { ...e.meta, conflictsWith: others.map((o) => numberEntities[o].id) };
  }

  // Sources and claims, claims in document order.
  yield text.length;
  const lines = lineIndex(text);
  yield text.length;
  const order = attribution.claims.map((_, i) => i).sort((a, b) => attribution.claims[a].start - attribution.claims[b].start || a - b);
  yield text.length;
  const claimId = new Map<number, number>();
  order.forEach((old, id) => claimId.set(old, id));
  const claims: Claim[] = [];
  for (let id = 0; id < order.length; id++) {
    if (id % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const c = attribution.claims[order[id]];
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
  yield text.length;
  const sourceEntityIds = new Map<number, number[]>();
  for (let k = 0; k < entities.length; k++) {
    if (k % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const e = entities[k];
    if (e.kind !== 'source') continue;
    const list = sourceEntityIds.get(e.meta.sourceId) ?? [];
    list.push(e.id);
    sourceEntityIds.set(e.meta.sourceId, list);
  }
  yield text.length;
  const sources: SourceRecord[] = [];
  for (const s of attribution.sources) {
    if (s.id % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const r: SourceRecord = {
      id: s.id,
      name: s.name,
      sourceType: s.sourceType,
      mentions: sourceEntityIds.get(s.id) ?? [],
      claims: s.claims.map((c) => claimId.get(c)!).sort((a, b) => a - b),
    };
    if (s.role) r.role = s.role;
    sources.push(r);
  }

  yield text.length;
  const statements = yield* findStatements(text, acc.sentences, entities, claims, lines);
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

/** Merges lists sorted by (start, end) into one; on equal spans the earlier list comes first. */
function mergeByPosition(lists: Entity[][]): Entity[] {
  const out: Entity[] = [];
  const at = lists.map(() => 0);
  const before = (a: Entity, b: Entity) => a.start < b.start || (a.start === b.start && a.end < b.end);
  for (;;) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      const e = lists[l][at[l]];
      if (e && (best < 0 || before(e, lists[best][at[best]]))) best = l;
    }
    if (best < 0) return out;
    out.push(lists[best][at[best]++]);
  }
}

/** Sentences stating a figure that no claim covers. */
function* findStatements(
  text: string,
  sentences: Span[],
  entities: Entity[],
  claims: Claim[],
  lines: ReturnType<typeof lineIndex>,
): Generator<number, Statement[]> {
  const figures = entities.filter((e): e is NumberEntity => e.kind === 'number' && !NOT_A_FIGURE.has(e.meta.kind) && !isLoneDay(e));
  const out: Statement[] = [];
  let f = 0;
  let c = 0;
  for (let si = 0; si < sentences.length; si++) {
    if (si % STEP_ITEMS === STEP_ITEMS - 1) yield text.length;
    const s = sentences[si];
    while (f < figures.length && figures[f].end <= s.start) f++;
    const inside: number[] = [];
    for (let k = f; k < figures.length && figures[k].start < s.end; k++) inside.push(figures[k].id);
    if (!inside.length) continue;
    while (c < claims.length && claims[c].end <= s.start) c++;
    let claimed = false;
    for (let k = c; k < claims.length && claims[k].start < s.end; k++) {
      if (claims[k].end > s.start) { claimed = true; break; }
    }
    if (claimed) continue;
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
        return { country: t === 'country' || t === 'capital' };
      }
    }
    return undefined;
  };
}
