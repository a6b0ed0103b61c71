// Pass 1 of place detection: walks a sentence's tokens once and proposes
// spans. Each capitalised run is tried against the gazetteer (longest name),
// then the context rules (facility heads, qualifiers, toponym endings,
// prepositions, place nouns); multi-word runs that fit none are people or
// organisations, and their last word is remembered as a surname.

import { Token, TokenKind } from '../text/tokenize';
import {
  AP_DOTTED_STATES, AP_STATES, CLUB_LETTERS, COMPASS_PREFIX, EN_COMPASS, EN_PARTY_MEMBERS, ORDINAL_LETTERS, ORDINAL_STREET_HEADS, ROAD_WORDS, EN_SUFFIXES, NOT_PLACES, ORG_SUFFIXES, ORG_WORDS, QUALIFIERS, SPEAKER_PRONOUNS,
  MATCH_OPPONENT, MATCH_VERBS, PARTIES, PARTY_LETTERS, SCHOOL_SUFFIXES, SPEECH_VERBS, WEAK_SUFFIXES, PLACE_NOUNS, isPersonTitle,
} from './context';
import {
  DEFINITE, LIST_JOINERS, Prep, afterOpener, endsOrgName, englishLastHead, facilityHead, isAcronymCompound,
  isNounCompound, isProminent, orgWordIn, isStopWord, isStopWordOrGenitive, isSure, isSureInitial, isWordUpper, locativeBefore,
  keyAt, lower, strong, strongSuffixType, tailAfter, tailOrg,
} from './cues';
import type { Lang } from '../model';
import { DocState, NONE, proposal } from './doc';
import { Candidate, Gazetteer } from './gazetteer';
import { Match, acronymMatch, gazMatch, surePlaceRun, translitCands } from './match';
import { foldKey, isAllCaps, startsUpper } from './normalize';
import { COMMON_WORDS, CONTEXT_ONLY, FIRST_NAMES, PLACES_AS_WORDS } from './stoplist';
import { firstNameGender } from '../names/firstNames';
import { KeySet } from '../text/keyfilter';

/** Longest run of capitalised words looked at as one name. */
const MAX_RUN = 12;


const NORWEGIAN_OWNERS = new Set(['hans', 'hennes', 'hennar', 'deres', 'deira']);

