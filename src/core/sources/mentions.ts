// The mention layer: every person and organisation a paragraph names, whether
// or not it speaks. Speakers are resolved against these (resolve.ts): a
// pronoun, a surname, a role noun ("litteraturkritikeren") or a quotation with
// no cue refers to someone mentioned before, not only to someone who spoke.
// Paragraph-local, like the rest of claims.ts, so an edit re-reads only its paragraph.

import type { Lang, SourceType } from '../model';
import type { Paragraph, Sentence } from '../text/segment';
import { Token, TokenKind, isCapitalized } from '../text/tokenize';
import { definiteKin, isAcronym, isGroupNoun, isOrgCompound, isRoleByEnding, isOrgName, isOrgNoun, isOrgTail, isOrgTailFolded, isRoleStem, isRoleWord, isRoleWordFolded, isTitleWord, newPersonNoun, sourceTypeOf } from './kinds';
import { firstNameGender, isFirstName, plainCapitalised } from '../names/firstNames';
import { FRONTING, type Lexicon } from './lexicon';
import { AGE_NOUN, type Mention, NAME_PARTICLES, type PlaceLookup, agePhraseAt, initialsAt, personCompound } from './phrases';
import { firstWord } from '../text/words';
import { KeyFilter, isLatin1, lowerWord } from '../text/keyfilter';
import { BoundedMemo } from '../text/memo';
import { isGenericOrg } from './entities';
import { EN_MONTHS, EN_WEEKDAYS } from '../numbers/calendar';
const LOWER_COMPOUND = /-\p{Ll}+$/u;
// How many names the answer store below (TYPE_CACHE) keeps before it starts again.
const CACHE_MAX = 20_000;
import { narratorVoice } from './narrative';
import { ORG_TAILS, ORG_TAIL_ENDINGS } from '../places/context';
import { QuoteState, endSentence, inQuote, quoteState, resetQuote, stepQuote, unclosed } from './quotes';

export type Gender = 'm' | 'f';

export interface NameMention extends Mention {
  /** The mention opens its sentence (after any title): the sentence's likely subject. */
  subject: boolean;
  /** Inside a quotation: someone the speaker talks about, not an antecedent for the narrator's "han". */
  quoted: boolean;
  /** After a preposition ("kritisk til Bertelsen", "sammen med datteren"): someone the sentence is not about. */
  oblique: boolean;
  /** A role noun standing for a person ("dommeren", "kvinnen"), not a name. */
  roleNoun: boolean;
  gender?: Gender;
  /** Start of the mention's sentence: antecedents are sought sentence by sentence. */
  sentence: number;
  /** A lone capitalised word opening its sentence: a name only if the text names it elsewhere ("Espen er …" after "Espen Dale"). */
  opener?: boolean;
  /** Initials given in parentheses after the name ("Domstolsadministrasjonen (DA)"): the same body later. */
  alias?: string;
  /** The body's noun before its name ("Supporterklubben Isbjørnene"): "supporterklubben" later is it. */
  descriptor?: string;
  /** An age in parentheses after a person's name ("Rune Tjelta (58)"): "58-åringen" later. */
  age?: string;
  /** A place as a body ("Bergen kommune"): "kommunen" may stand for it, but it is listed as a place only. */
  placeBody?: boolean;
}

const MUNICIPAL_BODIES = new Set(['kommune', 'fylkeskommune', 'bydel']);
// "Haukeland universitetssykehus", "Voss gymnas": a place's institution that "sykehuset" or
// "skulen" later stands for, as "kommunen" does for "Bergen kommune".
const INSTITUTION_TAIL = /(?:sykehus|sjukehus|skole|skule|gymnas|universitet|sykehjem|sjukeheim)$/;

// First names that are also everyday words opening a sentence ("Stein for stein", "Even so").
const AMBIGUOUS_FIRST = new Set(['stein', 'even', 'mark', 'will', 'grant', 'rose', 'hope', 'faith', 'frank', 'ernst', 'vilde', 'bjørn', 'ulv', 'ørn', 'sverre']);
const OPENERS = new Set(['«', '"', '“', '–', '—', '-', '(', ':', '„']);

// Person nouns that carry a gender; definite forms are what refer back ("mannen", "kvinna").
const GENDERED: Array<[RegExp, Gender]> = [
  [/^(?:mann|mannen|gutt|gutten|far|faren|pappa|pappaen|bror|broren|sønn|sønnen|onkel|onkelen|bestefar|bestefaren|ektemann|ektemannen|kong|konge|kongen|prins|prinsen|herr|mr|man|father|son|brother|husband|king|prince)$/, 'm'],
  [/^(?:kvinne|kvinnen|kvinna|jente|jenta|jenten|mor|moren|mora|mamma|mammaen|søster|søsteren|søstera|datter|datteren|dattera|tante|tanten|bestemor|bestemoren|ektefelle-?ne|dronning|dronningen|prinsesse|prinsessen|fru|frue|mrs|ms|woman|mother|daughter|sister|wife|queen|princess)$/, 'f'],
];

// Titles whose compound says the gender: "Councilwoman", "talskvinne"; English "Congressman",
// "spokesman" (Norwegian "-mann" titles are held by women too: "rådmann", "lensmann").
const GENDERED_TITLE: Array<[RegExp, Gender]> = [[/(?:woman|kvinne|kvinna|kvinnen)$/, 'f'], [/^[a-z]{3,}man$/, 'm']];

export function genderOfNoun(lower: string): Gender | undefined {
  for (const [re, g] of GENDERED) if (re.test(lower)) return g;
  for (const [re, g] of GENDERED_TITLE) if (re.test(lower)) return g;
  return undefined;
}

// Definite person nouns that refer back to someone ("mannen", "kvinnen") besides the role words of kinds.ts.
const PERSON_NOUNS = new Set([
  'mannen', 'kvinnen', 'kvinna', 'gutten', 'jenta', 'jenten', 'moren', 'mora', 'faren', 'pappaen', 'mammaen', 'datteren',
  'dattera', 'sønnen', 'broren', 'søsteren', 'søstera', 'tiltalte', 'fornærmede', 'vitnet', 'offeret', 'pasienten',
  'eleven', 'studenten', 'forfatteren', 'forfattaren', 'kunstneren', 'artisten', 'sangeren', 'musikeren', 'politikeren',
  'politikaren', 'treneren', 'spilleren', 'spelaren',
]);
// Asked of every definite-looking word: a filter turns nearly all away before the set hashes them.
const PERSON_NOUNS_MAY = new KeyFilter(PERSON_NOUNS);

/** "en kompis", "en bekymret kvinne": an indefinite person noun after its article (and at most one
 *  adjective), as [article index, gender]; a pronoun after it may refer to that person. So is a
 *  person noun after an owner ("mannens tidligere sjef", "hans advokat"), made definite by it. */
