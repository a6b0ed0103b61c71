// Noun phrases around a reporting cue: who is speaking, with which title.
// Works on one unit (a sentence, or the sentences of one quotation) of tokens.

import type { SourceType } from '../model';
import { Token, TokenKind, isCapitalized } from '../text/tokenize';
import { isAcronym, isDocumentNoun, isGroupNoun, isOrgName, isOrgNoun, isOrgTail, isRoleWord, isTitleBeforeName, newPersonNoun, sourceTypeOf } from './kinds';
import { isFirstName } from '../names/firstNames';
import { ORG_TAIL_ENDINGS } from '../places/context';
import type { Lexicon } from './lexicon';

export interface Unit {
  text: string;
  toks: Token[];
  /** Lower-cased token texts. */
  lw: string[];
  /** True for tokens inside quotation marks. */
  quoted: boolean[];
  /** Index of the first token of each sentence in the unit (sentence starts are capitalised anyway). */
  sentenceStarts: Set<number>;
  start: number;
  end: number;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Display name: the span with a genitive -s removed where it is one. */
  name: string;
  type: SourceType;
  role?: string;
  proper: boolean;
  /** Written with an indefinite article ("en talsmann"): someone new, not a person named before with that title. */
  indefinite?: boolean;
}

/** Every mention is built here, with all its fields in one order, so that the code reading
 *  mentions sees one object shape (V8 slows a property read that meets many shapes). */
export function mention(start: number, end: number, text: string, name: string, type: SourceType, proper: boolean, role?: string): Mention {
  return { start, end, text, name, type, role, proper, indefinite: false };
}

/** The place found over [start, end), if any: whether a country (or a capital), and whether its
 *  name ends in "s" ("Hellas", "Paris": no genitive to take off). */
export type PlaceLookup = (start: number, end: number) => { country: boolean; nameEndsInS: boolean } | undefined;

export type Speaker =
  /** `relative`: a relative pronoun speaks for its antecedent ("X, who said"); the antecedent is no mention of a source.
   *  `headline`: a headline's group subject ("Naboer raser …: – …"), which gives way to the person quoted below in the same words. */
  | { kind: 'named'; mentions: Mention[]; relative?: boolean; headline?: boolean }
  | { kind: 'pronoun'; pronoun: string; refers: 'person' | 'group' | 'thing'; local: Mention[] }
  | { kind: 'previous' }
  /** A passive that names no agent ("is expected to", "is widely seen as"): a claim without a source. */
  | { kind: 'none' }
  /** A quotation with no cue; `whole` when it is the sentence itself, not a phrase in quotation marks. */
  /** `question`: a dash paragraph that asks, the interviewer's; it links the answers to the interviewee but is no claim. */
  /** `cut`: a dash passage ended by a quotation that follows it; that quotation's speaker is not this one's. */
  /** `answer`: an interview's "A: …", the interviewee's, whom the resolver finds. */
  | { kind: 'quote'; whole: boolean; question?: boolean; headline?: boolean; cut?: boolean; answer?: boolean };

// At most three letters each (mentions.ts tests a word's length before the set).
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'de', 'da', 'bin', 'al', 'el', 'la', 'le', 'di', 'du', 'ibn', 'dos', 'del']);
export const POSSESSIVES: ReadonlySet<string> = new Set(['hans', 'hennes', 'deres', 'dets', 'dens', 'hennar', 'deira', 'his', 'her', 'their', 'its']);
// Genitive on a name ("Natos", "Norges"), not on names that end in s anyway.
// (Never "ss": a name ending in s takes no second one in the genitive, "Skyss" is whole.)
const GENITIVE = /^(.+[^s])s$/u;
// Abbreviated titles before a name ("Mr. Burman", "Sen. Kaine"): their period does not end the phrase.
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'prof', 'rev', 'st', 'pres', 'adm', 'capt', 'maj']);

export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Token k ends its sentence: the unit's end, a full stop, "!" or "?", or the next sentence's start. */
export function sentenceEnds(u: Unit, k: number): boolean {
  return k >= u.toks.length || SENTENCE_END.has(u.toks[k].text) || u.sentenceStarts.has(k);
}

/** A period inside a name: after an initial ("James B. Comey") or an abbreviated title ("Mr. Burman"). */
export function nameDot(u: Unit, k: number): boolean {
  if (u.toks[k].text !== '.' || k === 0 || k + 1 >= u.toks.length || !isName(u, k + 1)) return false;
  const prev = u.toks[k - 1].text;
  return initialLetter(prev) || TITLE_ABBREVIATIONS.has(u.lw[k - 1]);
}

// Generational suffixes written after a name with a period.
// So are a company's legal forms: "Ridgeline Steel Corp. said".
const NAME_SUFFIXES = new Set(['jr', 'sr', 'corp', 'inc', 'co', 'ltd', 'llc', 'plc']);

function initialLetter(w: string): boolean {
  return w.length === 1 && w >= 'A' && w <= 'Z';
}

/** An initial's period ("B." in "James B. Comey"), which belongs to the name. */
function initialDot(u: Unit, k: number): boolean {
  return nameDot(u, k) && u.toks[k - 1].text.length === 1;
}

/** Both genitive patterns end a name in "s" or an apostrophe: most names are turned away
 *  by their last character, not by running a regex. */
function mayBeGenitive(name: string): boolean {
  const c = name.charCodeAt(name.length - 1);
  return c === 115 || c === 0x27 || c === 0x2019;
}

// "according to Donald Trump's campaign": an English genitive name carries on into its noun.
const ENGLISH_GENITIVE = /['’]s$/;
const PLURALISH = /(?:er|ere|erne|ene|ar|arar|arane|ane|s)$/;
/** Determiners of one thing: an adjective after them is no group of people ("den nye", "eit anna"). */
const SINGULAR_DETERMINERS = new Set(['den', 'det', 'en', 'ei', 'et', 'ein', 'eit', 'denne', 'dette']);
/** People in the plural, definite ("naboane", "bøndene") or not ("lagvenninner", "turgåarar"). */
export const PEOPLE_PLURAL_DEFINITE = /(?:ene|ane|erne|arne)$/;
export const PEOPLE_PLURAL = /(?:er|ar|ene|ane|erne|arne)$/;

/** Tokens from k read "( INITIALS )": "(NVE)", "(OCHA)". */
export function initialsAt(toks: readonly Token[], k: number): boolean {
  return k + 2 < toks.length && toks[k].text === '(' && toks[k + 2].text === ')' && isAcronym(toks[k + 1].text);
}

export function isName(u: Unit, i: number): boolean {
  const t = u.toks[i];
  if (t.kind !== TokenKind.Word && t.kind !== TokenKind.Number) return false;
  // A word with a period in it is a web address ("firda.no"): the tokenizer joins no other.
  return isCapitalized(t.text) || (t.kind === TokenKind.Word && t.text.indexOf('.') > 0);
}

/** Is a capitalised word at index i a name rather than a capitalised sentence opener? */
function properAt(u: Unit, i: number, places: PlaceLookup, lex: Lexicon): boolean {
  if (!isName(u, i)) return false;
  // "Julie A. Diaz": an initial, not the article.
  if (i + 1 < u.toks.length && u.toks[i].text.length === 1 && initialDot(u, i + 1) && i > 0 && isName(u, i - 1)) return true;
  // "F.A.A.": a letter after an initial's period is an initial too, not the article "A".
  if (u.toks[i].text.length === 1 && i > 1 && initialDot(u, i - 1)) return true;
  // "U.S. Customs", "U.K. officials": so is the first letter of a dotted abbreviation, opening a sentence too.
  if (u.toks[i].text.length === 1 && i + 2 < u.toks.length && initialDot(u, i + 1) && u.toks[i + 2].text.length === 1 && isName(u, i + 2)) return true;
  if (lex.quantifiers.has(u.lw[i]) || lex.nonSpeakers.has(u.lw[i]) || lex.boundaries.has(u.lw[i])) return false;
  // Titles are capitalised in English and at a sentence start, but are never part of the name.
  if (isRoleWord(u.lw[i]) || (i + 1 < u.toks.length && isName(u, i + 1) && isTitleBeforeName(u.lw[i]))) return false;
  // "Mr." and "Sen." are titles too.
  if (i + 1 < u.toks.length && nameDot(u, i + 1) && TITLE_ABBREVIATIONS.has(u.lw[i])) return false;
  if (!u.sentenceStarts.has(i) && !(i > 0 && isOpener(u.toks[i - 1].text))) return true;
  const t = u.toks[i];
  if (isAcronym(t.text) || places(t.start, t.end)) return true;
  // "Mark Rutte sa": a capitalised word after the opener marks a name run.
  return i + 1 < u.toks.length && isName(u, i + 1) && !lex.boundaries.has(u.lw[i + 1]);
}

/** Some word of lw[from, to) is a title before a name (no slice or closure: asked of every proper phrase). */
function titleIn(lw: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isTitleBeforeName(lw[k])) return true;
  return false;
}