export function scanSentence(toks: Token[], doc: DocState): void {
  const n = toks.length;
  const gaz = doc.gaz;
  let i = 0;
  // Set when a sentence-initial preposition ("I", "På") was skipped.
  let prepFromInitial = false;
  // Token index just after the last proposed place, for lists.
  let lastPlaceEnd = -1;
  let counted = doc.proposals.length;
  while (i < n) {
    if (doc.proposals.length !== counted) {
      counted = doc.proposals.length;
      // Only a place proposed on its own evidence starts a list ("Ora og
      // Avram": a name waiting for a sure mention elsewhere does not).
      if (!doc.proposals[counted - 1].needsDoc) lastPlaceEnd = i;
    }
    const t = toks[i];
    if (!isWordUpper(t)) {
      // "on 14th Street": an ordinal street without a compass word before it.
      const street = doc.lang === 'en' && t.kind === TokenKind.Number ? ordinalStreetEnd(toks, i) : -1;
      if (street > 0) {
        proposeStreet(toks, i, street, doc, 'ordinal-street');
        i = street;
        prepFromInitial = false;
        continue;
      }
      const c0 = t.text.charCodeAt(0);
      const te = c0 === 0xab || c0 === 0x201c ? quotedTitleEnd(toks, i, gaz) : -1;
      i = te > 0 ? te : i + 1;
      prepFromInitial = false;
      continue;
    }
    const tkey = keyAt(toks, i);
    const initial = !prepFromInitial && afterOpener(toks, i);
    // The word before, lower-cased once: most rules below read it.
    const prevLow = i > 0 ? lower(toks[i - 1].text) : '';
    // In a list after a place ("i Fjørå, Valldal og Eidsdal") a name is as
    // good as after a preposition.
    const listed = i >= 2 && lastPlaceEnd === i - 1 && LIST_JOINERS.has(prevLow);
    const prep: Prep = prepFromInitial || listed ? 1 : locativeBefore(toks, i, doc, prevLow);
    prepFromInitial = false;

    // The run of capitalised words separated by single spaces (capped, so a
    // hostile line of capitals stays linear: step 4 may rescan a run).
    const runCap = Math.min(n, i + MAX_RUN);
    let runEnd = i + 1;
    while (runEnd < runCap && isWordUpper(toks[runEnd]) && spaced(toks, runEnd)) runEnd++;

    const w = t.text;
    const caps = isAllCaps(w);
    const acr = caps || (w.length > 2 && w.charCodeAt(w.length - 1) === 115 /* s */ && isAllCaps(w, w.length - 1))
      || (w.length === 1 && toks[i + 1]?.text === '.' && toks[i + 1].start === t.end);
    let m = (acr ? acronymMatch(toks, i, gaz) : null) ?? (caps ? null : gazMatch(toks, i, gaz, tkey));
    // "WASHINGTON —", "DES MOINES, Iowa —": a dateline's place in capitals; its first word may be
    // short ("EL PASO, Texas —") or an abbreviated "Saint" ("ST. PAUL, Minn. —").
    if (!m && caps && i === 0) runEnd = pastSaint(toks, runEnd, runCap);
    if (!m && caps && i === 0 && (w.length > 2 || runEnd > i + 1) && datelineEnd(toks, runEnd)) {
      m = gazMatch(toks, i, gaz, tkey);
      // The dateline says it is a place, as a preposition would: a town too small to be sure of
      // by its name alone ("HARRISBURG, Pa. —") is one here, and so is a name that is a word too
      // ("PHOENIX —", "BUFFALO, N.Y. —").
      // A Norwegian wire's dateline ("LÆRDAL:", "OLDEN (NTB):") vouches for a Norwegian place known
      // only by an alternate name ("Lærdal" of Lærdalsøyri), as "i Lærdal" would inside a sentence.
      if (m && m.end === runEnd && m.cands.some((c) => c.strong || (doc.lang !== 'en' && c.rec.cc === 'NO'))) {
        doc.propose(proposal(t.start, toks[m.end - 1].end, m.key, m.cands, undefined, false, false, 'dateline'), true);
        i = m.end;
        continue;
      }
      // "SISTERS, Ore. —": a town no gazetteer knows, placed in a state as a dateline places it;
      // "SUTATAUSA, Colombia —" in a country.
      if (!m && doc.lang === 'en' && (inStateAfterComma(toks, runEnd, gaz) || inCountryAfterComma(toks, runEnd, gaz))) {
        const end = toks[runEnd - 1].end;
        doc.propose(proposal(t.start, end, foldKey(doc.slice(t.start, end)), NONE, 'place', false, true, 'dateline'), true, true);
        i = runEnd;
        continue;
      }
    }
    // Only weak alternate names for a Norwegian-spelled Russian name
    // ("Ussurijsk"): the transliteration may find the place by its own name.
    if (m && m.end === i + 1 && !anyStrong(m.cands)) {
      const tr = translitCands(m.key, gaz);
      if (tr) m = { ...m, cands: tr };
    }
    if (m && m.end > runEnd) {
      // The name went on through lower-case words ("Møre og Romsdal"); so may the run.
      runEnd = m.end;
      while (runEnd < runCap && isWordUpper(toks[runEnd]) && spaced(toks, runEnd)) runEnd++;
    }

    // "Louisville, Ky.", "Erie, Pa. —", "Kenova, W.Va.": a US state as the AP abbreviates it, after a
    // place and a comma.
    const apEnd = doc.lang === 'en' && i >= 2 && toks[i - 1].text === ',' && isWordUpper(toks[i - 2]) ? apStateEnd(toks, i) : 0;
    if (apEnd > 0) {
      doc.propose(proposal(t.start, toks[apEnd - 1].end, foldKey(doc.slice(t.start, toks[apEnd - 1].end).replace(/\./g, '')), NONE, 'region', false, false, 'ap-state'), true);
      i = apEnd;
      continue;
    }

    // A road by its number ("Interstate 35", "State Route 9") or a street by its ordinal after a
    // compass word ("Southeast 14th Street").
    if (doc.lang === 'en') {
      const road = roadEnd(toks, i, runEnd);
      if (road > 0) {
        proposeStreet(toks, i, road, doc, 'road');
        i = road;
        continue;
      }
    }

    // A genitive name before "gate" is a street ("Kongens gate", "Ole Bulls
    // gate"), whatever the name is on its own ("plass" and "vei" are also
    // common nouns: "Norges plass i Europa").
    if (runEnd - i <= 3 && runEnd < n && toks[runEnd - 1].text.endsWith('s') && STREET_WORDS.has(toks[runEnd].text)) {
      proposeStreet(toks, i, runEnd + 1, doc, 'street-genitive');
      i = runEnd + 1;
      continue;
    }

    // 0. The end of an organisation's name ("Sysselmannen for Svalbard"), or
    //    a person after a title ("president Bush", "ordfører Gram"): no
    //    place in it, and the person's surname is no place in the whole text.
    //    After a verb of saying and a speaker, "til" takes a listener or an
    //    outlet ("sier Gram til Ytre Sogn"), not a place.
    const titled = i > 0 && isPersonTitle(prevLow);
    const country = !!m && m.cands[0]?.rec.type === 'country';
    // "Mora hans, Liv Herigstad, seier": a Norwegian noun with its owner after it is no name.
    const owned = doc.lang !== 'en' && runEnd === i + 1 && runEnd < n && NORWEGIAN_OWNERS.has(toks[runEnd].text);
    if (owned) { i = runEnd; continue; }
    // "SafeLane Systems of Scottsdale, Arizona": a place with its state after it is where a body is, not its name's end.
    const located = doc.lang === 'en' && prevLow === 'of' && inStateAfterComma(toks, Math.max(runEnd, m ? m.end : 0), gaz);
    if (titled || (!located && endsOrgName(toks, i, doc, prevLow)) || (!country && toListener(toks, i, prevLow))) {
      // (No person is named with a slash: "serieleder Bodø/Glimt" is a club.)
      const slashed = toks[runEnd]?.text === '/' && toks[runEnd].start === toks[runEnd - 1].end;
      if (titled && runEnd - i <= 3 && !slashed) doc.notePersonName(keyAt(toks, runEnd - 1), true);
      i = Math.max(runEnd, m ? m.end : 0);
      continue;
    }
    // "Gram (45)", "Per Gram (Ap)": an age or a party in brackets after a
    // name marks a person, in the whole text.
    if (runEnd - i <= 4 && personBracket(toks, runEnd)) doc.notePersonName(keyAt(toks, runEnd - 1), true);
    // "sier Gram", "Gram sier": a speaker, mostly a person (weak evidence:
    // a country speaks too, and a big place is not overruled by it).
    // (Only a lone name or one opening on a first name: "Fjordvern Nordfjord meiner" is an organisation.)
    if (runEnd - i <= 3 && !prep && ((i > 0 && SPEECH_VERB.has(prevLow))
      || (runEnd < n && SPEECH_VERB.has(toks[runEnd].text))) && (runEnd - i === 1 || isFirstNameWord(tkey, w))) {
      doc.notePersonName(keyAt(toks, runEnd - 1), false);
    }

    // "Sunnmøre HK", "Hasund IL", "Viking FK": a place before a sports club's letters names the club.
    if (runEnd - i >= 2 && CLUB_LETTERS.has(toks[runEnd - 1].text)) {
      i = runEnd;
      continue;
    }

    // 0. "at City Hall", "outside the Capitol", "the Statehouse": an American seat of government,
    //    named by its kind alone, is a facility after a preposition or the article.
    const seat = doc.lang === 'en' && runEnd - i <= 2 && SEAT_FIRST.has(tkey) && (prep || prevLow === 'the') ? foldKey(doc.slice(t.start, toks[runEnd - 1].end)) : '';
    if (EN_SEATS.has(seat)) {
      doc.propose(proposal(t.start, toks[runEnd - 1].end, seat, NONE, 'facility', false, false, 'seat'), true);
      i = runEnd;
      continue;
    }

    // 1. A gazetteer name covering the whole run, or all of it but a party or title after it
    //    ("a Texas Democrat", "former Arizona Gov. Renata Soliz").
    // (Not "Lubbock Independent School District": an organisation's word further on names a body.)
    if (m && (m.end === runEnd || (doc.lang === 'en' && m.end < runEnd && EN_PARTY_MEMBERS.has(toks[m.end].text) && !orgWordIn(toks, m.end + 1, runEnd)))) {
      proposeMatch(toks, i, m, initial, prep, doc);
      i = m.end;
      continue;
    }

    // 2. A run with a facility head is a facility or street ("Grand Hotel
    //    Bristol", "Ullevål universitetssykehus", "Hotel Føroyar").
    // "Jane Hill, 27, a nurse": a first name and a head word the text marks as a person's name
    // (an age or party after it, a title before it) is that person, not a hill.
    const head = runEnd - i === 2 && isFirstNameWord(tkey, t.text) && doc.isPerson(keyAt(toks, runEnd - 1)) ? undefined
      : facilityHead(toks, i, runEnd) ?? (doc.lang === 'en' ? englishLastHead(toks, i, runEnd, isFirstNameWord(tkey, t.text)) : undefined);
    if (head) {
      const start = t.start;
      const tail = tailAfter(toks, runEnd);
      const end = toks[(tail ? tail.end : runEnd) - 1].end;
      doc.propose(proposal(start, end, foldKey(doc.slice(start, end)), m ? m.cands : NONE, head, false, false, 'facility-run'), true);
      i = tail ? tail.end : runEnd;
      continue;
    }

    // 3. A sure place whose run goes on into a word that is no name (a
    //    headline glued to the next one: "… til Nord-Korea Fangene slippes fri").
    // (Not in English before a body's word, nor an initialism before a title: "U.S. Army Corps of
    // Engineers", "U.S. District Judge Anne Lee" are a body's name and a title; "Missouri Attorney
    // General" is a state's official, as "Arizona Gov." is.)
    if (m && m.cands.some(isSure) && !(doc.lang === 'en' && (orgWordIn(toks, m.end, runEnd) || (acr && titleIn(toks, m.end, runEnd))))) {
      const nx = toks[m.end];
      const nk = isWordUpper(nx) ? keyAt(toks, m.end) : '';
      if (nk && !ORG_WORDS.has(nk) && !PARTIES.has(nk) && !orgWordIn(toks, m.end + 1, runEnd) && (doc.seenLower(nx.text) || isFirstNameWord(nk, nx.text) || isAllCaps(nx.text)
        || isAcronymCompound(nx.text) || isNounCompound(nx.text) || isStopWord(nk))) {
        proposeMatch(toks, i, m, initial, prep, doc);
        i = m.end;
        continue;
      }
    }

    // 3b. "in Nigeria's Ondo State", "Norway’s Bergen Airport": an English genitive with its
    //     apostrophe is the place's own, whatever name it is the owner of.
    if (doc.lang === 'en' && m && m.genitive && m.end < runEnd && /['’]s$/.test(toks[m.end - 1].text) && m.cands.some(isSure)) {
      proposeMatch(toks, i, m, initial, prep, doc);
      i = m.end;
      // A name of two words or more that it owns is placed in it, as after "in" ("Ondo State" of
      // Nigeria; not "Russia's Trojan horse").
      prepFromInitial = runEnd - m.end >= 2;
      continue;
    }

    // 4. A capitalised common word or preposition before a name: drop it.
    //    At a sentence start any common word ("I Oslo", "Dette Bergen-firmaet");
    //    mid-sentence only a preposition (glued headlines: "… Sentrum I Genève").
    //    Never a first name: "Ola Berge", "Even Hansen" are people.
    //    A sentence-initial noun in definite form before a sure place is
    //    apposition ("Kurbyen Baden-Baden", "Hovedstaden Oslo"); "Willie Nelson" is not.
    if (runEnd - i > 1 && !isFirstNameWord(tkey, w) && (doc.locative.has(tkey)
      || (initial && (COMMON_WORDS.has(tkey) || NOT_PLACES.has(tkey) || doc.seenLower(w)
        || (DEFINITE.test(tkey) && !ORG_WORDS.has(tkey) && !ORG_SUFFIXES.matches(tkey) && surePlaceRun(toks, i + 1, runEnd, gaz)))))) {
      prepFromInitial = doc.locative.has(tkey);
      i++;
      continue;
    }
    // "Nabokommunen Volda", "Øya Lamøya": a place noun opening the sentence places the name after
    // it, as it does in lower case inside one ("i nabokommunen Volda").
    if (initial && runEnd - i === 2 && doc.lang !== 'en' && PLACE_NOUNS.matches(tkey)) {
      prepFromInitial = true;
      i++;
      continue;
    }

    // 5. Qualifier + name: "Søndre Nordstrand", "Indre Østfold", "Northern Iraq".
    if (runEnd - i > 1 && QUALIFIERS.has(tkey)) {
      const rest = gazMatch(toks, i + 1, gaz);
      const restKey = keyAt(toks, runEnd - 1);
      if ((rest && rest.end === runEnd && rest.cands.some(isSure))
        || (!rest && runEnd - i === 2 && strong(prep) && (strongSuffixType(restKey) || WEAK_SUFFIXES.endsWith(restKey)))) {
        const start = t.start;
        const end = toks[runEnd - 1].end;
        doc.propose(proposal(start, end, foldKey(doc.slice(start, end)), rest ? rest.cands : NONE, rest ? 'region' : 'place', false, false, 'qualifier'), true);
        i = runEnd;
        continue;
      }
    }

    // 6. Any other multi-word run is the name of a person or an
    //    organisation ("Korea News Service", "Mark Rutte", "Finn Bergen"),
    //    unless a locative preposition makes an unknown run a place ("i Pine Creek").
    if (runEnd - i > 1) {
      // "NRK Sogn og Fjordane": a name that ends in a longer gazetteer name is consumed whole.
      let consumed = runEnd;
      const inner = gazMatch(toks, runEnd - 1, gaz);
      if (inner && inner.end > runEnd) consumed = inner.end;
      const titledRun = isPersonTitle(tkey);
      let orgish = titledRun || (isAllCaps(w) && !m);
      for (let k = i; k < runEnd && !orgish; k++) {
        const f = keyAt(toks, k);
        if (ORG_WORDS.has(f) || ORG_SUFFIXES.matches(f)) orgish = true;
      }
      const personish = isFirstNameWord(tkey, w);
      const lastKey = keyAt(toks, runEnd - 1);
      if (!orgish && !personish && !m && strong(prep) && runEnd - i <= 3 && !tailOrg(toks, runEnd)
        && (prep === 3 || strongSuffixType(lastKey) || WEAK_SUFFIXES.endsWith(lastKey))) {
        const start = t.start;
        const end = toks[runEnd - 1].end;
        doc.propose(proposal(start, end, foldKey(doc.slice(start, end)), NONE, 'place', false, true, 'prep-run'), false, true);
        i = runEnd;
        continue;
      }
      // "i Oslo Spektrum", "på Bergen Storsenter": after a locative
      // preposition a sure place and one more unknown name word is a building.
      if (!orgish && !personish && !titledRun && prep === 1 && m && m.end === i + 1 && runEnd - i === 2 && m.cands.some(isSure)
        && !tailOrg(toks, runEnd) && isFacilityName(toks[i + 1].text, doc)) {
        const start = t.start;
        const end = toks[runEnd - 1].end;
        doc.propose(proposal(start, end, foldKey(doc.slice(start, end)), NONE, 'facility', false, false, 'place-building'), true);
        i = runEnd;
        continue;
      }
      // "Per Gram", "Statsminister Gram": the surname is that person in the
      // whole text; other short runs ("Espen Thomassen") vote weakly.
      if ((personish || titledRun) && runEnd - i <= 4 && !ORG_WORDS.has(keyAt(toks, runEnd - 1))) {
        doc.notePersonName(keyAt(toks, runEnd - 1), true);
      } else if (!orgish && runEnd - i <= 3 && !(inner && inner.end === runEnd && inner.cands.some(isSure))) {
        // (Not a sure place at the end of a name nobody is: "Fjordvern Nordfjord" leaves
        // Nordfjord a place elsewhere in the text.)
        const last = keyAt(toks, runEnd - 1);
        doc.addSurname(last);
        if (last.endsWith('s')) doc.addSurname(last.slice(0, -1));
      }
      i = consumed;
      continue;
    }

    // 7. A single capitalised word without a gazetteer name.
    proposeUnknown(toks, i, tkey, initial, prep, doc);
    i++;
  }
}

/** Some word of toks[from, to) is a person's title ("Attorney", "Judge"). */
function titleIn(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isPersonTitle(lower(toks[k].text))) return true;
  return false;
}