function newPerson(toks: readonly Token[], i: number, lw: string): [number, Gender | undefined] | undefined {
  // "En 27 år gammel butikkmedarbeider": an age before the noun makes a title a person brought in too.
  if (i >= 4 && agePhraseAt(toks, i - 3) && indefiniteArticle(toks[i - 4].text)) {
    const g = newPersonNoun(lw);
    if (g !== undefined || isRoleWord(lw)) return [i - 4, g === 'x' ? undefined : g ?? genderOfNoun(lw)];
  }
  // The word before first: it rules out nearly every word at the cost of a lookup or two.
  let k = i - 1;
  if (k >= 0 && !indefiniteArticle(toks[k].text)) {
    if (toks[k].kind !== TokenKind.Word || isCapitalized(toks[k].text)) return undefined;
    if (isOwner(toks[k].text)) return owned(toks, i, lw, k);
    k--;
    if (k >= 0 && isOwner(toks[k].text) && toks[k].kind === TokenKind.Word && !isCapitalized(toks[k].text)) return owned(toks, i, lw, k);
    if (k < 0 || !indefiniteArticle(toks[k].text)) return undefined;
  }
  if (k < 0) return undefined;
  const g = newPersonNoun(lw);
  return g === undefined ? undefined : [k, g === 'x' ? undefined : g];
}

// Possessives that make a person noun after them definite: "hans advokat", "hennar sjef".
const POSSESSIVE_DETERMINERS = new Set(['hans', 'hennes', 'hennar', 'deres', 'dykkar', 'sin', 'si']);
// Asked of the one or two words before every lower-case word ("er", "for", "mens"): the filter
// turns nearly all away before the set hashes them.
const POSSESSIVE_MAY = new KeyFilter(POSSESSIVE_DETERMINERS);

/** A definite genitive ("mannens", "selskapets") or a possessive. Asked of most words before a
 *  lower-case word: every owner ends in s, n, r or i, and most are turned away on that letter. */
function isOwner(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  if (last === 115) return isPossessive(w) || (w.length >= 6 && (w.endsWith('ens') || w.endsWith('ets')));
  return (last === 110 || last === 114 || last === 105) && w.length <= 6 && isPossessive(w);
}

function isPossessive(w: string): boolean {
  return POSSESSIVE_MAY.mayHave(w) && POSSESSIVE_DETERMINERS.has(w);
}

/** The owned person noun at i, owner at k; not a title before a name ("landets leder Bakyt Ormonov" is that name's). */
function owned(toks: readonly Token[], i: number, lw: string, k: number): [number, Gender | undefined] | undefined {
  return i + 1 < toks.length && isCapitalized(toks[i + 1].text) ? undefined : ownedPerson(lw, k);
}

/** The person noun an owner makes definite: a title ("sjef", "advokat") or a person word ("kone" is not one: only NEW_PERSON's). */
function ownedPerson(lw: string, owner: number): [number, Gender | undefined] | undefined {
  const g = newPersonNoun(lw, true);
  if (g !== undefined) return [owner, g === 'x' ? undefined : g];
  return lw.length >= 4 && isRoleWord(lw) ? [owner, genderOfNoun(lw)] : undefined;
}

/** "en", "ei", "ein". Asked of the words before every lower-case word: compared in place, where a
 *  set would hash each "er", "et", "eg" that gets past the length and first letter. */
function indefiniteArticle(w: string): boolean {
  // "en", or "En" opening the sentence.
  const c = w.charCodeAt(0);
  if (w.length > 3 || (c !== 101 && c !== 69)) return false;
  const l = c === 69 ? 'e' + w.slice(1) : w;
  return l === 'en' || l === 'ei' || l === 'ein';
}

/** "dommeren", "kvinnen" at token i (`lw` lower-cased): a definite person noun refers to someone,
 *  and is pushed as a mention; not a title before a name ("direktøren Tor Langbach" is Tor Langbach). */
function pushPersonNoun(toks: readonly Token[], i: number, lw: string, open: number, firstMention: boolean, quoted: boolean, sentence: number, lex: Lexicon, out: NameMention[]): boolean {
  if (!isPersonNoun(lw) || (i + 1 < toks.length && toks[i + 1].kind === TokenKind.Word && isCapitalized(toks[i + 1].text)) || lex.boundaries.has(lw)) return false;
  // "sier moren, Line Strand Haugan": the name after the comma is who the noun is; "Hun" later is her.
  if (i + 2 < toks.length && toks[i + 1].text === ',' && isFirstName(toks[i + 2].text)) return false;
  const t = toks[i];
  out.push(nameMention(t.start, t.end, t.text, 'person', false, undefined, firstMention && i - open <= 1, quoted, true, genderOfNoun(lw), sentence, false, afterPreposition(toks, i - 1, lex)));
  return true;
}

/** Whether the word, in any case, ends as isPersonNoun's words do (-a, -en, -et), with four code units
 *  or more: asked of every sentence's first word before it is lower-cased for isPersonNoun. (Folding
 *  by 0x20 maps only A, E, N and T onto a, e, n and t; a lower-case copy is no shorter.) */
function definiteEnding(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1) | 0x20;
  return n >= 4 && (last === 97 || ((w.charCodeAt(n - 2) | 0x20) === 101 && (last === 110 || last === 116)));
}

/** A definite singular person noun: "dommeren", "kvinna", "statsministeren" (not "president", a title, nor plurals). */
function isPersonNoun(lower: string): boolean {
  const n = lower.length;
  // ("mora": four letters, and only as written in the list.)
  if (n < 5) return n === 4 && lower.charCodeAt(3) === 97 && PERSON_NOUNS.has(lower);
  const last = lower.charCodeAt(n - 1);
  const prev = lower.charCodeAt(n - 2);
  // Definite singulars end in -en, -et or -a: most words are skipped on their last letters.
  if (!(last === 97 || (prev === 101 && (last === 110 || last === 116)))) return false;
  // The stem read in place: "dommer" in "dommeren", "lege" in "legen". Two short trie walks
  // from the end: cheaper than a Map probe that hashes the word, so no answer is kept.
  const stem = last === 97 ? n - 1 : n - 2;
  return (PERSON_NOUNS_MAY.mayHave(lower) && PERSON_NOUNS.has(lower)) || (stem >= 3 && (isRoleStem(lower, stem) || isRoleStem(lower, stem, true)))
    || ageNoun(lower);
}

/** "27-åringen": one known by their age. Only a word opening on a digit tries the pattern. */
function ageNoun(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return c >= 48 && c <= 57 && AGE_NOUN.test(lower);
}