export function isOpener(s: string): boolean {
  return s === '«' || s === '"' || s === '“' || s === '–' || s === '—' || s === '-' || s === '(' || s === ':';
}

/**
 * Reads the phrase tokens [a, b] as a speaker: proper names (split on "og"/"and")
 * with any title before them as role, or a common noun phrase.
 */
/** The name at `right` (of one word) ends on a lower-case word for a public body, the phrase's last:
 *  "… og Romsdal fylkeskommune", "… og Telemark politidistrikt", "… og Fjordane tingrett". */
function countyBody(u: Unit, right: number, b: number): boolean {
  const w = u.lw[right + 1];
  return right + 1 === b && u.toks[b].kind === TokenKind.Word && !isCapitalized(u.toks[b].text) && (isOrgTail(w) || ORG_TAIL_ENDINGS.endsWith(w));
}

export function readPhrase(u: Unit, a: number, b: number, lex: Lexicon, places: PlaceLookup): Mention[] {
  if (a > b) return [];
  // Coordinated names: "Sør-Korea og Ukraina", "Ola Dale (Ap) og statsminister Kari Nes".
  // (Not an English body's one name with "and" in it: "Occupational Safety and Health Administration",
  // "U.S. Customs and Border Protection", where only the end names what the body is.)
  let bodyAnd = -1;
  for (let k = a + 1; k < b; k++) {
    if (u.lw[k] !== 'og' && u.lw[k] !== 'and') continue;
    const leftEnd = beforeParenthesis(u, a, k - 1);
    const right = k + 1 < b && isTitleBeforeName(u.lw[k + 1]) ? k + 2 : k + 1;
    // ("Møre og Romsdal fylkeskommune", "Vestfold og Telemark politidistrikt": a county of two names
    // with its body's lower-case word after it is one body.)
    if (properAt(u, leftEnd, places, lex) && properAt(u, right, places, lex) && !countyBody(u, right, b)) {
      // (Two bodies are named each in full: "the House and Senate", "the FBI and Justice Department".)
      if (!lex.suffixedDefinite && leftEnd === k - 1 && b > right && isOrgName(u.toks[b].text) && !isOrgName(u.toks[leftEnd].text)
        && !isAcronym(u.toks[leftEnd].text) && !isFirstName(u.toks[right].text)) { bodyAnd = k; continue; }
      return [...readPhrase(u, a, leftEnd, lex, places), ...readPhrase(u, k + 1, b, lex, places)];
    }
  }
  // The proper-name run at the right end of the phrase.
  let n = b;
  while (n >= a && (properAt(u, n, places, lex) || (n > a && n < b && (NAME_PARTICLES.has(u.lw[n]) && isName(u, n - 1) || initialDot(u, n) || ampersand(u, n) || n === bodyAnd)))) n--;
  let nameStart = n + 1;
  // A possessive after a noun ("kontoret hans") keeps the phrase common.
  if (nameStart > b) {
    return commonPhrase(u, a, b, lex, places);
  }
  while (nameStart <= b && NAME_PARTICLES.has(u.lw[nameStart])) nameStart++;
  if (nameStart > b) return [];
  // "Secretary of State John Kerry", "House Speaker Paul Ryan": a person's name starts at its first
  // name; the capitalised title before it is a role, as the name layer reads it.
  if (b - nameStart >= 1 && !isFirstName(u.toks[nameStart].text) && !isOrgName(u.toks[b].text)) {
    let found = false;
    for (let k = nameStart + 1; k < b && !found; k++) if (isFirstName(u.toks[k].text) && isName(u, k + 1)) { nameStart = k; found = true; }
    // With a first name no list holds, the office after a title's "of" ("Secretary of State Kendra
    // Lowry", "Secretary of Homeland Security …") leaves a first name and a surname at the end.
    if (!found && !lex.suffixedDefinite && b - nameStart >= 2 && nameStart >= 2 && (u.lw[nameStart - 1] === 'of' || u.lw[nameStart - 1] === 'for')
      && isRoleWord(u.lw[nameStart - 2]) && isCapitalized(u.toks[nameStart - 2].text)) nameStart = b - 1;
    // "Spelemann Torleiv Nordbø Kjos", with a first name no list holds: as the name layer reads it.
    if (lex.suffixedDefinite && b - nameStart >= 2 && personCompound(u.toks[nameStart].text)) nameStart++;
  }
  // "The Department of Justice", "the Federal Bureau of Prisons": an English body's name goes on
  // past "of" or "for" into its capitalised complement, wherever the phrase read was cut.
  // (Only of a name the phrase opens on, its article aside: "president of the United Federation"
  // is the president's affiliation.)
  let opens = a;
  while (opens < nameStart && lex.quantifiers.has(u.lw[opens])) opens++;
  const last = lex.suffixedDefinite || opens < nameStart ? b : ofComplementEnd(u, b);
  const t0 = u.toks[nameStart];
  const t1 = u.toks[last];
  const text = u.text.slice(t0.start, t1.end);
  // Before the name: a title ("president", "Natos generalsekretær") or a descriptor ("nyhetsbyrået").
  let pre = a;
  while (pre < nameStart && lex.quantifiers.has(u.lw[pre])) pre++;
  const preText = pre < nameStart ? u.text.slice(u.toks[pre].start, u.toks[nameStart - 1].end) : '';
  const hasRole = preText !== '' && titleIn(u.lw, pre, nameStart);
  let name = text;
  const place = places(t0.start, t1.end);
  // A genitive name standing alone is a place or organisation's possessive, not a speaker ("Natos" alone).
  const gm = mayBeGenitive(name) ? (lex.genitive ?? GENITIVE).exec(name) : null;
  if (gm && lex.genitive) name = gm[1];
  // A genitive is followed by what it owns ("Natos generalsekretær"), not by an adverb or a day ("til Reuters torsdag").
  // (Nor by the verb that reports: "… i Valdres mener"; nor is the s of a place's own name one: "Hellas betaler".)
  else if (gm && nameStart === b && b + 1 < u.toks.length && u.toks[b + 1].kind === TokenKind.Word && !isCapitalized(u.toks[b + 1].text)
    && !lex.adverbs.has(u.lw[b + 1]) && !lex.verbs.has(u.lw[b + 1]) && !place?.nameEndsInS) {
    name = gm[1];
  }
  // (A name run on past "of" is its head's, an organisation's: "United Federation of Teachers".)
  const type = last > b ? 'organisation' : sourceTypeOf(name, {
    proper: true,
    country: !!place?.country,
    place: !!place,
    role: hasRole ? preText : undefined,
    descriptor: hasRole ? undefined : preText || undefined,
    words: last - nameStart + 1,
  });
  const m = mention(t0.start, t1.end, text, name, type, true);
  // A title is metadata; so is a descriptor that says what the source is ("nyhetsbyrået").
  if (preText && (hasRole || type === 'agency' || type === 'media' || (type === 'organisation' && !isCapitalized(u.toks[pre].text)))) m.role = preText;
  return [m];
}