/** American seats of government named by their kind ("City Hall", "the Capitol"), folded. */
const EN_SEATS = new Set(['city hall', 'town hall', 'capitol', 'state capitol', 'statehouse', 'state house']);
const SEAT_FIRST = new Set([...EN_SEATS].map((k) => k.split(' ')[0]));

const STREET_WORDS = new KeySet(new Set(['gate', 'gata', 'allé']));

function proposeStreet(toks: Token[], from: number, to: number, doc: DocState, rule: string): void {
  const start = toks[from].start;
  const end = toks[to - 1].end;
  doc.propose(proposal(start, end, foldKey(doc.slice(start, end)), NONE, 'street', false, false, rule), true);
}

/** Tokens joined by one space. */
function spaced(toks: Token[], k: number): boolean {
  return toks[k].start - toks[k - 1].end === 1;
}

/** The end of an ordinal street starting at the number toks[k] ("14th Street", "5th Avenue"), or -1. */
function ordinalStreetEnd(toks: Token[], k: number): number {
  const suffix = toks[k + 1];
  const head = toks[k + 2];
  if (!head || suffix.start !== toks[k].end || !ORDINAL_LETTERS.has(suffix.text) || !isWordUpper(head) || !spaced(toks, k + 2)) return -1;
  return ORDINAL_STREET_HEADS.has(keyAt(toks, k + 2)) ? k + 3 : -1;
}

