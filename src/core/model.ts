// The data model of one analysis. Every offset is a UTF-16 code-unit offset
// into the analysed text (JavaScript string units, as VS Code uses), start
// inclusive, end exclusive, and every `text` equals `input.slice(start, end)`.

export type Lang = 'nb' | 'nn' | 'en';
export type LangOption = Lang | 'auto';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

// ---------------------------------------------------------------- places

export type PlaceType =
  | 'country'
  | 'capital'
  | 'city'
  | 'town'
  | 'region'
  | 'continent'
  | 'water'
  | 'landform'
  | 'facility'
  | 'street'
  | 'place';

export interface PlaceMeta {
  /** Name as the gazetteer knows it (Norwegian where there is one). */
  name: string;
  placeType: PlaceType;
  /** ISO 3166-1 alpha-2 of the country the place is in (the country itself for a country). */
  countryCode?: string;
  /** The country's name in the analysis language. */
  country?: string;
  population?: number;
  lat?: number;
  lon?: number;
  geonameId?: number;
  /** True when the name was found by context rules only, not in the gazetteer. */
  guessed?: boolean;
}

// ---------------------------------------------------------------- numbers

export type NumberKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'date'
  | 'date-range'
  | 'time'
  | 'datetime'
  | 'age'
  | 'year'
  | 'decade'
  | 'ordinal'
  | 'duration'
  | 'range';

export interface NumberMeta {
  kind: NumberKind;
  /** Normalised value; for ranges the lower bound. Absent for dates. */
  value?: number;
  /** Upper bound of a range. */
  valueEnd?: number;
  /** Currency (ISO 4217), '%', or a unit word (km, tonn, år). */
  unit?: string;
  /** The noun the figure counts ("soldater"), lower-cased as written. */
  counted?: string;
  /** ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY) or date-time. */
  iso?: string;
  /** ISO end of a date range. */
  isoEnd?: string;
  /** True for "ca.", "rundt", "over", "så mange som" … */
  approximate: boolean;
  /** The hedge word as written, when approximate. */
  approxCue?: string;
  /** Ids of other number entities that count the same thing with another value. */
  conflictsWith?: number[];
}

// ---------------------------------------------------------------- sources

export type SourceType =
  | 'person'
  | 'organisation'
  | 'agency'
  | 'media'
  | 'country'
  | 'group'
  | 'document';

export interface SourceMeta {
  /** Canonical name shared by every mention of the same source. */
  canonical: string;
  sourceType: SourceType;
  role?: string;
  /** Index into Analysis.sources. */
  sourceId: number;
}

// ---------------------------------------------------------------- people and organisations

export type NameType = 'person' | 'organisation';

export interface NameMeta {
  /** The entity's most complete name in the text ("Siw Treider" for "Treider"). */
  canonical: string;
  /** A title or role met with the name ("spesialsykepleier for barn"). */
  role?: string;
  /** Index into Analysis.sources when the entity speaks somewhere in the text. */
  sourceId?: number;
}

// ---------------------------------------------------------------- entities

interface EntityBase extends TextSpan {
  /** Position in Analysis.entities, stable for one analysis. */
  id: number;
}

export interface PlaceEntity extends EntityBase {
  kind: 'place';
  meta: PlaceMeta;
}

export interface NumberEntity extends EntityBase {
  kind: 'number';
  meta: NumberMeta;
}

export interface SourceEntity extends EntityBase {
  kind: 'source';
  meta: SourceMeta;
}

/** A person named in the text, speaking or not. */
export interface PersonEntity extends EntityBase {
  kind: 'person';
  meta: NameMeta;
}

/** An organisation, agency or outlet named in the text, speaking or not. */
export interface OrganisationEntity extends EntityBase {
  kind: 'organisation';
  meta: NameMeta;
}

export type Entity = PlaceEntity | NumberEntity | SourceEntity | PersonEntity | OrganisationEntity;
export type EntityKind = Entity['kind'];

// ---------------------------------------------------------------- claims

export type ClaimKind = 'direct' | 'indirect' | 'according-to';

export interface Claim extends TextSpan {
  id: number;
  /** Canonical name of who said it; a pronoun is resolved to its antecedent. Empty when the text never says who (sourceIds is empty then). */
  source: string;
  /** Indexes into Analysis.sources: one per speaker ("Sør-Korea og Ukraina hevder" has two). */
  sourceIds: number[];
  /** Who passed the claim on ("NIS anslår …, ifølge Yonhap" → Yonhap). */
  via?: string[];
  /** Where the speaker is named in this claim's sentence, if it is. */
  sourceSpan?: TextSpan;
  /** The reporting word as written ("sa", "ifølge", "heter det"). */
  cue: string;
  cueSpan: Span;
  kind: ClaimKind;
  /** Zero-based line of the claim's start, for lists and exports. */
  line: number;
}

export interface SourceRecord {
  id: number;
  name: string;
  sourceType: SourceType;
  role?: string;
  /** Entity ids of every mention. */
  mentions: number[];
  /** Claim ids, in document order. */
  claims: number[];
}

/** A sentence that states a checkable figure without attributing it. */
export interface Statement extends TextSpan {
  /** Entity ids of the figures in it. */
  numbers: number[];
  line: number;
}

export interface Dateline extends TextSpan {
  /** Byline agency or author ("NTB"), when the dateline has one. */
  byline?: string;
  /** ISO date the article was written. */
  date?: string;
  /** ISO date-time when a time of day is given too. */
  dateTime?: string;
}

export interface Analysis {
  version: 1;
  language: Lang;
  dateline?: Dateline;
  entities: Entity[];
  claims: Claim[];
  sources: SourceRecord[];
  statements: Statement[];
  stats: {
    chars: number;
    tokens: number;
    sentences: number;
    paragraphs: number;
  };
}

export interface AnalyzeOptions {
  /** Language of the text; 'auto' (default) detects nb, nn or en. */
  language?: LangOption;
  /** ISO date weekdays and "i går" resolve against when the text has no dateline. */
  referenceDate?: string;
}

// ---------------------------------------------------------------- reviews (a fact-checker's verdicts)

/** Where a claim stands in a fact-check. "unchecked" is every claim's state until someone sets another. */
export type Verdict = 'unchecked' | 'checking' | 'true' | 'mostly-true' | 'misleading' | 'false' | 'unverifiable';

/** W3C Web Annotation TextQuoteSelector: the exact text with some of the text around it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets, as everywhere in the model. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A fact-checker's review of one claim, kept beside the article (never in it). */
export interface Review {
  /** Stable id ("urn:uuid:…"), the annotation's id in the sidecar. */
  id: string;
  verdict: Verdict;
  /** Free text; may hold links to evidence. Shown as plain text, never as markup. */
  note: string;
  /** Who set it: a name from the settings or the OS user. */
  author: string;
  /** ISO 8601 date-times. */
  created: string;
  modified: string;
  /** What the review was anchored to when last saved: the claim's span and its text. */
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** How a review found its claim again after the text changed. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy' | 'detached';

export interface AnchoredReview {
  review: Review;
  method: AnchorMethod;
  /** The claim it belongs to now (an id in the current Analysis); absent when detached. */
  claimId?: number;
  /** Where its text is now; absent when detached, unless its text is still there but no claim is (see review/anchor.ts). */
  start?: number;
  end?: number;
}