/** One constructor, one object shape (see phrases.ts mention()). */
function nameMention(start: number, end: number, name: string, type: SourceType, proper: boolean, role: string | undefined,
  subject: boolean, quoted: boolean, roleNoun: boolean, gender: Gender | undefined, sentence: number, opener: boolean, oblique = false): NameMention {
  return { start, end, text: name, name, type, role, proper, indefinite: false, subject, quoted, oblique, roleNoun, gender, sentence, opener, alias: undefined, age: undefined, placeBody: false };
}

function isOpenerAt(toks: readonly Token[], i: number): boolean {
  // Every opener is one code unit: a word before the name is turned away without a lookup.
  return i === 0 || (toks[i - 1].text.length === 1 && OPENERS.has(toks[i - 1].text));
}

/** Every person, organisation and person noun in the paragraph, in order. */
export function nameMentions(text: string, para: Paragraph, lang: Lang, lex: Lexicon, places: PlaceLookup): NameMention[] {
  const st = quoteState();
  const out = readMentions(text, para, lang, lex, places, st);
  const open = unclosed(st);
  if (open < 0) return out;
  // A quotation the paragraph never closes: read again with it ending at its sentence.
  st.limit = open;
  resetQuote(st);
  return readMentions(text, para, lang, lex, places, st);
}

function readMentions(text: string, para: Paragraph, lang: Lang, lex: Lexicon, places: PlaceLookup, st: QuoteState): NameMention[] {
  const out: NameMention[] = [];
  // A dash paragraph is quotation up to the sentence that says who speaks (", sier X."):
  // the people named in it are talked about, not narrated.
  let dash = para.sentences.length > 0 && dashAt(text, para.start);
  for (let si = 0; si < para.sentences.length; si++) {
    const s = para.sentences[si];
    const from = out.length;
    // "– A, sier X. – B. C.": a dash after the attribution opens the quotation again.
    if (!dash && si > 0 && s.tokens.length > 1 && dashAt(text, s.tokens[0].start)) dash = true;
    // A straight quotation is not carried into the next sentence here.
    st.straight = false;
    readSentence(text, s, lang, lex, places, out, st);
    if (lang !== 'en') namedByInitials(text, s, lex, out, from);
    endSentence(st);
    if (dash && si > 0 && narratedName(out, from) && narratorVoice(s.tokens) && !hasAttribution(s.tokens, lex)) dash = false;
    if (dash) {
      // The attribution is sought once per sentence, not once per name in it.
      const comma = attributionComma(s.tokens, lex);
      const attributed = comma >= 0;
      const at = attributed ? s.tokens[comma].start : Infinity;
      for (let k = from; k < out.length; k++) if (!attributed || out[k].start < at) out[k].quoted = true;
      if (attributed) dash = false;
    }
  }
  return out;
}

// Asked of every sentence's first word, nearly always capitalised: the filter turns most away
// before a lower-cased copy is made and hashed.
const FRONTING_MAY = new KeyFilter(FRONTING);

/** FRONTING.has(word.toLowerCase()), without the copy for most words. */
function frontingWord(word: string): boolean {
  return (!isLatin1(word) || FRONTING_MAY.mayHaveLower(word)) && FRONTING.has(word.toLowerCase());
}

/** A lower-case word that ends an organisation's name after a place ("tingrett", "politidistrikt"). */
export function tailOrgWord(w: string): boolean {
  return !isCapitalized(w) && (ORG_TAILS.has(w) || (ORG_TAIL_ENDINGS.endsWith(w) && !everydayEnding(w)));
}

const GENITIVE_OR_ADJECTIVE = /(?:s|sk)$/;

/** An organisation's last word ("vegvesen", "sentralbyrå", "språkråd"), but not a bare word that
 *  is as often a thing ("Hamsuns verk", "en venns råd"). */
function agencyWord(w: string): boolean {
  return !isCapitalized(w) && isOrgTail(w) && !everydayEnding(w) && !BARE_THINGS.has(w);
}
const BARE_THINGS = new Set(['verk', 'verket', 'råd', 'rådet', 'fond', 'fondet', 'senter', 'senteret', 'sentret']);

/** Compound endings of organisation names that end everyday words too ("oppslag", "forslag",
 *  "regelrett"): such a word counts only where it is listed whole. */
function everydayEnding(w: string): boolean {
  return w.endsWith('lag') || w.endsWith('laget') || w.endsWith('rett');
}

/** A paragraph opening on a dash ("–", "—", "-"): read from its first code unit, no copy or regex. */
function dashAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x2013 || c === 0x2014 || c === 0x2d;
}