/** The end of a road named by its number ("Interstate 35", "State Route 9") or of an ordinal street
 *  after a compass word ("North 30th Street"), the run of capitals being toks[i, runEnd); or -1. */
function roadEnd(toks: Token[], i: number, runEnd: number): number {
  const num = toks[runEnd];
  if (!num || num.kind !== TokenKind.Number || !spaced(toks, runEnd)) return -1;
  if (runEnd - i <= 2 && ROAD_WORDS.has(keyAt(toks, runEnd - 1)) && /^\d+$/.test(num.text)) return runEnd + 1;
  return runEnd === i + 1 && EN_COMPASS.has(keyAt(toks, i)) ? ordinalStreetEnd(toks, runEnd) : -1;
}

// Probed with the next token's text and the word before a name: filtered, so most of those are never hashed.
const SPEECH_VERB = new KeySet(SPEECH_VERBS);
const MATCH_VERB = new KeySet(MATCH_VERBS);
/** "sier han til NRK", "sier han overfor VG". Asked with the word before
 *  every capitalised word: two compares, not a hash of that word. */
function isListenerPrep(w: string): boolean {
  return w === 'til' || w === 'overfor';
}

/** Some candidate is the place's own name (no closure per call, unlike some()). */
function anyStrong(cands: Candidate[]): boolean {
  for (let k = 0; k < cands.length; k++) if (cands[k].strong) return true;
  return false;
}