/** Where an organisation's name ending at b goes on to past "of"/"for" and its capitalised words
 *  ("Department of Health and Human Services", "Bureau of the Census"): b itself where it does not. */
function ofComplementEnd(u: Unit, b: number): number {
  const n = u.toks.length;
  if (b + 2 >= n || (u.lw[b + 1] !== 'of' && u.lw[b + 1] !== 'for') || u.quoted[b + 1] || !isOrgName(u.toks[b].text)) return b;
  let k = b + 1;
  let end = b;
  while (k + 1 < n && (u.lw[k] === 'of' || u.lw[k] === 'for' || u.lw[k] === 'and' || u.lw[k] === 'the' || k === b + 1) && !u.quoted[k]) {
    let e = k + 1;
    // ("the Department of Justice and the FBI": two bodies.)
    if (u.lw[e] === 'the' && e + 1 < n) { if (u.lw[k] === 'and') break; e++; }
    if (!isName(u, e) || u.quoted[e]) break;
    while (e + 1 < n && isName(u, e + 1) && !u.quoted[e + 1]) e++;
    end = e;
    k = e + 1;
  }
  return end;
}

const SHARE_WORDS = new Set(['prosent', 'prosenten']);

/** "35 prosent": a figure with a percent word, the share of a poll's answers. */
export function isShare(u: Unit, k: number): boolean {
  return u.toks[k].kind === TokenKind.Number && k + 1 < u.toks.length && SHARE_WORDS.has(u.lw[k + 1]) && !u.quoted[k + 1];
}

export const INDEFINITE = new Set(['en', 'ei', 'et', 'ein', 'eit']);
const MORE = new Set(['mer', 'meir', 'flere', 'fleire']);

/** "18 overleger", "over 300 innbyggere i bygda": a whole number of people (a group noun right after it). */
function countedGroup(u: Unit, k: number, b: number): boolean {
  return k < b && k + 1 < u.toks.length && /^\d{1,3}(?:[ .\u00a0]\d{3})*$/.test(u.toks[k].text) && isGroupNoun(u.lw[k + 1]) && !u.quoted[k + 1];
}

const AGED_WORDS = new Set(['gamle', 'gammel', 'gamal', 'gammal']);

/** Tokens from k read an age before a noun: "46 år gamle", "24 år gammel", "46 år gamal". */
export function agePhraseAt(toks: readonly Token[], k: number): boolean {
  return k >= 0 && k + 2 < toks.length && toks[k].kind === TokenKind.Number && toks[k + 1].text === 'år' && AGED_WORDS.has(toks[k + 2].text);
}

/** "24-åring", "46-åringen", "46-åringa": a person by their age (the age is group 1). */
export const AGE_NOUN = /^(\d{1,3})-åring(?:en|a)?$/;

/** The phrase [a, b] as a common noun phrase, proper names inside it or not ("Politiet i Bergen"). */
export function commonPhrase(u: Unit, a: number, b: number, lex: Lexicon, places: PlaceLookup): Mention[] {
  let s = a;
  // "en av livvaktene" keeps its "en": the source is one of them.
  while (s < b && (lex.notHeads.has(u.lw[s]) || lex.quantifiers.has(u.lw[s]) && u.lw[s + 1] !== 'av' && u.lw[s + 1] !== 'of')) s++;
  // A figure speaks only as a poll's share of those asked ("51 prosent svarer at"; English
  // "47 percent said", as PolNeAR marks them).
  // "A 2011 email shows": a year before a document is its date, not a figure that speaks.
  if (u.toks[s].kind === TokenKind.Number && s < b && u.toks[s].text.length === 4 && isDocumentNoun(u.lw[b])) s++;
  // "En 24 år gammel student", "Den 46 år gamle kvinnen": an age before the noun; it is a person.
  const ageAt = lex.suffixedDefinite && s + 3 <= b && agePhraseAt(u.toks, s) ? s : -1;
  if (ageAt >= 0) s += 3;
  // "18 overleger ved sykehuset skrev": a count of people is a group of them.
  if (u.toks[s].kind === TokenKind.Number && !(lex.suffixedDefinite ? isShare(u, s) || countedGroup(u, s, b) : u.lw[s + 1] === 'percent')) return [];
  const head = POSSESSIVES.has(u.lw[b]) && b > s ? b - 1 : b;
  const hl = u.lw[head];
  if (lex.nonSpeakers.has(hl) || lex.quantifiers.has(hl) || lex.boundaries.has(hl) || lex.adverbs.has(hl) || lex.notHeads.has(hl)) return [];
  if (u.toks[head].kind !== TokenKind.Word) return [];
  // A lone capitalised sentence opener that is not a noun ("Derfor", "Samtidig") was filtered as an adverb;
  // a lone lower-case adjective cannot speak, but an adjective used as a noun for people can ("De ansatte", "Dei tilsette").
  // ("En 24-åring": a person by their age.)
  const ageNoun = lex.suffixedDefinite && AGE_NOUN.test(hl);
  // "De evakuerte", "Fleire fastbuande", "mange av dei sesongtilsette": so does any adjective in -e
  // after a plural determiner or a quantity (the determiner was passed above).
  // (The phrase reader may have left the determiner out: it is read where it stands.)
  const nounAdjective = lex.suffixedDefinite && s === b && s > 0 && hl.length >= 5 && hl.endsWith('e') && lex.quantifiers.has(u.lw[s - 1])
    && !SINGULAR_DETERMINERS.has(u.lw[s - 1]) && !u.quoted[s - 1];
  if (lex.suffixedDefinite && s === b && !PLURALISH.test(hl) && !/(?:en|et|a|t|n)$/.test(hl) && !isRoleWord(hl) && !isCapitalized(u.toks[s].text) && !isDocumentNoun(hl) && !isGroupNoun(hl)
    && !SOURCE_NOUNS.has(hl) && newPersonNoun(hl) === undefined && !ageNoun && !nounAdjective) return [];
  // "sier en kvinne": a person met for the first time keeps the article, as the mention layer names
  // her, so that a later "hun" is the same source. So does one given an age ("en 24 år gammel student").
  if (ageAt >= 0) s = ageAt;
  const newcomer = lex.suffixedDefinite && s > a && INDEFINITE.has(u.lw[s - 1]) && (newPersonNoun(hl) !== undefined || ageAt >= 0 || ageNoun);
  if (newcomer) s--;
  const t0 = u.toks[s];
  const t1 = u.toks[b];
  const text = u.text.slice(t0.start, t1.end);
  const place = places(t0.start, t1.end);
  // "Forskere ved NTNU", "Ansatte i kommunen": people of a body are a group, not the body (whose
  // name ends the phrase, where sourceTypeOf looks for its head).
  const group = lex.suffixedDefinite && s < b && AFFILIATION.has(u.lw[s + 1]) && isGroupNoun(u.lw[s]);
  // "Ein maskinist i reiarlaget", "tilsett ved legekontoret": one of a body's people is a person,
  // not the body whose name ends the phrase ("laget" later is no such person).
  const member = lex.suffixedDefinite && !group && s + 1 < b && AFFILIATION.has(u.lw[s + 1]) && !isCapitalized(u.toks[s].text)
    && !isOrgNoun(u.lw[s]) && !isDocumentNoun(u.lw[s]) && !isGroupNoun(u.lw[s]) && !lex.nonSpeakers.has(u.lw[s]);
  // ("27-åringen erkjende at …": one given an age is a person, with or without an article.)
  const type = newcomer || member || (ageNoun && s === b) ? 'person' : group ? 'group' : sourceTypeOf(text, { proper: false, country: !!place?.country, place: !!place, words: b - s + 1 });
  // Keep the name as written but start it lower-case unless it is a proper noun mid-phrase.
  const m = mention(t0.start, t1.end, text, text, type, false);
  if (lex.suffixedDefinite && (newcomer || (s > a && INDEFINITE.has(u.lw[s - 1])))) m.indefinite = true;
  return [m];
}