function readSentence(text: string, s: Sentence, lang: Lang, lex: Lexicon, places: PlaceLookup, out: NameMention[], st: QuoteState): void {
  const toks = s.tokens;
  const n = toks.length;
  let firstMention = true;
  // Index of the first word after any opening punctuation.
  let open = 0;
  while (open < n && toks[open].kind === TokenKind.Punct) open++;
  // "Da Zorbek sa at …, tenkte Qimat på å gå": after a fronted clause, the main clause's subject
  // follows its comma and verb. It is a subject too, the later one.
  let fronted = lang !== 'en' && open < n && frontingWord(toks[open].text);
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.kind === TokenKind.Punct) {
      stepQuote(st, toks, i, lex.verbs);
      continue;
    }
    if (t.kind !== TokenKind.Word) continue;
    const quoted = inQuote(st);
    if (!isCapitalized(t.text)) {
      // "dommeren", "kvinnen": a definite person noun refers to someone. (Lower-case already.)
      const lw = t.text;
      if (lang !== 'en' && pushPersonNoun(toks, i, lw, open, firstMention, quoted, s.start, lex, out)) firstMention = false;
      else if (lang !== 'en' && pushGroup(t, i, open, quoted, s.start, firstMention, out)) firstMention = false;
      else if (lang === 'en' && pushEnglishGroup(toks, i, open, quoted, s.start, firstMention, out)) firstMention = false;
      else if (lang !== 'en' && !quoted) {
        const np = newPerson(toks, i, lw);
        if (np) {
          const [k, g] = np;
          // Never oblique with its article: "en telefon fra en kompis" brings in the person the next
          // "han" is about. With an owner it is like any definite noun ("styret til landets leder").
          // Nor with it after a person noun's preposition: "Amir Haddad, far til en gutt på fire år" is
          // about the father; the boy is only what makes him one.
          const oblique = afterPreposition(toks, k - 1, lex) && (!indefiniteArticle(toks[k].text) || personBefore(toks, k - 2));
          const nm = nameMention(toks[k].start, t.end, text.slice(toks[k].start, t.end), 'person', false, undefined, firstMention && k - open <= 1, quoted, true, g, s.start, false, oblique);
          // "En lastebilsjåfør (52)" is "52-åringen" later. (Not "En 52 år gammel mann": the press calls
          // him "52-åringen" from then on, as its own name for him.)
          if (indefiniteArticle(toks[k].text) && agedAt(toks, i + 1)) nm.age = toks[i + 2].text;
          out.push(nm);
          firstMention = false;
        }
      }
      continue;
    }
    // "Kvinnen hevder …": a definite person noun opening the sentence, as lower-case anywhere else.
    // (Lower-cased only if its ending may make it one: most openers are turned away without a copy.)
    if (lang !== 'en' && i === open && definiteEnding(t.text) && pushPersonNoun(toks, i, lowerWord(t.text), open, firstMention, quoted, s.start, lex, out)) { firstMention = false; continue; }
    if (lang === 'en' && pushEnglishGroup(toks, i, open, quoted, s.start, firstMention, out)) { firstMention = false; continue; }
    // "Forskere ved …" opening the sentence: a group, not a name.
    if (lang !== 'en' && i === open && pushGroup(t, i, open, quoted, s.start, firstMention, out)) { firstMention = false; continue; }
    // A capitalised run: "Tor Holger Bertelsen", "Rolf B. Wegner", "Jon Helt Haarder".
    let j = i;
    let orgOf = false;
    for (;;) {
      const k = j + 1;
      if (k < n && toks[k].kind === TokenKind.Word && isCapitalized(toks[k].text) && !boundaryWord(lang, lex, toks[k].text)) { j = k; continue; }
      // "Norsk Mat- og Prosessforbund": a suspended compound joins the name on its conjunction.
      if (k + 2 < n && toks[k].text === '-' && toks[k].start === toks[j].end && (toks[k + 1].text === 'og' || toks[k + 1].text === 'eller')
        && toks[k + 2].kind === TokenKind.Word && isCapitalized(toks[k + 2].text)) { j = k + 2; continue; }
      // "Northstate Power & Light": an ampersand between capitalised words.
      if (k + 1 < n && toks[k].text === '&' && toks[k + 1].kind === TokenKind.Word && isCapitalized(toks[k + 1].text)) { j = k + 1; continue; }
      // An initial: "B." between names.
      if (k + 1 < n && toks[k].text === '.' && toks[j].text.length === 1 && toks[k + 1].kind === TokenKind.Word && isCapitalized(toks[k + 1].text)) { j = k + 1; continue; }
      if (k + 1 < n && toks[k].text.length <= 3 && NAME_PARTICLES.has(toks[k].text) && toks[k + 1].kind === TokenKind.Word && isCapitalized(toks[k + 1].text)) { j = k + 1; continue; }
      // "Department for Environment", "Bank of England": an organisation word takes its complement.
      if (lang === 'en' && k + 1 < n && OF_FOR.has(toks[k].text) && toks[k + 1].kind === TokenKind.Word && isCapitalized(toks[k + 1].text) && isOrgName(toks[j].text)) { j = k + 1; orgOf = true; continue; }
      // "Universitetet i Tromsø", "Høgskulen på Vestlandet": so does a capitalised Norwegian institution word.
      if (lang !== 'en' && j === i && k + 1 < n && OF_PLACE.has(toks[k].text) && toks[k + 1].kind === TokenKind.Word && isCapitalized(toks[k + 1].text)
        && isOrgTailFolded(toks[j].text)) {
        j = k + 1;
        orgOf = true;
        // "Statsforvaltaren i Vestfold og Telemark": a county of two names.
        if (j + 2 < n && toks[j + 1].text === 'og' && toks[j + 2].kind === TokenKind.Word && isCapitalized(toks[j + 2].text)
          && !isAcronym(toks[j + 2].text) && !isOrgTailFolded(toks[j + 2].text) && !OF_PLACE.has(toks[j + 3]?.text ?? '')) j += 2;
        continue;
      }
      break;
    }
    // "Bergen tingrett", "Sør-Vest politidistrikt", "Voss gymnas": a lower-case institution word
    // after a place-like name ends the organisation's name.
    // So does an agency word after a genitive or an adjective: "Statens vegvesen", "Norges bank",
    // "Statistisk sentralbyrå" (a name the run alone cut short at "Statens").
    if (lang !== 'en' && j + 1 < n && toks[j + 1].kind === TokenKind.Word && toks[j + 1].start === toks[j].end + 1
      && (tailOrgWord(toks[j + 1].text) || (GENITIVE_OR_ADJECTIVE.test(toks[j].text) && agencyWord(toks[j + 1].text)))) { j++; orgOf = true; }
    // "Norges vassdrags- og energidirektorat": a suspended compound, then the agency word.
    else if (lang !== 'en' && j + 4 < n && GENITIVE_OR_ADJECTIVE.test(toks[j].text) && toks[j + 1].kind === TokenKind.Word && !isCapitalized(toks[j + 1].text)
      && toks[j + 2].text === '-' && toks[j + 2].start === toks[j + 1].end && (toks[j + 3].text === 'og' || toks[j + 3].text === 'eller')
      && toks[j + 4].kind === TokenKind.Word && agencyWord(toks[j + 4].text)) { j += 4; orgOf = true; }
    const atStart = isOpenerAt(toks, i);
    let a = i;
    // A sentence opener is a name only when another capitalised word follows ("Mark Rutte sa"),
    // or it is an acronym; "Han", "Det", "Derfor" are not.
    // A compound on a name ("Ap-velgere", "NATO-hovedkvarteret") is a common noun; a lone letter is no name.
    if (j === i && (t.text.length === 1 || (t.text.indexOf('-') >= 0 && LOWER_COMPOUND.test(t.text)))) continue;
    const opener = atStart && j === i && !isAcronym(t.text);
    // A capitalised title or pronoun at the start of the run is not part of the name.
    // Not a first name after a title, though it is a word too: "Forfatteren Jo Nesbø".
    // Nor, in Norwegian, a capitalised word inside the sentence that is a title only by its ending
    // ("sikkerhetsselskapet Skjoldvakt Digital"): titles there are written in lower case.
    while (a <= j && notNamePart(lang, lex, toks[a].text) && !(a > i && a < j && isFirstName(toks[a].text))
      && !(lang !== 'en' && a !== open && a < j && toks[a].text.indexOf('-') < 0 && isRoleByEnding(lowerWord(toks[a].text)))) a++;
    // "Spelemann Torleiv Nordbø Kjos meiner": a compound noun for a person opening a run of three
    // names or more is what the person is, not a first name ("Bergmann" is a surname alone).
    if (a === i && j - a >= 2 && lang !== 'en' && personCompound(toks[a].text)) a++;
    if (a > j) { i = j; continue; }
    // "Selskapet Nordic Salmon", "Supporterklubben Isbjørnene" opening a sentence: a body's noun
    // before a name says what the name is, as it does in lower case inside one.
    const descriptor = lang !== 'en' && a === open && a < j && !orgOf && isCapitalized(toks[a + 1].text) && toks[a + 1].kind === TokenKind.Word
      && DEFINITE_END.test(toks[a].text) && isOrgNoun(lowerWord(toks[a].text)) && !isRoleWord(lowerWord(toks[a].text)) && firstNameGender(toks[a + 1].text) === undefined;
    if (descriptor) a++;
    // "fra Sportsklubben Svalen", "GJØVIK: Supporterklubben Isbjørnene har …": inside a sentence the
    // body's noun is the first word of its name, and makes the name an organisation's.
    const namedBody = lang !== 'en' && !descriptor && a === i && a !== open && a < j && !orgOf && toks[a + 1].kind === TokenKind.Word
      && DEFINITE_END.test(toks[a].text) && isOrgNoun(lowerWord(toks[a].text)) && !isRoleWord(lowerWord(toks[a].text)) && firstNameGender(toks[a + 1].text) === undefined
      // (Not a body's own name before a heading run in: "til Språkrådet Vektlegging og prioritering …".)
      && !isOrgName(toks[a].text);
    // The first name's gender, worked out once: the run's start is asked about, then the mention's.
    let first = firstNameGender(toks[a].text);
    // "Jyllands-Posten Jon Helt Haarder", "Leste Karl Marx": a person's name starts at its first name.
    if (j - a >= 1 && first === undefined) {
      for (let k = a + 1; k < j; k++) {
        if (toks[k].kind !== TokenKind.Word) continue;
        const g = firstNameGender(toks[k].text);
        if (g !== undefined && isCapitalized(toks[k + 1].text)) { a = k; first = g; break; }
      }
      // "Homeland Security Deputy Secretary Alejandro Mayorkas", "U.S. District Court Judge Rudolph
      // Contreras": in English the name follows the title that ends the run's office words.
      for (let k = j - 1; lang === 'en' && first === undefined && k > a && j - k <= 3; k--) {
        if (toks[k].kind === TokenKind.Word && isRoleWord(lowerWord(toks[k].text))) { a = k + 1; break; }
      }
      // "Secretary of State Kendra Lowry": after a capitalised title's "of", the office, then a first
      // name no list holds and a surname (as the phrase reader takes it, readPhrase).
      if (lang === 'en' && first === undefined && a === i && j - a >= 2 && i >= 2 && (toks[i - 1].text === 'of' || toks[i - 1].text === 'for')
        && isCapitalized(toks[i - 2].text) && isRoleWord(lowerWord(toks[i - 2].text))) a = j - 1;
    }
    if (a === j && lang === 'en' && dateWord(toks, a, lex)) { i = j; continue; }
    const start = toks[a].start;
    const end = toks[j].end;
    const place = places(start, end);
    let role: string | undefined;
    let ownTitle = false;
    let b = a - 1;
    if (b >= 0 && toks[b].kind === TokenKind.Word && isRoleWord(lowerWord(toks[b].text))) {
      role = toks[b].text + affiliationAfter(text, toks, j, lang);
      // "Tjeltas forsvarer, advokat Jon Petter Vigre": a title before a comma is the name's too, so
      // that "forsvareren" later is he.
      const before = lang !== 'en' && b >= 2 && toks[b - 1].text === ',' ? roleBeforeComma(text, toks, b - 1) : undefined;
      if (before !== undefined) {
        role = `${before}, ${role}`;
        ownTitle = dropTitleNoun(out, toks[b - 1].start - before.length);
      }
    }
    // "forlagssjef i Oktober, Geir Berdahl": a title and its affiliation before a comma.
    else if (b >= 1 && toks[b].text === ',') {
      role = roleBeforeComma(text, toks, b, lang !== 'en');
      // "Ordføreren i Voss, Hans Erik Ringkjøb": the title read on its own as a person noun is
      // this name's title, not another person (who would take "ordføreren" later). The name
      // takes its place as the sentence's subject.
      if (role !== undefined && lang !== 'en') ownTitle = dropTitleNoun(out, toks[b].start - role.length);
    }
    // "Hans Erik Ringkjøb er ordfører i Voss": a title given as what the person is, so that
    // "ordføreren" later is that person.
    // Only of a name with a first name: "Equinor er operatør på feltet" gives the company no title.
    // ("Advokat Siri Våge er oppnevnt som bostyrer": one given as well as a title before the name.)
    if (lang !== 'en' && j > a && first !== undefined && (role === undefined ? a === i : b >= i - 1)) {
      const predicate = predicateRole(text, toks, j, lang, lex);
      if (predicate !== undefined) role = role === undefined ? predicate : `${role}, ${predicate}`;
    }
    // "…, sier Henrik Sæbø Larsen, fylkeslege hos Statsforvalteren": a title between commas after the
    // name is the name's too, so that "fylkeslegen" later is that person.
    if (lang !== 'en' && j > a && role === undefined && j + 2 < n && toks[j + 1].text === ',' && toks[j + 2].kind === TokenKind.Word
      && !isCapitalized(toks[j + 2].text) && isRoleWord(toks[j + 2].text)) role = toks[j + 2].text + affiliationAfter(text, toks, j + 2, lang);
    // A place with no title is a place, not a mention. "Bergen kommune" is a place too, and the body
    // "kommunen" later stands for: filed as one, though no name of an organisation to list.
    if (place && !role) {
      if (lang !== 'en' && j + 1 < n && toks[j + 1].start === end + 1 && (MUNICIPAL_BODIES.has(toks[j + 1].text) || INSTITUTION_TAIL.test(toks[j + 1].text))) {
        // "Møre og Romsdal fylkeskommune": a county of two names.
        const from = a >= 2 && toks[a - 1].text === 'og' && isCapitalized(toks[a - 2].text) ? toks[a - 2].start : start;
        const body = nameMention(from, toks[j + 1].end, text.slice(from, toks[j + 1].end), 'organisation', true, undefined, firstMention && a - open <= 1, quoted, false, undefined, s.start, false);
        body.placeBody = true;
        out.push(body);
        firstMention = false;
        i = j + 1;
        continue;
      }
      i = j;
      continue;
    }
    // "Pappa Tore", "onkel Per": a family word is a title before a first name. Before another lone
    // capitalised word it is a noun ("verdens beste pappa Musikk og fotball …", a heading run in).
    if (role && a === j && first === undefined && FAMILY_TITLES.has(lowerWord(toks[b].text))) { i = j; continue; }
    const words = countWords(toks, a, j);
    // A one-word name is its token's own string: no copy, and its hash is already worked out.
    const name = a === j ? toks[a].text : text.slice(start, end);
    // A title makes a person, even of a name that is also a place ("ordførar Randi Aas").
    // A first name makes a person too ("Randi Aas", "Espen" opening a sentence).
    // A lone sentence opener counts only if the text names it elsewhere, under that entity's type: not worked out here.
    // "bransjeorganisasjonen Cruise Vest", "selskapet Nordic Salmon": an organisation's noun before the name says what it is.
    // (Not before a first name: "talskvinne i utenriksdepartementet Jelena Vorobjova" is her title's affiliation.)
    const bodyNounBefore = !role && first === undefined && b >= 0 && toks[b].kind === TokenKind.Word && !isCapitalized(toks[b].text) && isOrgNoun(toks[b].text);
    const orgNounBefore = bodyNounBefore && !prepositionWithin(toks, b, 3, lex);
    // "og leder Steigen Hytteeierforening": a name ending in an organisation's word is one, whatever
    // stands before it ("leder" is a verb there).
    const bodyName = lang !== 'en' && first === undefined && words >= 2 && role !== undefined && isOrgName(name);
    if (bodyName) role = undefined;
    const type = orgOf || orgNounBefore || descriptor || namedBody || bodyName ? 'organisation' : (role && isRoleWord(firstWord(role, true).toLowerCase())) || (first && (words >= 2 || !place)) || agedAt(toks, j + 1)
      ? 'person' : opener ? 'organisation' : role ? sourceTypeOf(name, { proper: true, country: !!place?.country, place: !!place, role, words })
        : typeOfName(name, words);
    let subject = (firstMention && a - open <= 2) || ownTitle;
    if (fronted && b >= 1 && toks[b].kind === TokenKind.Word && toks[b - 1].text === ',') {
      subject = true;
      fronted = false;
    }
    firstMention = false;
    let lone = false;
    if (opener) {
      // (Not a notNamePart word: the loop above skipped those, and an opener is its one word.)
      // A known first name opening a Norwegian sentence is a person ("Espen rekker opp hånden");
      // any other lone opener only if the text names it elsewhere.
      // So is a compound on an organisation noun ("Helsedirektoratet la fram …").
      // So is one given an age: "Qimat (28) satt stille".
      lone = !(first && lang !== 'en' && name.length >= 4 && !AMBIGUOUS_FIRST.has(name.toLowerCase()))
        && !(lang !== 'en' && isOrgCompound(name)) && !agedAt(toks, j + 1);
    }
    const g = (role ? genderOfNoun(role.toLowerCase()) : undefined) ?? (first === 'm' || first === 'f' ? first : undefined);
    const oblique = afterPreposition(toks, role ? b - 1 : b, lex);
    const alias = type !== 'person' ? initialsAfter(toks, j, name) : undefined;
    // A name that brings in its initials is a name even opening its sentence.
    const nm = nameMention(start, end, name, type, true, role, subject, quoted, false, g, s.start, lone && !alias, oblique);
    if (alias) nm.alias = alias;
    // "Supporterklubben Isbjørnene … supporterklubben": the body's noun, made definite, stands for it
    // later (not a word for any company, "selskapet", which stands for the one named last: findOrg).
    // So does one in lower case before the name inside a sentence ("den liberale tankesmien Veivalg …
    // Ifølge tankesmien", "leder i supporterklubben Nordlysbrigaden"). A relative clause without "som"
    // ("det siste tilsynet Fredrikstad brannvesen hadde") is misread so; on the 548 articles and NorNE
    // no such case showed, where the rule gave five claims their body.
    const noun = descriptor ? lowerWord(toks[a - 1].text) : namedBody ? lowerWord(toks[a].text)
      : lang !== 'en' && type === 'organisation' && bodyNounBefore && DEFINITE_END.test(toks[b].text) ? toks[b].text : undefined;
    if (noun !== undefined && noun.length > 6 && !isGenericOrg(noun)) nm.descriptor = noun;
    if (type === 'person' && lang !== 'en' && agedAt(toks, j + 1)) nm.age = toks[j + 2].text;
    // "den 46 år gamle verkstedeieren Roy Arild Kvisle": the age before the title.
    else if (type === 'person' && lang !== 'en' && agePhraseAt(toks, a - 4)) nm.age = toks[a - 4].text;
    out.push(nm);
    i = j;
  }
}