/** A dateline's place ends at `k`: a dash there or within a few tokens ("WASHINGTON —", "MADISON,
 *  Wis. —"), a colon ("OLDEN:") or the agency in brackets ("OSLO (NTB):"), or a state and an agency
 *  of some words before the dash ("MADISON, Wis. (Pacific Wire) —"), or a state and the sentence's
 *  end, where the sentence was cut at the state's period ("OMAHA, Neb." | "— The council …"). */
function datelineEnd(toks: Token[], k: number): boolean {
  if (k < toks.length && toks[k].text === ':') return true;
  if (k + 3 < toks.length && toks[k].text === '(' && isAllCaps(toks[k + 1].text) && toks[k + 2].text === ')') return true;
  for (let m = k; m < toks.length && m <= k + 4; m++) if (toks[m].text === '—' || toks[m].text === '–') return true;
  let m = k;
  if (toks[m]?.text === ',' && toks[m + 1] && isWordUpper(toks[m + 1])) {
    // ("CHARLESTON, W.Va. —": a state's abbreviation with periods inside.)
    const ap = apStateEnd(toks, m + 1);
    m = ap > 0 ? ap : m + (toks[m + 2]?.text === '.' ? 3 : 2);
    // "BISMARCK, N.D. —", "COLUMBIA, S.C. (AP) —": a state written in initials, each with its period.
    while (m + 1 < toks.length && m <= k + 6 && toks[m].kind === TokenKind.Word && toks[m].text.length === 1 && isWordUpper(toks[m]) && toks[m + 1].text === '.') m += 2;
    if (toks[m]?.text === '—' || toks[m]?.text === '–') return true;
  }
  // A wire's date after the place ("ISLAMABAD, Aug. 28 (Meridian Wire) —"): the day ends the date.
  if (toks[m]?.kind === TokenKind.Number && m > k + 1) {
    m++;
    for (let d = m; d < toks.length && d <= m + 1; d++) if (toks[d].text === '—' || toks[d].text === '–') return true;
  }
  // The sentence ends after the state's period ("OMAHA, Neb." before "— The council …"): nothing
  // but a dateline is a sentence of a place in capitals and a state.
  if (m === toks.length && m > k && toks[m - 1].text === '.') return true;
  if (toks[m]?.text !== '(') return false;
  let close = m + 1;
  while (close < toks.length && close <= m + 5 && toks[close].text !== ')') close++;
  const after = toks[close + 1]?.text;
  return toks[close]?.text === ')' && (after === '—' || after === '–' || after === ':');
}

/** A first name, by the stop list or the first-name lexicon. */
function isFirstNameWord(key: string, word: string): boolean {
  return FIRST_NAMES.has(key) || firstNameGender(word) !== undefined;
}

/** A second word that may name a building after a place ("Spektrum"):
 *  no stop word, party, first name, acronym or word the gazetteer knows. */
function isFacilityName(w: string, doc: DocState): boolean {
  const k = foldKey(w);
  return !isAllCaps(w) && !isStopWord(k) && !PARTIES.has(k) && !isFirstNameWord(k, w)
    && !ORG_SUFFIXES.matches(k) && !doc.gaz.lookup(k).length && !k.endsWith('s');
}

/** Tokens from j read "(45)" or "(Ap)": an age or a party after a name. */
function personBracket(toks: Token[], j: number): boolean {
  const o = toks[j];
  const x = toks[j + 1];
  const c = toks[j + 2];
  if (!o || !x || !c) return false;
  // "Jane Hill, 27, a nurse", "Per Gram, 45, sier": an age between commas marks a person too.
  if (o.text === ',' && c.text === ',') return isAge(x.text);
  if (o.text !== '(' || c.text !== ')') return false;
  const w = x.text;
  if (PARTIES.has(lower(w)) || PARTY_LETTERS.has(w)) return true;
  return isAge(w);
}

function isAge(w: string): boolean {
  return w.length <= 3 && /^[1-9][0-9]{0,2}$/.test(w) && +w >= 10 && +w <= 110;
}

/** Token i follows "til" or "overfor" after a verb of saying and its
 *  speaker ("sier han til NRK", "seier Per Gram til Ytre Sogn"): a listener
 *  or an outlet (the caller keeps a country: it is a place as an actor too). */