/** A phrase: tokens [a, b]; `head` is the speaker's last token when a prepositional
 *  phrase follows it ("Tormod Heier ved Forsvarets høgskole", "en kilde i alliansen"). */
export interface PhraseSpan {
  a: number;
  b: number;
  head?: number;
}

// Prepositions that attach an affiliation to a speaker.
/** Norwegian articles before an adjective ("det spanske forskingsrådet", "den nye sjefen"). */
export const ADJECTIVE_ARTICLES = new Set(['den', 'det', 'dei', 'de']);
const AFFILIATION = new Set(['i', 'ved', 'hos', 'fra', 'frå', 'på', 'for', 'in', 'at', 'from', 'of', 'with']);
// Nouns that speak for an institution they are "in": "kilder i regjeringen".
const SOURCE_NOUNS = new Set([
  'kilde', 'kilder', 'kilden', 'kildene', 'kjelde', 'kjelder', 'kjelda', 'source', 'sources', 'official', 'officials',
  'tjenesteperson', 'tjenestepersoner', 'representant', 'representanter', 'ansatt', 'ansatte', 'tilsett', 'tilsette',
  'medlem', 'medlemmer', 'people', 'person', 'personer',
]);

/** A noun for someone who may speak: a title, a person noun, a group, "kilde", "representant". */
export function speakerNoun(w: string): boolean {
  return SOURCE_NOUNS.has(w) || isRoleWord(w) || isGroupNoun(w) || newPersonNoun(w) !== undefined;
}

/** "en talsmann for departementet": a title after the cue with the institution it speaks for. */
export function withAffiliation(u: Unit, r: PhraseSpan, lex: Lexicon): PhraseSpan {
  const p = r.b + 1;
  // Only the language's own prepositions: English "at" is Norwegian "that".
  // "tall fra SSB": figures with who issued them.
  const issued = lex.from.has(u.lw[p]) && isDocumentNoun(u.lw[r.b]);
  // ("sa Statsforvalteren i Innlandet", "opplyser politiet i Vest": a body's word takes its place too.)
  const body = r.a === r.b && isOrgNoun(u.lw[r.b]);
  if (!lex.suffixedDefinite || p + 1 >= u.toks.length || !AFFILIATION.has(u.lw[p]) || !lex.prepositions.has(u.lw[p]) || u.quoted[p] || !(isRoleWord(u.lw[r.b]) || SOURCE_NOUNS.has(u.lw[r.b]) || issued || body)) return r;
  const rest = phraseRightOf(u, p + 1, lex);
  if (!rest || isPronoun(lex, u.lw[rest.a]) && rest.a === rest.b) return r;
  if (body && !wholePlaceName(u, rest, lex)) return r;
  // "skriver direktøren i et brev", "revisoren i en merknad": a document the role writes in is where
  // it said so, not where it works.
  if (!issued && isDocumentNoun(u.lw[rest.b]) && INDEFINITE.has(u.lw[rest.a])) return r;
  return { a: r.a, b: rest.b, head: r.b };
}

/** The name after a body's word and its preposition is a short name that ends there: not a time or
 *  a text ("sa kommunen i går", "opplyser politiet i en pressemelding"), nor a name cut short
 *  ("Statsforvalteren i Østfold, Buskerud …", "Verdsarvrådet for Vestnorsk fjordlandskap"). */
function wholePlaceName(u: Unit, rest: PhraseSpan, lex: Lexicon): boolean {
  if (!isName(u, rest.a) || rest.b > rest.a + 2) return false;
  const k = rest.b + 1;
  if (k >= u.toks.length) return true;
  if (u.toks[k].text === ',') return !isName(u, k + 1);
  const w = u.lw[k];
  return u.toks[k].kind !== TokenKind.Word || lex.that.has(w) || lex.prepositions.has(w) || lex.boundaries.has(w) || w === 'om';
}

/** A capitalised compound on an everyday noun for a person ("Spelemann", "Småbarnsmor"), not a
 *  first name: opening a run of three names or more, it is what the person is. */
export function personCompound(word: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 7 && newPersonNoun(w) !== undefined && newPersonNoun(w, true) === undefined && !isFirstName(word);
}

const GET_AUXILIARIES = new Set(['få', 'får', 'fikk', 'fått', 'fekk']);

/** "Tidlegare lagvenninner i Volda fortel", "Naboane i gata fortel": people, plural by their ending
 *  or by the word before them, opening the sentence, with where they are from after it. (Not
 *  "Som innbygger i Tafjord": a singular agent noun ends in "-er" too.) */
