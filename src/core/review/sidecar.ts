// The sidecar file (`<article>.kilde.json`) that keeps a fact-checker's reviews beside the article,
// never in it. It is a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/), so
// other annotation tools can read it and a reviewer can read it without Kilde:
//
//   { "@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
//     "schema:version": 1, "generator": { "type": "Software", "name": "Kilde" }, "label": …, "total": n,
//     "first": { "type": "AnnotationPage", "startIndex": 0, "items": [ <Annotation>, … ] } }
//
// The model puts annotations in pages, never directly in a collection, and lets a collection
// embed its first page: one embedded page holds them all.
//
// The format version is "schema:version". The annotation context already binds the prefix
// "schema" to http://schema.org/, so the compact IRI needs no context of our own and "@context"
// stays the plain string, which is what annotation tools compare against.
//
// Each review is one Annotation with motivation "assessing": the verdict is a TextualBody with
// purpose "assessing", the note a plain-text TextualBody with purpose "commenting" (left out when
// empty), and the target the article with a TextQuoteSelector and a TextPositionSelector.
//
// Positions are UTF-16 code units, as everywhere in the model. (The W3C model counts characters,
// i.e. code points; the two differ only after an astral character such as an emoji, and the quote
// selector finds the claim again when they do.)
//
// Reading never throws: whatever the file holds, parseSidecar answers with the reviews or with one
// line of English saying what is wrong, and the caller leaves such a file alone.
import type { Review, TextPositionSelector, TextQuoteSelector, Verdict } from '../model';
import { isVerdict } from './verdicts';

export const SIDECAR_VERSION = 1;

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const VERSION_KEY = 'schema:version';
const GENERATOR = { type: 'Software', name: 'Kilde' } as const;

export function sidecarName(articleFileName: string): string {
  return `${articleFileName}.kilde.json`;
}