function toListener(toks: Token[], i: number, prevLow: string): boolean {
  if (i < 3 || !isListenerPrep(prevLow)) return false;
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    const x = toks[k];
    const w = lower(x.text);
    if (SPEECH_VERB.has(w)) return k < i - 2;
    if (!(isWordUpper(x) || SPEAKER_PRONOUNS.has(w))) return false;
  }
  return false;
}

/** A short quoted title of a work («Et enklere Norge», «Hercules in New
 *  York») opening at token k: the index after its closing quote, or -1. */
function quotedTitleEnd(toks: Token[], k: number, gaz: Gazetteer): number {
  const close = toks[k].text === '«' ? '»' : '”';
  // A title starts with a capital, and not with a sure place name («Nord-Korea»).
  if (!isWordUpper(toks[k + 1]) || gaz.lookup(keyAt(toks, k + 1)).some(isSure)) return -1;
  for (let c = k + 2; c < toks.length && c <= k + 8; c++) {
    const x = toks[c].text;
    if (x === close) return c - k > 2 ? c + 1 : -1;
    if (x === '.' || x === '!' || x === '?' || x === '«') return -1;
  }
  return -1;
}

/** Genitives of institution words: "Fylkesmannens", "Statsforvalterens", "Direktoratets". */
const GENITIVE_INSTITUTIONS = ['mannens', 'forvalterens', 'forvaltarens', 'direktoratets', 'departementets', 'tilsynets'];

// The heads that end an organisation's name made of lower-case words after a place's genitive.
const GENITIVE_ORG_HEADS = ['direktorat', 'direktoratet', 'departement', 'departementet', 'tilsyn', 'tilsynet', 'forbund', 'forbundet', 'råd', 'rådet', 'institutt', 'instituttet', 'nemnd', 'nemnda', 'vesen', 'vesenet', 'etat', 'etaten'];

/** The place ending before `end` is part of an organisation's name: "Noregs vassdrags- og energidirektorat"
 *  (a genitive, coordinated lower-case compounds and a body's head), "Lærdal og Årdal Sparebank"
 *  (places joined by "og" before the name's tail). */
function insideOrgName(toks: Token[], end: number): boolean {
  const next = toks[end];
  if (!next) return false;
  if (next.text === 'og' && toks[end + 1] && isWordUpper(toks[end + 1]) && tailOrg(toks, end + 2)) return true;
  if (!toks[end - 1].text.endsWith('s') || next.kind !== TokenKind.Word || startsUpper(next.text)) return false;
  // Only a name of coordinated compounds ("vassdrags- og energi…"): "USAs utenriksdepartement" is the
  // country's ministry, the country a place.
  let joined = false;
  for (let k = end; k < toks.length && k < end + 5; k++) {
    const t = toks[k];
    if (t.text === '-') continue;
    if (t.text === 'og') { joined = toks[k - 1].text === '-' || toks[k - 1].text.endsWith('-'); continue; }
    if (t.kind !== TokenKind.Word || startsUpper(t.text)) return false;
    const w = lower(t.text);
    if (joined && GENITIVE_ORG_HEADS.some((h) => w.endsWith(h))) return true;
  }
  return false;
}

/** Norwegian place names that are everyday English words. */
const NOT_IN_ENGLISH = new Set(['island', 'hellas', 'kina', 'norge', 'sverige', 'man']);

function proposeMatch(toks: Token[], i: number, m: Match, initial: boolean, prep: Prep, doc: DocState): void {
  if (tailOrg(toks, m.end) || insideOrgName(toks, m.end)) return;
  const single = m.end - i === 1;
  const key = m.key;
  const start = toks[i].start;
  const tail = tailAfter(toks, m.end);
  const end = toks[(tail ? tail.end : m.end) - 1].end;
  const type = tail && tail.type !== 'region' ? tail.type : undefined;
  if (!single || key.startsWith('=')) {
    doc.propose(proposal(start, end, key, m.cands, type, false, false, single ? 'acronym' : 'gazetteer-multi'), true);
    return;
  }
  const word = toks[i].text;
  // "Lars Vik frå Stryn vann NM": after a preposition the town is where someone is from, not a
  // team, unless it is the opponent's ("tapte mot Cardiff").
  if ((prep === 0 || MATCH_OPPONENT.has(toks[i - 1].text)) && isTeam(toks, i, m)) return;
  // (A word that is a place name too is one where the text has made it one: "PHOENIX —" then "in Phoenix".)
  if ((isStopWord(key) || isStopWord(keyAt(toks, i))) && !doc.established.has(key)
    && !(PLACES_AS_WORDS.has(key) && isInside(toks[i - 1]?.text, doc.lang))) return;
  if (doc.lang === 'en' && NOT_IN_ENGLISH.has(key)) return;
  const bare = m.genitive ? word.slice(0, word.length - (word.endsWith("'s") || word.endsWith('’s') ? 2 : 1)) : word;
  const hand = m.cands.some((c) => c.strong && c.rec.hand);
  const prominent = isProminent(m.cands[0]);
  const lowerToo = !prominent && doc.seenLower(bare);

  if (initial && !tail) {
    // A capitalised sentence start is weak evidence: only sure places, and
    // not words the text also uses in lower case ("Bud" vs "bud").
    if (!m.cands.some(isSureInitial)) return;
    if (!prominent && (lowerToo || CONTEXT_ONLY.has(key))) {
      doc.addPending({ start, end, key, initial: true });
      return;
    }
  }
  const needsContext = (CONTEXT_ONLY.has(key) && !prominent) || !m.cands.some(isSure) || lowerToo;
  if (needsContext && !prep && !tail) {
    doc.propose(proposal(start, end, key, m.cands, type, true, true, 'gazetteer-needs-doc'), false);
    return;
  }
  // "i Sandnes", "in Phoenix": no person's name follows "i"/"in" (bar a genitive), so here the word
  // is the place even in a text where someone bears it as a surname ("Ingvild Sandnes").
  if (!m.genitive && isInside(toks[i - 1]?.text, doc.lang)) {
    doc.propose(proposal(start, end, key, m.cands, type, false, false, 'gazetteer-in'), true, true);
    return;
  }
  const risky = !prominent && !tail && !(hand && m.cands[0].rec.type !== 'town' && m.cands[0].rec.type !== 'region');
  doc.propose(proposal(start, end, key, m.cands, type, false, risky, prep ? 'gazetteer-prep' : 'gazetteer'), true, strong(prep) || !!tail);
}