function pluralOpening(u: Unit, head: number): boolean {
  const w = u.lw[head];
  if (u.toks[head].kind !== TokenKind.Word || u.quoted[head]) return false;
  if (u.sentenceStarts.has(head)) return PEOPLE_PLURAL_DEFINITE.test(w);
  // "Flere av pendlerne på perrongen sier": a share of them.
  if (head >= 2 && u.lw[head - 1] === 'av' && u.sentenceStarts.has(head - 2) && PLURAL_BEFORE.has(u.lw[head - 2])) return PEOPLE_PLURAL_DEFINITE.test(w);
  return head >= 1 && u.sentenceStarts.has(head - 1) && !isCapitalized(u.toks[head].text) && PLURAL_BEFORE.has(u.lw[head - 1]) && PEOPLE_PLURAL.test(w);
}
const PLURAL_BEFORE = new Set(['fleire', 'flere', 'mange', 'nokre', 'noen', 'alle', 'begge', 'tidlegare', 'tidligere', 'andre']);
const WHOLE = new Set(['hele', 'heile']);
const WHOLE_TIMES = new Set(['tiden', 'tida', 'veien', 'vegen', 'dagen', 'året', 'høsten', 'hausten', 'våren', 'sommeren', 'vinteren', 'uka', 'uken', 'helga', 'helgen']);

/** The noun phrase that ends just left of token index `end` (exclusive), skipping adverbs. */
export function phraseLeftOf(u: Unit, end: number, lex: Lexicon, stopAt = 0): PhraseSpan | undefined {
  let b = end - 1;
  // "Har VG fått bekreftet at …": "få" before a participle is an auxiliary, not part of the name.
  if (b > stopAt && lex.suffixedDefinite && GET_AUXILIARIES.has(u.lw[b]) && !u.quoted[b]) b--;
  // "Republicans don't seem to", "Trump sometimes seems", "X could only quip": so are negated auxiliaries and focus adverbs.
  // English keeps its subject before the whole verb group: "Republicans are so opposed", "X would only say".
  for (;;) {
    // ("har alt varsla": Nynorsk "alt" after an auxiliary is "already", not "everything".)
    while (b >= stopAt && (lex.adverbs.has(u.lw[b]) || lex.perfect.has(u.lw[b]) || lex.notHeads.has(u.lw[b])
      || (lex.suffixedDefinite && u.lw[b] === 'alt' && b > stopAt && NORWEGIAN_FINITE_AUX.has(u.lw[b - 1]))
      || (!lex.suffixedDefinite && (lex.auxiliaries.has(u.lw[b]) || lex.passive.has(u.lw[b])))) && !isSubjectLike(u, b, lex)) b--;
    // "The senators both said", "Rihanna, who both shared": a quantifier floated off its subject.
    if (!lex.suffixedDefinite && b - 1 >= stopAt && FLOATING.has(u.lw[b]) && !u.quoted[b] && u.toks[b - 1].kind === TokenKind.Word && !u.sentenceStarts.has(b)
      && !NOT_BEFORE_FLOATING.has(u.lw[b - 1])) { b--; continue; }
    // "27-åringen har hele tiden erkjent": a time phrase between the auxiliary and the participle.
    if (lex.suffixedDefinite && b - 1 >= stopAt && WHOLE.has(u.lw[b - 1]) && WHOLE_TIMES.has(u.lw[b]) && !u.quoted[b]) { b -= 2; continue; }
    break;
  }
  // "Gram (Sp) sier", "Hansen (45) forteller": a short parenthesis between speaker and cue.
  if (b > stopAt) b = beforeParenthesis(u, stopAt, b);
  // "Joseph R. Biden Jr. said", "The F.B.I. has said": the period of a name's suffix or of a
  // dotted acronym ends no phrase.
  if (b - 2 >= stopAt && u.toks[b].text === '.' && !u.quoted[b]
    && ((NAME_SUFFIXES.has(u.lw[b - 1]) && isName(u, b - 2)) || (initialLetter(u.toks[b - 1].text) && u.toks[b - 2].text === '.'))) b--;
  if (b < stopAt) return undefined;
  let a = b;
  if (!inPhraseLeftOf(u, b, b, lex) && !isPronoun(lex, u.lw[b])) return undefined;
  if (isPronoun(lex, u.lw[b])) return { a: b, b };
  while (a - 1 >= stopAt && b - a < 7) {
    const k = a - 1;
    if (inPhraseLeftOf(u, k, b, lex)) { a = k; continue; }
    // "Nærings- og fiskeridepartementet": the first compound's shared ending is left out.
    if (k - 2 >= stopAt && suspendedCompound(u, k - 2) && !u.quoted[k - 2]) { a = k - 2; continue; }
    // "Tjenestepersoner og eksperter", "Sør-Korea og Ukraina".
    if ((u.lw[k] === 'og' || u.lw[k] === 'and') && k - 1 >= stopAt) {
      // "Ola Dale (Ap) og Kari Nes": a short parenthesis after the name on the left.
      let left = beforeParenthesis(u, stopAt, k - 1);
      if (left !== k - 1 && !isName(u, left)) left = k - 1;
      if (inPhraseLeftOf(u, left, b, lex) && coordinable(u, left, a, b, lex)) {
        a = left;
        continue;
      }
    }
    break;
  }
  // An affiliation before the phrase belongs to the speaker on its left.
  // "Per Arne Kvisler (Sp) i Ringsaker sier": over a short parenthesis after the name.
  // "Elena Vidal ved det spanske forskingsrådet CSIC": over the article of an adjective too.
  // (Only after a name: "Talskvinne i det russiske utenriksdepartementet Jelena Vorobjova" is a title's affiliation.)
  const article = a - 3 >= stopAt && (ADJECTIVE_ARTICLES.has(u.lw[a - 1]) || u.lw[a - 1] === 'the') && AFFILIATION.has(u.lw[a - 2]) && !u.quoted[a - 1]
    && isName(u, a - 3) && !u.sentenceStarts.has(a - 3) ? 1 : 0;
  const aff = a - article;
  let head = aff - 2;
  if (head > stopAt && u.toks[head].text === ')' && AFFILIATION.has(u.lw[aff - 1])) {
    const named = beforeParenthesis(u, stopAt, head);
    if (named !== head && isName(u, named)) head = named;
  }
  if (head >= stopAt && AFFILIATION.has(u.lw[aff - 1]) && u.toks[head].kind === TokenKind.Word && !u.quoted[head]
    && (isCapitalized(u.toks[head].text) && !u.sentenceStarts.has(head) || isRoleWord(u.lw[head]) || SOURCE_NOUNS.has(u.lw[head]) || isOrgNoun(u.lw[head])
      || (lex.suffixedDefinite && (isGroupNoun(u.lw[head]) || pluralOpening(u, head) || indefiniteOpening(u, head))) || (!lex.suffixedDefinite && pluralCommonHead(u, head, aff - 1)))) {
    const inner = phraseLeftOf(u, aff - 1, lex, stopAt);
    // Chains too: "Lise Dahl ved Universitetet i Tromsø".
    if (inner && inner.b === head) return { a: inner.a, b, head: inner.head ?? head };
  }
  // "Direktoratet for samfunnssikkerhet og beredskap": an affiliation of coordinated nouns.
  for (let k = a - 1; k >= stopAt + 1 && a - k <= 6; k--) {
    const w = u.lw[k];
    if (u.quoted[k] || u.toks[k].kind !== TokenKind.Word) break;
    if (!AFFILIATION.has(w)) continue;
    const h = k - 1;
    if (isOrgNoun(u.lw[h]) || isRoleWord(u.lw[h]) || SOURCE_NOUNS.has(u.lw[h]) || (lex.suffixedDefinite && isGroupNoun(u.lw[h]))) {
      let ok = true;
      for (let m = k + 1; m < a; m++) if (u.lw[m] !== 'og' && lex.boundaries.has(u.lw[m])) ok = false;
      if (ok) return { a: h, b, head: h };
    }
    break;
  }
  return { a, b };
}

