// Place detection: gazetteer lookup of capitalised token runs (longest match,
// genitive -s, exact-case acronyms, Norwegian→English transliteration), then
// context rules for places no gazetteer holds, then whole-text decisions
// (one sense per text, surnames, the countries the text is about).
//
// Cost: every token is looked at a constant number of times; a capitalised
// token costs one fold and one to a few hash lookups, so the whole pass is
// linear in the text. Nothing here compiles a regex per call.

import type { Lang, PlaceMeta } from '../model';
import type { Paragraph } from '../text/segment';
import { DocState, Proposal, proposal } from './doc';
import { Candidate, getGazetteer } from './gazetteer';
import { scanSentence } from './scan';
import { forgetKeys } from './cues';

export interface PlaceHit {
  start: number;
  end: number;
  meta: PlaceMeta;
}

/** A hit with the rule that made it, for evaluation and debugging. */
export interface ExplainedHit extends PlaceHit {
  rule: string;
}

export function detectPlaces(text: string, paragraphs: Paragraph[], language: Lang): PlaceHit[] {
  return run(text, paragraphs, language, false);
}

/** detectPlaces, with the rule behind each hit. */
export function explainPlaces(text: string, paragraphs: Paragraph[], language: Lang): ExplainedHit[] {
  return run(text, paragraphs, language, true) as ExplainedHit[];
}

/** Both passes; the hits carry their rule only when asked (no copy of each hit without it). */
function run(text: string, paragraphs: Paragraph[], language: Lang, withRule: boolean): PlaceHit[] {
  const gaz = getGazetteer();
  const doc = new DocState(text, paragraphs, gaz, language);
  for (const p of paragraphs) {
    for (const s of p.sentences) scanSentence(s.tokens, doc);
  }
  forgetKeys();
  return decide(doc, withRule);
}

// ---------------------------------------------------------------- pass 2

function decide(doc: DocState, withRule: boolean): PlaceHit[] {
  const accepted: Proposal[] = [];
  for (const p of doc.proposals) {
    if (p.surnameRisk && doc.isSurname(p.key)) continue;
    if (personVeto(p, doc)) continue;
    if (p.genitiveOf && (doc.pendingKeys.has(p.genitiveOf) || doc.isSurname(p.genitiveOf))) continue;
    if (p.needsDoc && !doc.isEstablished(p.key)) continue;
    accepted.push(p);
  }
  // One sense per text: an undecided capitalised word that the text uses as a
  // place elsewhere is that place here too ("Hella" after "i Hella").
  const byKey = new Map<string, Proposal>();
  for (const p of accepted) if (!byKey.has(p.key) && doc.isEstablished(p.key)) byKey.set(p.key, p);
  for (const u of doc.pending) {
    let key = u.key;
    let src = byKey.get(key);
    if (!src && key.endsWith('s')) { key = key.slice(0, -1); src = byKey.get(key); }
    if (!src || doc.isSurname(key) || doc.isPerson(key)) continue;
    accepted.push(proposal(u.start, u.end, key, src.cands, src.type, false, false, 'same-text'));
  }
  accepted.sort((a, b) => a.start - b.start || b.end - a.end);

  // Countries the text is about, for choosing between same-named places.
  const focus = new Set<string>();
  // Only unambiguous names vote: "Georgia" must not put Georgia in focus by itself.
  for (const p of accepted) {
    const c = p.cands[0];
    if (!c || !c.strong || !c.rec.cc || !(c.rec.type === 'country' || c.rec.type === 'capital' || c.rec.type === 'region')) continue;
    // A rival of the same standing in another country makes the name ambiguous.
    const rival = p.cands.find((x) => x.strong && x.rec.cc !== c.rec.cc && (x.rec.hand || x.rec.type === 'capital'));
    if (!rival) focus.add(c.rec.cc);
  }
  if (doc.lang !== 'en') focus.add('NO');

  const hits: PlaceHit[] = [];
  let lastEnd = -1;
  for (const p of accepted) {
    if (p.start < lastEnd) continue;
    const m = meta(p, focus, doc);
    hits.push(withRule ? { start: p.start, end: p.end, meta: m, rule: p.rule } as ExplainedHit : { start: p.start, end: p.end, meta: m });
    lastEnd = p.end;
  }
  return hits;
}

/** Rules whose single-word proposal a person's name elsewhere in the text
 *  overrules (not tails, facilities, compass names or multi-word names). */
const PERSON_VETOED = new Set(['gazetteer', 'gazetteer-prep', 'gazetteer-needs-doc', 'prep', 'prep-weak', 'place-noun', 'translit']);

/** A single word the text surely uses as a person's name elsewhere is no
 *  place, unless it is a country, continent or capital ("Jack London"). */
function personVeto(p: Proposal, doc: DocState): boolean {
  if (!PERSON_VETOED.has(p.rule) || !doc.isPerson(p.key)) return false;
  // "Gram kommune": a name with a tail noun is the place.
  for (let k = p.start; k < p.end; k++) if (doc.text.charCodeAt(k) === 32) return false;
  const t = p.cands[0]?.rec.type;
  return t !== 'country' && t !== 'continent' && t !== 'capital';
}

/** The candidate meant: the first (biggest, by its own name) unless a
 *  candidate lies in a country the text is about. */
function choose(cands: Candidate[], focus: Set<string>): Candidate | undefined {
  if (cands.length <= 1) return cands[0];
  const first = cands[0];
  if (focus.has(first.rec.cc)) return first;
  // "Georgia" in a text about Texas and Florida is the state.
  if (first.rec.type === 'country') {
    for (const c of cands) if (c.strong && c.rec.hand && c.rec.type === 'region' && focus.has(c.rec.cc)) return c;
    return first;
  }
  for (const c of cands) if (c.strong && focus.has(c.rec.cc) && (c.rec.hand || (c.rec.population ?? 0) >= 1000 || c.rec.cc === 'NO')) return c;
  return first;
}

function meta(p: Proposal, focus: Set<string>, doc: DocState): PlaceMeta {
  const c = choose(p.cands, focus);
  const written = doc.slice(p.start, p.end);
  if (!c) return { name: written, placeType: p.type ?? 'place', guessed: true };
  const r = c.rec;
  const gaz = doc.gaz;
  const m: PlaceMeta = {
    name: r.type === 'country' ? gaz.countryName(r.cc, doc.lang) ?? r.name : r.name,
    placeType: p.type ?? r.type,
  };
  // A facility named after a place ("Bergen stasjon") is not the place itself.
  if (p.type && p.type !== r.type) m.name = written;
  if (r.cc) {
    m.countryCode = r.cc;
    const cn = gaz.countryName(r.cc, doc.lang);
    if (cn) m.country = cn;
  }
  if (r.population) m.population = r.population;
  if (r.lat !== undefined) m.lat = r.lat;
  if (r.lon !== undefined) m.lon = r.lon;
  if (r.geonameId !== undefined) m.geonameId = r.geonameId;
  return m;
}