/** "Direktoratet for medisinske produkter (DMP)", "Norges vassdrags- og energidirektorat (NVE)",
 *  "Pakistans nasjonale katastrofemyndighet (NDMA)": a body's name with lower-case words in it, as
 *  the capitalised runs do not read it, brings in the initials the text calls it by from then on.
 *  It is one name: it replaces the sentence's mentions inside it (the opener "Direktoratet"). The
 *  name holds an organisation's word, first before a preposition or last; and no verb. */
function namedByInitials(text: string, s: Sentence, lex: Lexicon, out: NameMention[], from: number): void {
  const toks = s.tokens;
  for (let k = 2; k + 2 < toks.length; k++) {
    if (!initialsAt(toks, k)) continue;
    const last = toks[k - 1];
    if (last.kind !== TokenKind.Word || isCapitalized(last.text)) continue;
    // Leftwards to the capitalised word the name starts with, over lower-case words, "og", the hyphen
    // of a suspended compound ("vassdrags- og") and prepositions.
    let a = k - 1;
    while (a > 0 && k - a <= INITIALS_NAME_MAX) {
      const t = toks[a - 1];
      if (t.kind === TokenKind.Word && isCapitalized(t.text)) { a--; break; }
      if (t.kind === TokenKind.Word ? lex.verbs.has(t.text) || lex.that.has(t.text) : !(t.text === '-' && t.start === toks[a - 2]?.end)) { a = -1; break; }
      a--;
    }
    if (a < 0 || !isCapitalized(toks[a].text)) continue;
    const head = lowerWord(toks[a].text);
    const named = (isOrgTail(head) && lex.prepositions.has(toks[a + 1].text)) || (isOrgTail(last.text) && !everydayEnding(last.text));
    if (!named) continue;
    const start = toks[a].start;
    const end = last.end;
    const name = text.slice(start, end);
    let at = from;
    while (at < out.length && out[at].end <= start) at++;
    let past = at;
    while (past < out.length && out[past].start < end) past++;
    // A mention reaching outside the name is some other reading: leave the sentence as it is.
    if (out.slice(at, past).some((m) => m.start < start || m.end > end)) continue;
    const subject = at === from && (a === 0 || isOpenerAt(toks, a));
    const nm = nameMention(start, end, name, 'organisation', true, undefined, subject, false, false, undefined, s.start, false);
    nm.alias = toks[k + 1].text;
    out.splice(at, past - at, nm);
  }
}
const INITIALS_NAME_MAX = 7;