/** "En hyttegjest i området sier …": a noun brought in by an indefinite article opening the sentence
 *  is someone new, whatever the lexicon knows of the noun; its affiliation is its own. */
function indefiniteOpening(u: Unit, head: number): boolean {
  const art = head - 1;
  // (Only a noun the lexicon does not know: titles, person nouns and documents have readings of their own.)
  const w = u.lw[head];
  return art >= 0 && INDEFINITE.has(u.lw[art]) && !u.quoted[art] && (art === 0 || u.sentenceStarts.has(art)) && !isCapitalized(u.toks[head].text)
    && !speakerNoun(w) && !isDocumentNoun(w);
}

/** Token k can be part of the phrase ending at b (a module function, not a closure made per call). */
function inPhraseLeftOf(u: Unit, k: number, b: number, lex: Lexicon): boolean {
  return (u.toks[k].kind === TokenKind.Word || (u.toks[k].kind === TokenKind.Number && k < b) || (k < b && (nameDot(u, k) || ampersand(u, k) || ordinalDot(u, k)))) &&
    !lex.boundaries.has(u.lw[k]) && !u.quoted[k] && !lex.adverbs.has(u.lw[k]) && !lex.notHeads.has(u.lw[k])
    // "banken burde ha varsla", "Eg kunne aldri ha trudd": a Norwegian modal ends the subject before it.
    && !(lex.suffixedDefinite && NORWEGIAN_MODALS.has(u.lw[k]))
    // "A spokesman said the agency was looking", "…, saying the city had posted": nor is a verb of
    // saying or an adjunct in "-ing" part of an English subject.
    && !(!lex.suffixedDefinite && (ENGLISH_SAID.has(u.lw[k]) || lex.verbs.get(u.lw[k])?.adjunct === true));
}
const ENGLISH_SAID = new Set(['said', 'says', 'told', 'tells']);