/** The preposition "i" (Norwegian) or "in" (English), in lower case or opening the sentence. */
function isInside(w: string | undefined, lang: Lang): boolean {
  return lang === 'en' ? w === 'in' || w === 'In' : w === 'i' || w === 'I';
}

/** A town named as a team in a match: "Southampton vant …", "… tapte mot
 *  Cardiff" (a country stays a place: national teams are not told apart). */
function isTeam(toks: Token[], i: number, m: Match): boolean {
  const t = m.cands[0]?.rec.type;
  if (t === 'country' || t === 'continent' || t === 'region') return false;
  const nx = toks[m.end];
  if (nx && MATCH_VERB.has(nx.text)) return true;
  if (i < 2 || !MATCH_OPPONENT.has(toks[i - 1].text)) return false;
  for (let k = i - 2; k >= 0 && k >= i - 8; k--) if (MATCH_VERB.has(toks[k].text)) return true;
  return false;
}

function proposeUnknown(toks: Token[], i: number, key: string, initial: boolean, prep: Prep, doc: DocState): void {
  const t = toks[i];
  const w = t.text;
  if (w.length < 3 || isAllCaps(w) || isAllCaps(w, w.length - 1) || isStopWordOrGenitive(key) || tailOrg(toks, i + 1)) return;
  // "ved Fylkesmannens kontor", "Direktoratets råd": an institution's genitive (not "Idrettens hus").
  if (key.endsWith('s') && GENITIVE_INSTITUTIONS.some((h) => key.endsWith(h))) return;
  const gaz = doc.gaz;
  const st = strongSuffixType(key);
  // Compounds: "EØS-avtalen", "Gaza-flotiljen", "Høyre-lederens" are things,
  // not places; "NHO-bygget", "Sellafield-anlegget" (buildings) are places.
  const dashAt = w.lastIndexOf('-');
  if (dashAt > 0 && !startsUpper(w.slice(dashAt + 1)) && st !== 'facility') return;
  if (isAcronymCompound(w) && st !== 'facility') return;
  const tail = tailAfter(toks, i + 1);
  const end = tail ? toks[tail.end - 1].end : t.end;
  const lowerToo = doc.seenLower(w);

  // "Nord-Irak", "Sør-Libanons", "Vest-Telemark": compass prefix + known place.
  const dash = key.indexOf('-');
  if (dash > 0 && COMPASS_PREFIX.has(key.slice(0, dash))) {
    let rest = key.slice(dash + 1);
    let cands = gaz.lookup(rest);
    let k = key;
    if (!cands.length && rest.endsWith('s')) { rest = rest.slice(0, -1); cands = gaz.lookup(rest); k = key.slice(0, -1); }
    if (cands.length && cands[0].strong) {
      doc.propose(proposal(t.start, end, k, NONE, 'region', false, false, 'compass'), true);
      return;
    }
  }

  // Norwegian spelling of a Russian or Ukrainian name ("Blagovesjtsjensk").
  if (!(initial && lowerToo)) {
    const cands = translitCands(key, gaz);
    if (cands) {
      doc.propose(proposal(t.start, end, key, cands, undefined, false, false, 'translit'), true);
      return;
    }
  }

  // "på Steinerskolen", "ved Fjellskulen": a school where someone is, is a building.
  if (prep === 1 && !initial && SCHOOL_SUFFIXES.endsWith(key)) {
    doc.propose(proposal(t.start, end, key, NONE, 'facility', false, false, 'school'), false);
    return;
  }
  if (ORG_SUFFIXES.matches(key)) return;

  // Definite-form toponyms: "Tafjordfjella", "Førdefjorden", "Sentralbanestasjonen"
  // (mid-sentence even if the text also has the common noun: "Tinghuset").
  if (st && !(initial && lowerToo)) {
    // Opening a sentence, a definite compound is as often a common noun ("Fylkesvegen er stengd",
    // "Sykehuset melder …"): there it is a place only if the text names it so elsewhere.
    doc.propose(proposal(t.start, end, key, NONE, tail ? tail.type : st, initial && !tail, false, 'suffix'), !initial || !!tail);
    return;
  }

  // A name with a lower-case tail noun: "Kilen kapell", "Wessels gate".
  if (tail && !initial) {
    doc.propose(proposal(t.start, end, key, NONE, tail.type, false, false, 'tail'), true);
    return;
  }

  if (lowerToo) {
    // A common noun written with a capital: at most a name used elsewhere as a place.
    doc.addPending({ start: t.start, end: t.end, key, initial: true });
    return;
  }

  // "Førstestatsadvokat Marte Lygre i Økokrim", "leiar ved Hovudredningssentralen": a word no gazetteer
  // knows, after a person and "i/ved/hos", is where they work, an organisation far more often than
  // a place; only a sure mention elsewhere makes it one.
  if (doc.lang !== 'en' && i >= 2 && WORKPLACE_PREPS.has(toks[i - 1].text) && workerBefore(toks, i - 2, doc)) {
    doc.addPending({ start: t.start, end: t.end, key, initial: true });
    return;
  }

  // After a locative preposition: a place, unless it looks like a person.
  // Only a toponym-looking word ("Tafjord", "Grotli") is trusted enough to
  // mark its other mentions too; "i Borat" is a film, "i Idol" a show.
  // ("near Alto", "near Greenup": English "near" takes a place far more often than anyone or anything named.)
  const looksLikePlace = doc.lang === 'en' ? EN_SUFFIXES.endsWith(key) || (i > 0 && lower(toks[i - 1].text) === 'near') : WEAK_SUFFIXES.endsWith(key);
  if ((strong(prep) && (doc.lang !== 'en' || looksLikePlace || prep === 3)) || (prep === 2 && looksLikePlace)) {
    // "i Hitlers Tyskland": a genitive whose base the text also names is a
    // possessor, mostly a person ("Møhlenpris" has no base "Møhlenpri").
    const genitiveOf = key.length > 3 && key.endsWith('s') && !key.endsWith("'s") ? key.slice(0, -1) : undefined;
    doc.propose(proposal(t.start, end, key, NONE, 'place', false, true, prep === 3 ? 'place-noun' : prep === 1 ? 'prep' : 'prep-weak', genitiveOf), looksLikePlace || prep === 3, strong(prep));
    return;
  }

  // "Kenova, W.Va.", "in Okitipupa, Ondo State": an English name placed in a US state or a
  // region by a comma, as datelines and the AP write a town, is a place, preposition or not.
  if (doc.lang === 'en' && !initial && inStateAfterComma(toks, i + 1, gaz)) {
    doc.propose(proposal(t.start, end, key, NONE, 'place', false, true, 'in-region'), true, true);
    return;
  }

  // "frå Sandar i Vestfold": a name placed in a region after a
  // preposition is a place in it.
  if (prep && inRegion(toks, i + 1, gaz)) {
    doc.propose(proposal(t.start, end, key, NONE, 'place', false, true, 'in-region'), true, strong(prep));
    return;
  }

  doc.addPending({ start: t.start, end: t.end, key, initial });
}