/** "Domstolsadministrasjonen (DA)", "the World Health Organization (WHO)": initials in parentheses
 *  right after a body's name, on the name's first letter, are what the text calls it from then on. */
function initialsAfter(toks: readonly Token[], j: number, name: string): string | undefined {
  if (!initialsAt(toks, j + 1)) return undefined;
  const w = toks[j + 2].text;
  return w.charCodeAt(0) === name.toUpperCase().charCodeAt(0) ? w : undefined;
}

/** "Qimat (24)", "Ola Hansen (57)": an age in parentheses right after a name, as the press writes it, makes a person. */
function agedAt(toks: readonly Token[], k: number): boolean {
  return k + 2 < toks.length && toks[k].text === '(' && toks[k + 2].text === ')' && toks[k + 1].kind === TokenKind.Number
    && toks[k + 1].text.length <= 3 && Number(toks[k + 1].text) > 0 && Number(toks[k + 1].text) < 120;
}

/** A plural common noun opening a sentence ("Nurses", "Teachers"), with a lower-case word after it. */
function englishPluralSubject(toks: readonly Token[], i: number): boolean {
  const w = toks[i].text;
  const next = toks[i + 1];
  if (w.length < 5 || !next || next.kind !== TokenKind.Word || isCapitalized(next.text)) return false;
  const c = w.charCodeAt(w.length - 1);
  const before = w.charCodeAt(w.length - 2);
  // Not "Congress", "Officious", "Analysis": a plural "-s" after a letter that no such ending shares.
  return c === 115 && before !== 115 && before !== 117 && before !== 105 && !isAcronym(w);
}