/** The period of a Norwegian ordinal inside a phrase: "i 10. klasse", "3. divisjon". */
function ordinalDot(u: Unit, k: number): boolean {
  const next = u.toks[k + 1];
  return u.toks[k].text === '.' && k > 0 && u.toks[k - 1].kind === TokenKind.Number && u.toks[k - 1].end === u.toks[k].start
    && next !== undefined && next.kind === TokenKind.Word && !isCapitalized(next.text) && !u.sentenceStarts.has(k + 1);
}
// Quantifiers an English subject may leave behind before its verb ("they both said", "who both shared").
export const FLOATING: ReadonlySet<string> = new Set(['both', 'all', 'each']);
// Before these a quantifier is no floated one: "of all", "the both" never float.
const NOT_BEFORE_FLOATING = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'and', 'or']);
// Never a noun, unlike "går" in "i går" (lex.auxiliaries has it for "går ut på").
const NORWEGIAN_MODALS = new Set(['vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'må', 'måtte', 'bør', 'burde']);
/** Norwegian finite auxiliaries, the modals among them: never part of a noun phrase. */
export const NORWEGIAN_FINITE_AUX: ReadonlySet<string> = new Set([...NORWEGIAN_MODALS, 'har', 'hadde', 'er', 'var', 'blir', 'ble', 'vart', 'vert']);

/** "Northstate Power & Light", "Procter & Gamble": an ampersand between capitalised words of a name. */
export function ampersand(u: Unit, k: number): boolean {
  return u.toks[k].text === '&' && k > 0 && k + 1 < u.toks.length && isName(u, k - 1) && isName(u, k + 1) && !u.quoted[k];
}

const PLACE_AFFILIATION = new Set(['in', 'at', 'from']);

/** "Voters in Iowa told …", "Democrats in the House said": an English plural noun, capitalized only
 *  by the sentence start if at all, is the speaker and what follows its preposition the affiliation. */
function pluralCommonHead(u: Unit, k: number, prep: number): boolean {
  const w = u.lw[k];
  // Not "ballots for the party's", "members of the government, which …": a purpose or a part.
  return PLACE_AFFILIATION.has(u.lw[prep]) && w.length >= 5 && w.endsWith('s') && !w.endsWith('ss') && (u.sentenceStarts.has(k) || !isCapitalized(u.toks[k].text));
}

/** "Nærings- og", "helse- eller": a word whose ending is shared with the compound after
 *  the conjunction, the hyphen written on to it. */
export function suspendedCompound(u: Unit, k: number): boolean {
  const c = k + 2;
  return c + 1 < u.toks.length && u.toks[k].kind === TokenKind.Word && u.toks[k + 1].text === '-'
    && u.toks[k + 1].start === u.toks[k].end && (u.lw[c] === 'og' || u.lw[c] === 'eller') && u.toks[c + 1].kind === TokenKind.Word;
}

/** The token before a short parenthesis ending at `end` ("Ola Dale (Ap)"), or `end` itself. */
export function beforeParenthesis(u: Unit, a: number, end: number): number {
  if (u.toks[end].text !== ')') return end;
  let open = end - 1;
  while (open > a && end - open < 6 && u.toks[open].text !== '(') open--;
  return u.toks[open].text === '(' && open - 1 >= a ? open - 1 : end;
}

function coordinable(u: Unit, left: number, right: number, head: number, lex: Lexicon): boolean {
  const l = u.toks[left].text;
  const r = u.toks[right].text;
  const lc = isCapitalized(l) && !u.sentenceStarts.has(left);
  // "… og statsminister Kari Nes": a title before a name counts as the name.
  const rc = isCapitalized(r) || (right + 1 < u.toks.length && isTitleBeforeName(u.lw[right]) && isCapitalized(u.toks[right + 1].text));
  if (lc && rc) return true;
  if (u.sentenceStarts.has(left) && rc) return true;
  // "Aurland brann og redning": two lower-case words after a place name are a body's name.
  if (lex.suffixedDefinite && !lc && !rc && left >= 1 && isCapitalized(u.toks[left - 1].text) && !u.sentenceStarts.has(left - 1) && u.toks[left].kind === TokenKind.Word && u.toks[right].kind === TokenKind.Word) return true;
  // "Kirkens egne råd og utvalg sier", "Alle lag og organisasjonar meiner": two lower-case nouns in a
  // subject that opens its sentence on an owner or a quantity.
  if (lex.suffixedDefinite && !lc && !rc && u.toks[left].kind === TokenKind.Word && u.toks[right].kind === TokenKind.Word && ownedOpening(u, left, head, lex)) return true;
  // "teachers and union officials": in English the phrase on the right is plural by its head.
  return PLURALISH.test(u.lw[left]) && (PLURALISH.test(u.lw[right]) || (!lex.suffixedDefinite && PLURALISH.test(u.lw[head]))) && !rc;
}

/** The words before `left` (at most three, all of the phrase ending at head) open the sentence on a
 *  genitive name ("Kirkens") or a quantity ("Alle", "Mange"). */
function ownedOpening(u: Unit, left: number, head: number, lex: Lexicon): boolean {
  for (let k = left - 1; k >= 0 && left - k <= 3; k--) {
    if (!inPhraseLeftOf(u, k, head, lex)) return false;
    if (k === 0 || u.sentenceStarts.has(k)) {
      const t = u.toks[k].text;
      return (isCapitalized(t) && t.length > 3 && t.endsWith('s')) || lex.quantifiers.has(u.lw[k]);
    }
  }
  return false;
}

function isSubjectLike(u: Unit, k: number, lex: Lexicon): boolean {
  return isPronoun(lex, u.lw[k]) && !lex.perfect.has(u.lw[k]);
}

export function isPronoun(lex: Lexicon, w: string): boolean {
  return lex.personPronouns.has(w) || lex.groupPronouns.has(w) || lex.thingPronouns.has(w) || contractedPronoun(lex, w) !== undefined;
}

/** "he’s", "they're", "I'd": the pronoun of an English contraction with a verb, if w is one. */
function contractedPronoun(lex: Lexicon, w: string): string | undefined {
  if (lex.suffixedDefinite || w.length > 7) return undefined;
  let k = w.indexOf('’');
  if (k < 0) k = w.indexOf("'");
  if (k < 1) return undefined;
  const p = w.slice(0, k);
  return lex.personPronouns.has(p) || lex.groupPronouns.has(p) || lex.thingPronouns.has(p) ? p : undefined;
}

/** The noun phrase starting at token `start`, for speakers after the cue ("sa president X torsdag"). */
export function phraseRightOf(u: Unit, start: number, lex: Lexicon): { a: number; b: number } | undefined {
  if (start >= u.toks.length) return undefined;
  // "krev meir enn hundre norske musikarar at": a count of people with "more than" before it.
  if (lex.suffixedDefinite && MORE.has(u.lw[start]) && u.lw[start + 1] === 'enn' && !u.quoted[start] && !u.quoted[start + 1]) {
    const r = phraseRightOf(u, start + 2, lex);
    return r && r.b > r.a ? { a: start, b: r.b } : undefined;
  }
  // "sa den nye statsministeren": "den"/"de" before a noun phrase is its article, not a pronoun.
  const article = (isPronoun(lex, u.lw[start]) || u.lw[start] === 'det') && articleBefore(u, start, lex);
  if (isPronoun(lex, u.lw[start]) && !article) return { a: start, b: start };
  // "forteller deg at …": an object, not a speaker.
  // "said one source in the room", Nynorsk "seier ein sint Ola Berg": "one"/"ein" before a noun is its determiner, not the pronoun.
  if (lex.nonSpeakers.has(u.lw[start]) && !article && !((u.lw[start] === 'one' || u.lw[start] === 'ein') && start + 1 < u.toks.length && u.toks[start + 1].kind === TokenKind.Word
    && !u.quoted[start + 1] && !lex.boundaries.has(u.lw[start + 1]) && !lex.that.has(u.lw[start + 1]))) return undefined;
  let b = article ? start : start - 1;
  if (suspendedCompound(u, start)) b = start + 2;
  // "svarte 35 prosent at": a share of those asked, after an inverted cue.
  if (lex.suffixedDefinite && !u.quoted[start] && (isShare(u, start) || countedGroup(u, start, start + 1))) b = start;
  while (b + 1 < u.toks.length && b - start < 7) {
    const k = b + 1;
    const t = u.toks[k];
    if (nameDot(u, k) && !u.quoted[k]) { b = k; continue; }
    // "mener Norges vassdrags- og energidirektorat (NVE)": a suspended compound inside the phrase.
    if (k > start && suspendedCompound(u, b) && !u.quoted[k]) { b = k + 1; continue; }
    if (t.kind !== TokenKind.Word || u.quoted[k]) break;
    if (lex.boundaries.has(u.lw[k]) && !POSSESSIVES.has(u.lw[k]) && !(NAME_PARTICLES.has(u.lw[k]) && k > start && isName(u, k - 1) && k + 1 < u.toks.length && isName(u, k + 1))) {
      // "og" inside a coordinated name: "sier Ap og Høyre".
      if ((u.lw[k] === 'og' || u.lw[k] === 'and') && k > start && isName(u, k - 1) && k + 1 < u.toks.length && isName(u, k + 1)) { b = k; continue; }
      // "stadfestar eigar og dagleg leiar Kristin Orheim Tenold": two titles joined before one name.
      // (The first may be a noun no title list holds: "eier og daglig leder Kari Hansen".)
      if (lex.suffixedDefinite && u.lw[k] === 'og' && k === start + 1 && !isName(u, start) && !lex.prepositions.has(u.lw[start]) && !lex.verbs.has(u.lw[start])
        && titleBeforeNameAt(u, k + 1)) { b = k; continue; }
      // "Secretary of State Kendra Lowry": a capitalised title goes on past "of" into its office and the name.
      // (Only a title from the phrase's start: "Representative Peter T. King of New York" is a name and its home.)
      if (!lex.suffixedDefinite && (u.lw[k] === 'of' || u.lw[k] === 'for') && k > start && isCapitalized(u.toks[k - 1].text) && allTitles(u, start, k)
        && k + 1 < u.toks.length && isName(u, k + 1)) { b = k; continue; }
      break;
    }
    if (lex.adverbs.has(u.lw[k])) break;
    // "foreslår kommunedirektøren å slå sammen …": the infinitive marker starts what is proposed.
    if (lex.suffixedDefinite && k > start && u.lw[k] === 'å') break;
    // "seier mannskapa måtte vente": a Norwegian finite verb ends the phrase (what is said, not who says it).
    if (lex.suffixedDefinite && k > start && NORWEGIAN_FINITE_AUX.has(u.lw[k])) break;
    // After a name, a lower-case word ends the phrase unless it belongs to the name
    // ("Statens vegvesen"): "Ifølge CNN varte møtet …" stops at the verb.
    // "Kroatias ambassadør Kolinda Grabar-Kitarovic": a title after a genitive name goes on to the name.
    // So does a noun after a Norwegian genitive: "en av Diarras livvakter".
    // "Slik beskriver en kvinne møtet", "… beskriver Kari Nes møtet": a definite noun after a noun or a
    // name starts the object. Norwegian has no "en kvinne møtet", nor a definite noun after a genitive.
    if (lex.suffixedDefinite && k > start && !isName(u, k) && looksDefinite(u.lw[k]) && !isRoleWord(u.lw[k]) && !isOrgTail(u.lw[k]) && nounAt(u, k - 1, start)) break;
    const titleAfterGenitive = k > 0 && u.toks[k - 1].text.endsWith('s') && (isRoleWord(u.lw[k]) || (lex.suffixedDefinite && k === b + 1 && !lex.adverbs.has(u.lw[k])));
    // "said one GOP source", "said a Clinton spokesman": in English a name before a title or source noun modifies it.
    const nounAfterName = !lex.suffixedDefinite && (isRoleWord(u.lw[k]) || SOURCE_NOUNS.has(u.lw[k]));
    if (k > start && isName(u, k - 1) && !isName(u, k) && !isOrgTail(u.lw[k]) && !POSSESSIVES.has(u.lw[k]) && !titleAfterGenitive && !nounAfterName && !ENGLISH_GENITIVE.test(u.toks[k - 1].text)) break;
    // "Statens vegvesen køyrde": a name ends with its organisation word.
    if (k > start + 1 && isName(u, start) && !isName(u, k) && isOrgTail(u.lw[k - 1]) && !isName(u, k - 1)) break;
    b = k;
  }
  // "mener Direktoratet for medisinske produkter (DMP) at": a body's name runs on to its initials.
  if (lex.suffixedDefinite && b >= start && isName(u, b) && isOrgTail(u.lw[b])) b = nameBeforeInitials(u, b, lex) ?? b;
  return b >= start ? { a: start, b } : undefined;
}

/** A title at k, perhaps after an adjective or two ("dagleg leiar"), and a name right after it. */
function titleBeforeNameAt(u: Unit, k: number): boolean {
  for (let m = k; m < u.toks.length && m <= k + 2; m++) {
    if (u.toks[m].kind !== TokenKind.Word || u.quoted[m] || isName(u, m)) return false;
    if (isRoleWord(u.lw[m])) return m + 1 < u.toks.length && isName(u, m + 1) && !u.quoted[m + 1];
  }
  return false;
}

/** Every word from a up to (not including) b is a title ("Deputy Secretary"). */
function allTitles(u: Unit, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (u.toks[k].kind === TokenKind.Word && !isRoleWord(u.lw[k])) return false;
  return true;
}

/** After an organisation's word at b, a preposition and lower-case words up to initials in
 *  parentheses ("for medisinske produkter (DMP)"): the last of those words. */
function nameBeforeInitials(u: Unit, b: number, lex: Lexicon): number | undefined {
  if (!lex.prepositions.has(u.lw[b + 1] ?? '')) return undefined;
  for (let k = b + 2; k < u.toks.length && k <= b + 6; k++) {
    const t = u.toks[k];
    if (t.text === '(') return k > b + 2 && initialsAt(u.toks, k) ? k - 1 : undefined;
    if (t.kind !== TokenKind.Word || u.quoted[k] || isCapitalized(t.text) || lex.verbs.has(u.lw[k]) || lex.that.has(u.lw[k])) return undefined;
  }
  return undefined;
}

const ARTICLE_PRONOUNS = new Set(['den', 'de', 'dei']);

/** Adjectives from k, then a definite neuter noun ("amerikanske geologiske instituttet"). */
function neuterPhraseAfter(u: Unit, k: number): boolean {
  let m = k;
  while (m < u.toks.length && m < k + 3 && u.toks[m].kind === TokenKind.Word && !u.quoted[m] && u.lw[m].length > 2 && u.lw[m].endsWith('e') && !/[td]e$/.test(u.lw[m])) m++;
  return m > k && m < u.toks.length && u.toks[m].kind === TokenKind.Word && !u.quoted[m] && u.lw[m].length > 3 && u.lw[m].endsWith('et');
}
/** A Norwegian definite singular noun by its ending ("møtet", "situasjonen", "boka"); some adjectives
 *  in -en ("egen", "liten") look the same, but not after a noun, where this is asked. */
export function looksDefinite(w: string): boolean {
  return w.length >= 5 && (w.endsWith('et') || w.endsWith('en') || w.endsWith('a'));
}

/** Token k of a phrase starting at `start` is a noun or a name: a name, a definite noun, or the word after an indefinite article. */
function nounAt(u: Unit, k: number, start: number): boolean {
  return isName(u, k) || looksDefinite(u.lw[k]) || isRoleWord(u.lw[k]) || (k - 1 >= start && INDEFINITE.has(u.lw[k - 1]));
}

export function articleBefore(u: Unit, k: number, lex: Lexicon): boolean {
  // "det amerikanske geologiske instituttet": "det" only before adjectives and a definite noun
  // ("sier det samme" is a pronoun's object).
  if (u.lw[k] === 'det' && lex.suffixedDefinite && !neuterPhraseAfter(u, k + 1)) return false;
  if (!lex.suffixedDefinite || !(ARTICLE_PRONOUNS.has(u.lw[k]) || u.lw[k] === 'det') || k + 1 >= u.toks.length) return false;
  const t = u.toks[k + 1];
  const w = u.lw[k + 1];
  return t.kind === TokenKind.Word && !u.quoted[k + 1] && !lex.boundaries.has(w) && !lex.adverbs.has(w) && !lex.auxiliaries.has(w)
    && !lex.verbs.has(w) && !lex.nonSpeakers.has(w) && !isPronoun(lex, w)
    // An adjective ("franske", "nye"), not a verb ("driver", "mente", "trodde").
    // A superlative in -ste before a definite noun too ("de siste målingene", "dei nyaste tala"; not "de viste at").
    // So is a group's noun in -te ("de ansatte", "dei tilsette").
    && (isRoleWord(w) || isGroupNoun(w) || (w.length > 2 && w.endsWith('e') && !/[td]e$/.test(w)) || (w.endsWith('ste') && definiteNounAt(u, k + 2, lex)));
}

/** Token k is a lower-case noun in a definite form ("målingene", "tala", "rapporten"). */
function definiteNounAt(u: Unit, k: number, lex: Lexicon): boolean {
  const t = u.toks[k];
  if (!t || t.kind !== TokenKind.Word || u.quoted[k] || isCapitalized(t.text)) return false;
  const w = u.lw[k];
  return w.length >= 4 && /(?:ene|ane|na|en|et|a)$/.test(w) && !lex.verbs.has(w) && !lex.boundaries.has(w) && !lex.that.has(w) && !lex.auxiliaries.has(w) && !lex.adverbs.has(w);
}

export function pronounSpeaker(lex: Lexicon, w: string, local: Mention[]): Speaker | undefined {
  if (lex.personPronouns.has(w)) return { kind: 'pronoun', pronoun: w, refers: 'person', local };
  if (lex.groupPronouns.has(w)) return { kind: 'pronoun', pronoun: w, refers: 'group', local };
  if (lex.thingPronouns.has(w)) return { kind: 'pronoun', pronoun: w, refers: 'thing', local };
  const p = contractedPronoun(lex, w);
  return p !== undefined ? pronounSpeaker(lex, p, local) : undefined;
}

const LOCAL_WINDOW = 40;

/** Proper names in the unit before token `end`: antecedents for a pronoun in the same sentence. */
export function localNames(u: Unit, end: number, lex: Lexicon, places: PlaceLookup): Mention[] {
  const out: Mention[] = [];
  // Only the last LOCAL_WINDOW tokens: an antecedent is close by, and a unit of
  // thousands of "sa han" would otherwise be read once per pronoun (quadratic).
  let i = Math.max(0, end - LOCAL_WINDOW);
  // Not from the middle of a name.
  for (let k = 0; k < 6 && i > 0 && properAt(u, i - 1, places, lex); k++) i--;
  while (i < end) {
    if (!properAt(u, i, places, lex) || u.quoted[i]) { i++; continue; }
    let j = i;
    while (j + 1 < end && properAt(u, j + 1, places, lex)) j++;
    // Include the descriptor before it for the role ("etterretningstjenesten NIS").
    let a = i;
    while (a - 1 >= 0 && u.toks[a - 1].kind === TokenKind.Word && !lex.boundaries.has(u.lw[a - 1]) && !isCapitalized(u.toks[a - 1].text) && i - a < 3) a--;
    if (a - 1 >= 0 && lex.quantifiers.has(u.lw[a - 1])) a--;
    out.push(...readPhrase(u, a, j, lex, places));
    i = j + 1;
  }
  return out;
}