const WORKPLACE_PREPS = new Set(['i', 'ved', 'hos']);

/** Token k is a person's title or the end of a person's name. */
function workerBefore(toks: Token[], k: number, doc: DocState): boolean {
  const t = toks[k];
  if (t.kind !== TokenKind.Word) return false;
  return isWordUpper(t) ? doc.isPerson(keyAt(toks, k)) : isPersonTitle(lower(t.text));
}

/** Tokens from j read ", <US state>" ("Kenova, W.Va.", "Kenova, West Virginia") or ", <region>"; not
 *  before a party member or title ("Lyndon Johnson, Texas Democrat"). */
function inStateAfterComma(toks: Token[], j: number, gaz: Gazetteer): boolean {
  const p = toks[j];
  const x = toks[j + 1];
  if (!p || p.text !== ',' || !isWordUpper(x)) return false;
  if (apStateEnd(toks, j + 1) > 0) return true;
  const m = sureRegionAt(toks, j + 1, gaz);
  return m !== null && !EN_PARTY_MEMBERS.has(toks[m.end]?.text ?? '');
}

/** A town in a country, as a dateline writes it ("SUTATAUSA, Colombia —"). */
function inCountryAfterComma(toks: Token[], j: number, gaz: Gazetteer): boolean {
  if (toks[j]?.text !== ',' || !isWordUpper(toks[j + 1])) return false;
  const m = gazMatch(toks, j + 1, gaz);
  return m !== null && m.cands[0].strong && m.cands[0].rec.type === 'country';
}

/** The end of a capitalised run in a dateline, past an abbreviated "Saint" ("ST. PAUL", "ST. LOUIS"):
 *  the period after "ST" does not end the name. */
function pastSaint(toks: Token[], runEnd: number, runCap: number): number {
  const st = toks[runEnd - 1];
  const dot = toks[runEnd];
  if (runEnd !== 1 || st.text !== 'ST' || dot?.text !== '.' || dot.start !== st.end || !isWordUpper(toks[runEnd + 1]) || !spaced(toks, runEnd + 1)) return runEnd;
  let end = runEnd + 2;
  while (end < runCap && isWordUpper(toks[end]) && spaced(toks, end)) end++;
  return end;
}

/** Where an AP state abbreviation starting at token i ends ("Ky.", "W.Va."), or 0. */
function apStateEnd(toks: Token[], i: number): number {
  const t = toks[i];
  if (toks[i + 1]?.text === '.' && toks[i + 1].start === t.end && AP_STATES.has(t.text)) return i + 2;
  let s = '';
  for (let k = i; k < toks.length && k < i + 4; k++) {
    if (k > i && toks[k].start !== toks[k - 1].end) break;
    s += toks[k].text;
    if (AP_DOTTED_STATES.has(s)) return k + 1;
  }
  return 0;
}

/** Tokens from j read "i <region>" ("i Vestfold", "i Skåne"); not a country: "fra Statkraft i Sverige". */
function inRegion(toks: Token[], j: number, gaz: Gazetteer): boolean {
  const p = toks[j];
  const x = toks[j + 1];
  return p !== undefined && p.text === 'i' && isWordUpper(x) && sureRegionAt(toks, j + 1, gaz) !== null;
}

/** A region's name from token i, surely one ("Vestfold", "West Virginia"), or null. */
function sureRegionAt(toks: Token[], i: number, gaz: Gazetteer): Match | null {
  const m = gazMatch(toks, i, gaz);
  if (!m) return null;
  const c = m.cands[0];
  return c.strong && c.rec.type === 'region' && m.cands.some(isSure) ? m : null;
}