/** "Nurses at the hospital went on strike. They say …", "The nurses …": an English plural opening
 *  the sentence (after its "The", if any) is a group a later "they" may mean, though it did not speak. */
function pushEnglishGroup(toks: readonly Token[], i: number, open: number, quoted: boolean, sentence: number, firstMention: boolean, out: NameMention[]): boolean {
  const t = toks[i];
  const opens = isCapitalized(t.text) ? i === open : i === open + 1 && toks[open].text === 'The';
  if (quoted || !opens || !englishPluralSubject(toks, i)) return false;
  out.push(nameMention(t.start, t.end, t.text, 'group', false, undefined, firstMention, quoted, true, undefined, sentence, false));
  return true;
}

/** A plural person noun as the mention of a group ("Bøndene i Sogn er sinte. Dei krev …"). */
function pushGroup(t: Token, i: number, open: number, quoted: boolean, sentence: number, firstMention: boolean, out: NameMention[]): boolean {
  // Every plural person noun ends in -e or -r (kinds.ts PLURAL_ENDINGS and the irregulars), or -a
  // (Nynorsk "foreldra"): most words are ruled out by their last letter, before a lower-cased copy
  // and the ending lookups.
  const w = t.text;
  const last = w.charCodeAt(w.length - 1) | 0x20;
  if (w.length < 5 || (last !== 101 && last !== 114 && last !== 97)) return false;
  if (!groupWord(w)) return false;
  out.push(nameMention(t.start, t.end, t.text, 'group', false, undefined, firstMention && i - open <= 1, quoted, true, undefined, sentence, false));
  return true;
}

/** Whether pushGroup takes the word for a group (a plural person noun: "foreldra", "forskarane"). */
function groupWord(w: string): boolean {
  return isGroupNoun(lowerWord(w));
}

// A text names the same people and bodies again and again, and sourceTypeOf runs a
// dozen patterns: its answer for a name without a title is kept. Bounded, so that a
// long session of edits cannot grow it without end.
const TYPE_CACHE = new BoundedMemo<SourceType>(CACHE_MAX);

/** The type of a name that is neither a place nor titled (words: its word count, a function of the name). */
function typeOfName(name: string, words: number): SourceType {
  return TYPE_CACHE.get(name) ?? TYPE_CACHE.set(name, sourceTypeOf(name, { proper: true, country: false, words }));
}

// Capitalised at a sentence start or as a title, but never part of a name. One set per
// language instead of nine lookups: this runs on the first word of every capitalised run.
const NOT_NAME: Partial<Record<Lang, Set<string>>> = {};
// Most words asked about are names: a filter on length and first and last letter turns them
// away before a lower-cased copy is made and hashed.
const NOT_NAME_MAY: Partial<Record<Lang, KeyFilter>> = {};
// The same words as they open a sentence ("Det", "Etter"): a word so written, which many that
// pass the filter are, is looked up as it stands, without a lower-cased copy.
const NOT_NAME_CAPITALISED: Partial<Record<Lang, Set<string>>> = {};

/** A noun's definite singular ending: "selskapet", "klubben", "foreininga". */
const DEFINITE_END = /(?:en|et|a)$/;

/** Whether the word, lower-cased, is never part of a name (`word` as written). */
function notNamePart(lang: Lang, lex: Lexicon, word: string): boolean {
  // Asked of the first word of every capitalised run. No answer is kept: a filter and a walk
  // of the role trie from the word's end cost less than a Map probe that hashes the word.
  const set = NOT_NAME[lang] ??= new Set([...lex.quantifiers, ...lex.nonSpeakers, ...lex.adverbs, ...lex.boundaries,
    ...lex.prepositions, ...lex.personPronouns, ...lex.groupPronouns, ...lex.thingPronouns]);
  const may = NOT_NAME_MAY[lang] ??= new KeyFilter(set);
  if (isLatin1(word)) return (may.mayHaveLower(word) && notNameWord(lang, set, word)) || isRoleWordFolded(word);
  const w = word.toLowerCase();
  return set.has(w) || isRoleWord(w);
}

/** set.has(word.toLowerCase()) for a Latin-1 word; a capital and then lower case is looked up as written. */
function notNameWord(lang: Lang, set: ReadonlySet<string>, word: string): boolean {
  if (!plainCapitalised(word)) return set.has(word.toLowerCase());
  return (NOT_NAME_CAPITALISED[lang] ??= capitalisedForms(set)).has(word);
}

/** The words capitalised, each kept only if lower-casing it gives the word back. */
function capitalisedForms(words: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const c = w.charAt(0).toUpperCase() + w.slice(1);
    if (c.toLowerCase() === w) out.add(c);
  }
  return out;
}

const BOUNDARY_MAY: Partial<Record<Lang, KeyFilter>> = {};

/** lex.boundaries.has(word.toLowerCase()), without the copy for most words. */
function boundaryWord(lang: Lang, lex: Lexicon, word: string): boolean {
  const may = BOUNDARY_MAY[lang] ??= new KeyFilter(lex.boundaries);
  return (!isLatin1(word) || may.mayHaveLower(word)) && lex.boundaries.has(word.toLowerCase());
}

/** "on Tuesday", "in January", "14 April": a date, not a name. A month alone may be a name
 *  ("April Ryan", "said May"), so it needs a figure or a preposition beside it. */