export function newReviewId(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

// ---------------------------------------------------------------- writing

function byPositionThenId(a: Review, b: Review): number {
  if (a.position.start !== b.position.start) return a.position.start - b.position.start;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// "source" is an IRI; a bare file name resolves against the sidecar's own location, i.e. to the
// article beside it, provided nothing in it reads as IRI syntax (a scheme's ':', '/', '?', '#', '%',
// spaces). Letters of any script may stay.
function relativeIri(name: string): string {
  const wellFormed = name.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return wellFormed.replace(/[^\p{L}\p{N}\-._~!$&'()*+,;=@]/gu, (c) => encodeURIComponent(c));
}

function bodies(r: Review): object[] {
  const verdict = { type: 'TextualBody', purpose: 'assessing', value: r.verdict };
  if (r.note === '') return [verdict];
  return [verdict, { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: r.note }];
}

function annotation(r: Review, source: string): object {
  return {
    id: r.id,
    type: 'Annotation',
    motivation: 'assessing',
    created: r.created,
    modified: r.modified,
    // An empty author reads back as empty; an unnamed Person would say nothing more.
    ...(r.author !== '' ? { creator: { type: 'Person', name: r.author } } : {}),
    body: bodies(r),
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: r.quote.exact, prefix: r.quote.prefix, suffix: r.quote.suffix },
        { type: 'TextPositionSelector', start: r.position.start, end: r.position.end },
      ],
    },
  };
}

export function toSidecar(reviews: readonly Review[], article: { name: string; uri?: string }): string {
  const source = article.uri ?? relativeIri(article.name);
  const items = [...reviews].sort(byPositionThenId).map((r) => annotation(r, source));
  const collection = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    [VERSION_KEY]: SIDECAR_VERSION,
    generator: GENERATOR,
    label: `Kilde reviews of ${article.name}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

// ---------------------------------------------------------------- reading

export type SidecarRead = { ok: true; reviews: Review[] } | { ok: false; error: string };

type Json = Record<string, unknown>;

/** What went wrong, as the user will read it. */
class Malformed {
  constructor(readonly message: string) {}
}

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

// Only the object's own keys: a file may hold "__proto__" or "constructor", and a key it lacks
// must not be found on Object.prototype.
function own(o: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

const asList = (x: unknown): unknown[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

// Text from the file goes into a one-line message: no line breaks or controls, and not too long.
function oneLine(s: string, max: number): string {
  const flat = s.replace(/[\s\x00-\x1f\x7f-\x9f]+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max) + '…' : flat;
}

const quoted = (s: string): string => `"${oneLine(s, 60)}"`;

function checkContext(doc: Json): Malformed | undefined {
  const context = own(doc, '@context');
  if (context === undefined) return new Malformed('The review file has no "@context", so it is not a Web Annotation collection.');
  // A context may also be an array that includes the annotation context among others.
  const ok = asList(context).some((c) => c === ANNO_CONTEXT || c === 'https://www.w3.org/ns/anno.jsonld');
  if (!ok) return new Malformed(`The review file's "@context" is not the W3C Web Annotation context (${ANNO_CONTEXT}).`);
  return undefined;
}

function checkVersion(doc: Json): Malformed | undefined {
  const version = own(doc, VERSION_KEY);
  if (version === undefined) return new Malformed(`The review file has no "${VERSION_KEY}", so Kilde cannot tell which format it is in.`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return new Malformed(`The review file's "${VERSION_KEY}" is not a format version Kilde knows.`);
  }
  if (version > SIDECAR_VERSION) {
    return new Malformed(`The review file was written by a newer Kilde (format ${version}; this one reads ${SIDECAR_VERSION}). Update Kilde to open it.`);
  }
  return undefined;
}

/** The annotations, or why they cannot be found. */
function annotationItems(doc: Json): unknown[] | Malformed {
  if (own(doc, 'type') !== 'AnnotationCollection') return new Malformed('The review file is not an AnnotationCollection.');
  const first = own(doc, 'first');
  // The model leaves "first" out of an empty collection.
  if (first === undefined) {
    const total = own(doc, 'total');
    return total === undefined || total === 0 ? [] : new Malformed('The review file has no "first" page of annotations.');
  }
  if (!isObject(first)) return new Malformed('The review file refers to a page of annotations elsewhere; Kilde reads only an embedded page.');
  if (own(first, 'type') !== 'AnnotationPage') return new Malformed('The review file\'s "first" is not an AnnotationPage.');
  // Reviews on a page Kilde does not read would be lost when it saves.
  if (own(first, 'next') !== undefined) return new Malformed('The review file has more than one page of annotations; Kilde reads only one.');
  const items = own(first, 'items');
  if (!Array.isArray(items)) return new Malformed('The review file\'s page has no "items" list.');
  return items;
}

const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

function optionalString(o: Json, key: string, what: string): string | Malformed {
  const v = own(o, key);
  if (v === undefined) return '';
  return typeof v === 'string' ? v : new Malformed(`${what} has a "${key}" that is not text.`);
}

function quoteSelector(selectors: Json[], what: string): TextQuoteSelector | Malformed {
  const found = selectors.filter((s) => own(s, 'type') === 'TextQuoteSelector');
  if (found.length !== 1) return new Malformed(`${what} needs exactly one TextQuoteSelector.`);
  const s = found[0];
  const exact = own(s, 'exact');
  if (typeof exact !== 'string') return new Malformed(`${what} has a TextQuoteSelector without "exact" text.`);
  const prefix = optionalString(s, 'prefix', `${what}'s TextQuoteSelector`);
  if (prefix instanceof Malformed) return prefix;
  const suffix = optionalString(s, 'suffix', `${what}'s TextQuoteSelector`);
  if (suffix instanceof Malformed) return suffix;
  return { type: 'TextQuoteSelector', exact, prefix, suffix };
}

function positionSelector(selectors: Json[], what: string): TextPositionSelector | Malformed {
  const found = selectors.filter((s) => own(s, 'type') === 'TextPositionSelector');
  if (found.length !== 1) return new Malformed(`${what} needs exactly one TextPositionSelector.`);
  const start = own(found[0], 'start');
  const end = own(found[0], 'end');
  if (!isOffset(start) || !isOffset(end)) {
    return new Malformed(`${what} has a TextPositionSelector whose "start" and "end" are not whole numbers of 0 or more.`);
  }
  if (start > end) return new Malformed(`${what} has a TextPositionSelector that starts after it ends.`);
  return { type: 'TextPositionSelector', start, end };
}

function selectors(a: Json, what: string): { quote: TextQuoteSelector; position: TextPositionSelector } | Malformed {
  const target = own(a, 'target');
  if (!isObject(target)) return new Malformed(`${what} has no target in the article.`);
  const list = asList(own(target, 'selector'));
  if (!list.every(isObject)) return new Malformed(`${what} has a selector that is not an object.`);
  const quote = quoteSelector(list, what);
  if (quote instanceof Malformed) return quote;
  const position = positionSelector(list, what);
  if (position instanceof Malformed) return position;
  return { quote, position };
}

function bodyWithPurpose(list: Json[], purpose: string, what: string): Json | undefined | Malformed {
  const found = list.filter((b) => own(b, 'purpose') === purpose);
  if (found.length > 1) return new Malformed(`${what} has more than one body with purpose "${purpose}".`);
  return found[0];
}

function verdictAndNote(a: Json, what: string): { verdict: Verdict; note: string } | Malformed {
  const list = asList(own(a, 'body'));
  if (!list.every(isObject)) return new Malformed(`${what} has a body that is not an object.`);
  const assessing = bodyWithPurpose(list, 'assessing', what);
  if (assessing instanceof Malformed) return assessing;
  if (!assessing) return new Malformed(`${what} has no verdict (a body with purpose "assessing").`);
  const verdict = own(assessing, 'value');
  if (!isVerdict(verdict)) {
    const shown = typeof verdict === 'string' ? ` ${quoted(verdict)}` : '';
    return new Malformed(`${what} has an unknown verdict${shown}.`);
  }
  const commenting = bodyWithPurpose(list, 'commenting', what);
  if (commenting instanceof Malformed) return commenting;
  if (!commenting) return { verdict, note: '' };
  const note = own(commenting, 'value');
  if (typeof note !== 'string') return new Malformed(`${what} has a note that is not text.`);
  return { verdict, note };
}

function creatorName(a: Json, what: string): string | Malformed {
  const creator = own(a, 'creator');
  if (creator === undefined) return '';
  const name = isObject(creator) ? own(creator, 'name') : undefined;
  return typeof name === 'string' ? name : new Malformed(`${what} has a creator without a name.`);
}

function dates(a: Json, what: string): { created: string; modified: string } | Malformed {
  const created = own(a, 'created');
  if (typeof created !== 'string') return new Malformed(`${what} has no "created" date.`);
  // The model makes "modified" optional; an annotation never modified was modified when created.
  const modified = own(a, 'modified') ?? created;
  if (typeof modified !== 'string') return new Malformed(`${what} has a "modified" date that is not text.`);
  return { created, modified };
}

function review(item: unknown, index: number): Review | Malformed {
  let what = `Annotation ${index + 1}`;
  if (!isObject(item)) return new Malformed(`${what} in the review file is not an object.`);
  const id = own(item, 'id');
  if (typeof id !== 'string' || id === '') return new Malformed(`${what} in the review file has no id.`);
  what = `Annotation ${index + 1} (${quoted(id)})`;
  if (own(item, 'type') !== 'Annotation') return new Malformed(`${what} is not of type "Annotation".`);
  if (own(item, 'motivation') !== 'assessing') return new Malformed(`${what} is not a review (its motivation is not "assessing").`);
  const when = dates(item, what);
  if (when instanceof Malformed) return when;
  const author = creatorName(item, what);
  if (author instanceof Malformed) return author;
  const body = verdictAndNote(item, what);
  if (body instanceof Malformed) return body;
  const target = selectors(item, what);
  if (target instanceof Malformed) return target;
  return { id, verdict: body.verdict, note: body.note, author, created: when.created, modified: when.modified, ...target };
}

function reviews(items: unknown[]): Review[] | Malformed {
  const out: Review[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const r = review(items[i], i);
    if (r instanceof Malformed) return r;
    if (ids.has(r.id)) return new Malformed(`Annotation ${i + 1} has the same id as an earlier one (${quoted(r.id)}).`);
    ids.add(r.id);
    out.push(r);
  }
  return out;
}

function jsonError(e: unknown): string {
  // The parser's message says where; it may quote the file, so it is flattened like any file text.
  const detail = e instanceof Error ? oneLine(e.message, 120) : '';
  return `The review file is not valid JSON${detail ? ` (${detail})` : ''}.`;
}

export function parseSidecar(json: string): SidecarRead {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: jsonError(e) };
  }
  if (!isObject(doc)) return { ok: false, error: 'The review file does not hold a JSON object.' };
  const problem = checkContext(doc) ?? checkVersion(doc);
  if (problem) return { ok: false, error: problem.message };
  const items = annotationItems(doc);
  if (items instanceof Malformed) return { ok: false, error: items.message };
  const result = reviews(items);
  if (result instanceof Malformed) return { ok: false, error: result.message };
  return { ok: true, reviews: result };
}