function dateWord(toks: readonly Token[], k: number, lex: Lexicon): boolean {
  // Most one-word names are no day or month: turned away before a lower-cased copy.
  if (isLatin1(toks[k].text) && !DATE_MAY.mayHaveLower(toks[k].text)) return false;
  const w = toks[k].text.toLowerCase();
  if (EN_WEEKDAYS.has(w)) return true;
  if (!EN_MONTHS.has(w)) return false;
  const prev = toks[k - 1];
  return prev?.kind === TokenKind.Number || toks[k + 1]?.kind === TokenKind.Number
    || (prev?.kind === TokenKind.Word && (lex.prepositions.has(prev.text.toLowerCase()) || DATE_BEFORE.has(prev.text.toLowerCase())));
}
const DATE_MAY = new KeyFilter([...EN_WEEKDAYS.keys(), ...EN_MONTHS.keys()]);
const OF_FOR = new Set(['of', 'for']);
const OF_PLACE = new Set(['i', 'på', 'for']);
const FAMILY_TITLES = new Set(['pappa', 'mamma', 'bestefar', 'bestemor', 'onkel', 'tante', 'farfar', 'farmor', 'morfar', 'mormor']);
const DATE_BEFORE = new Set(['until', 'since', 'last', 'next', 'this', 'early', 'late', 'mid', 'through']);

/** Token k ends a preposition's phrase start: "til Bertelsen", "til landets leder X" (a genitive between). */
function afterPreposition(toks: readonly Token[], k: number, lex: Lexicon): boolean {
  if (k < 0 || toks[k].kind !== TokenKind.Word) return false;
  if (k > 0 && toks[k].text.endsWith('s') && toks[k].text.length > 3) k--;
  return lex.prepositions.has(lowerWord(toks[k].text));
}

/** A lower-case noun for a person at k: "far", "leder", "sjef". */
function personBefore(toks: readonly Token[], k: number): boolean {
  if (k < 0 || toks[k].kind !== TokenKind.Word || isCapitalized(toks[k].text)) return false;
  const w = toks[k].text;
  return newPersonNoun(w, true) !== undefined || (w.length >= 4 && isRoleWord(w));
}

/** A preposition among the `n` tokens before k. */
function prepositionWithin(toks: readonly Token[], k: number, n: number, lex: Lexicon): boolean {
  for (let m = k - 1; m >= 0 && m >= k - n; m--) if (afterPreposition(toks, m, lex)) return true;
  return false;
}

function countWords(toks: readonly Token[], a: number, b: number): number {
  let c = 0;
  for (let k = a; k <= b; k++) if (toks[k].kind === TokenKind.Word) c++;
  return c;
}

const AFFILIATION_AFTER_NAME = new Set(['i', 'ved', 'hos', 'på']);

/** "Konsernsjef Kari Holm i Telenor": the affiliation after a titled name, as " i Telenor", or ''. */
function affiliationAfter(text: string, toks: readonly Token[], j: number, lang: Lang): string {
  const p = j + 1;
  if (lang === 'en' || p + 1 >= toks.length || !AFFILIATION_AFTER_NAME.has(toks[p].text)) return '';
  let e = p;
  while (e + 1 < toks.length && e - p < 4 && toks[e + 1].kind === TokenKind.Word && isCapitalized(toks[e + 1].text)) e++;
  return e > p ? ' ' + text.slice(toks[p].start, toks[e].end) : '';
}

/** Drops the person nouns read from `from` on (a title just found to be a name's); true if one was the subject. */
function dropTitleNoun(out: NameMention[], from: number): boolean {
  let subject = false;
  for (let k = out.length - 1; k >= 0 && out[k].start >= from; k--) {
    if (!out[k].roleNoun || out[k].proper) continue;
    subject ||= out[k].subject;
    out.splice(k, 1);
  }
  return subject;
}

/** "X er ordfører i Voss": the title (with its affiliation) after a copula right after the name ending at j. */
function predicateRole(text: string, toks: readonly Token[], j: number, lang: Lang, lex: Lexicon): string | undefined {
  let r = j + 2;
  // "er oppnevnt som bostyrer", "vart tilsett som rektor": a title given by an appointment.
  if (r + 2 < toks.length && APPOINTED.has(toks[r].text) && (toks[r + 1].text === 'som')) r += 2;
  if (r >= toks.length || !lex.passive.has(toks[j + 1].text) || toks[r].kind !== TokenKind.Word || !isRoleWord(toks[r].text)) return undefined;
  return toks[r].text + affiliationAfter(text, toks, r, lang);
}
const APPOINTED = new Set(['oppnevnt', 'oppnemnd', 'utnevnt', 'utnemnd', 'ansatt', 'tilsett', 'tilsatt', 'valgt', 'vald', 'konstituert', 'ansett']);

/** The title of an apposition "tittel [i X], Navn": walks back from the comma to a role word. */
function roleBeforeComma(text: string, toks: readonly Token[], comma: number, opening = false): string | undefined {
  for (let k = comma - 1; k >= 0 && comma - k <= (opening ? 10 : 6); k--) {
    const t = toks[k];
    if (t.kind === TokenKind.Punct) return undefined;
    // "de to meddommere, Espen Thomassen": one of a plural title. "Ordføreren i Voss, Hans Erik
    // Ringkjøb": a definite one too. In Norwegian, a title with a long affiliation opening its
    // sentence ("Kommunalsjef for helse og velferd i Sandnes kommune, Ole Kristian Tengesdal").
    if (comma - k > 6 && k > 0) continue;
    const w = lowerWord(t.text);
    // ("Faren, Trond Rysst (63), seier …", "Mora til jenta, X": so is a relative's noun close before
    // the comma, what "faren" means later; not a clause's subject, "Søsteren var rolig, Espen …".)
    if (isTitleWord(w) || (comma - k <= 4 && definiteKin(w) !== undefined && (comma - k === 1 || toks[k + 1].text === 'til'))) return text.slice(t.start, toks[comma - 1].end);
  }
  return undefined;
}


/** How near a sentence's end its attribution's comma stands, in tokens: ", sier X" may run on with
 *  where and when it was said ("…, sier X når avisen ringer og forteller at …"). */
export const ATTRIBUTION_WINDOW = 32;

/** Index of the comma that opens ", sier X" near the end of a sentence, or -1. */
function attributionComma(toks: readonly Token[], lex: Lexicon): number {
  for (let k = toks.length - 1; k > 0 && k > toks.length - ATTRIBUTION_WINDOW; k--) {
    if (toks[k - 1].text === ',' && lex.verbs.has(lowerWord(toks[k].text))) return k - 1;
  }
  return -1;
}

/** A named person outside quotation marks opens the sentence as its subject. */
export function narratedName(names: readonly NameMention[], from: number): boolean {
  for (let k = from; k < names.length; k++) if (names[k].proper && names[k].subject && !names[k].quoted && names[k].type === 'person') return true;
  return false;
}

function hasAttribution(toks: readonly Token[], lex: Lexicon): boolean {
  return attributionComma(toks, lex) >= 0;
}
