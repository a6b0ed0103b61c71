// Finds reported speech in one paragraph: reporting verbs, "ifølge X",
// impersonal "heter det", quotations and dash-quote paragraphs. Speakers are
// left unresolved here (pronouns, "videre", bare quotes); resolve.ts links
// them across the document, so a paragraph can be analysed on its own and cached.

import type { ClaimKind, Lang } from '../model';
import type { Paragraph } from '../text/segment';
import { Token, TokenKind, isCapitalized } from '../text/tokenize';
import { KeySet, lowerWord } from '../text/keyfilter';
import { NO_MONTHS, NO_WEEKDAY_NAMES } from '../numbers/calendar';
import { EVIDENCE_NOUNS, LEXICONS, Lexicon, REGARD_AS, bareBeforeThat, isParticle, particleOf, particleTail, FRONTING } from './lexicon';
import { definitePersonNoun, isAcronym, isGroupMember, isDocumentNoun, isEnglishPeopleNoun, isGroupNoun, isOrgName, isOrgNoun, isOrgTail, isRoleStem, isRoleWord, isTitleBeforeName, withoutCompanyForm } from './kinds';
import { ATTRIBUTION_WINDOW, NameMention, nameMentions, tailOrgWord } from './mentions';
import { narratorVoice } from './narrative';
import { Turn, transcriptTurn } from './transcript';
import { OPEN_QUOTES, QuoteMark, QuoteState, endSentence, inQuote, opensQuotation, quoteState, resetQuote, stepQuote, unclosed } from './quotes';
import { isFirstName } from '../names/firstNames';
import { EN_CLAUSE_PREPOSITIONS, EN_INVERTING, afterSpeechVerb, titleRunToName, appositionLeftOf, dashAsideBefore, beforeAnotherCue, clauseEnd, colonHeadline, coordinatedVerb, nameInsideSentence, nothingReportedAfter, parentheticalGoesOn, pastCuePreposition, pastListener, quoteThenAttribution, signOff, askedOpening, askedQuestion, passiveReport, accordingWordsFrom, passiveAgent, agentPhrase, EN_PASSIVE_CUES, subjectEndBeforeTime, shareSubject, thatInsideContent, clauseCue, zeroThatClause, documentSubject, bareCue, participleModifier, frontedClauseEnd, pastOpinionNoun, relativeWho, relativeClauseEnd, notOwnClause, participleAsideBefore, frontedOpener, documentHeadsSubject, pollAfterIn, POLL_NOUNS, occasionWords, CLOSING_QUOTES } from './english';
import {
  ADJECTIVE_ARTICLES, INDEFINITE, Mention, NAME_PARTICLES, NORWEGIAN_FINITE_AUX, POSSESSIVES, looksDefinite, PEOPLE_PLURAL, PhraseSpan, PlaceLookup, Speaker, Unit, beforeParenthesis, initialsAt, commonPhrase, suspendedCompound, mention, withAffiliation, isName, isOpener, nameDot, localNames, phraseLeftOf, phraseRightOf, pronounSpeaker, readPhrase, isPronoun, speakerNoun,
  ampersand, SENTENCE_END, sentenceEnds, articleBefore,
} from './phrases';

/** Where a claim is and how it is reported, before and after its speaker is resolved. */
export interface ClaimSpan {
  start: number;
  end: number;
  cue: string;
  cueStart: number;
  cueEnd: number;
  kind: ClaimKind;
}

export interface RawClaim extends ClaimSpan {
  speaker: Speaker;
  /** Sources the claim is passed on through ("ifølge Yonhap" after "NIS anslår"). */
  via: Mention[];
  /** "Det sa X": names the speaker of the quotation before it. */
  refersBack: boolean;
  /** "heter det": an impersonal cue. */
  impersonal: boolean;
  /** A transcript turn's label as written ("PENCE"): the resolver keeps the claim only inside a dialogue (transcript.ts). */
  turn: string | undefined;
}

/**
 * Every raw claim is made here, with all fields in one order: the resolver and
 * the incremental analyser read thousands of them, and one object shape keeps
 * those reads fast.
 */
export function rawClaim(
  start: number, end: number, cue: string, cueStart: number, cueEnd: number, kind: ClaimKind,
  speaker: Speaker, via: Mention[], refersBack = false, impersonal = false, turn: string | undefined = undefined,
): RawClaim {
  return { start, end, cue, cueStart, cueEnd, kind, speaker, via, refersBack, impersonal, turn };
}

export interface ParagraphAttribution {
  claims: RawClaim[];
  /** Source mentions that are not a claim's speaker (nested or evidence sources). */
  mentions: Mention[];
  /** Every person and organisation named, speaking or not: antecedents for the resolver. */
  names: NameMention[];
  /** One question and no claim: an interviewer's question set apart, between the answers. */
  asks?: boolean;
  /** Opens with a dash quotation: an answer, after such a question. */
  answers?: boolean;
  /** A short paragraph ending in a question that has claims of its own ("Opposisjonen sier at dere lover
   *  for mye. Hva svarer du?"): an interviewer's question if a dash answer follows (the resolver decides). */
  asking?: boolean;
  /** No claim, and opens on "han"/"hun"/"ho": narration about someone who spoke, whose words may follow. */
  pronoun?: string;
  /** English, no claim: the title a sentence opens on ("The sheriff sat down with the Ledger"),
   *  the last such; an interview introduced so is the titled person's. */
  titleSubject?: string;
  /** Where each sentence starts, in order: a speaker is remembered in its claim's sentence. */
  sentences: number[];
}

type CueType = 'verb' | 'according' | 'impersonal' | 'evidence';
interface Cue {
  type: CueType;
  i: number;
  /** Index after the cue's last token. */
  j: number;
  /** A passive with no agent (English): its claim has no source. */
  passive?: boolean;
  /** A passive with its agent after this "by" (English): the agent is the source. */
  agent?: number;
  /** A particle after the inverted subject ("…, reknar Utdanningsforbundet med."): where the subject ends. */
  particle?: number;
  /** An infinitive after a modal ("Politiet kan bekrefte at …"): the modal, where the subject ends. */
  modal?: number;
  /** "Etter det VG erfarer, …": the verb of learning (the source stands before it), and where the
   *  content starts. */
  learned?: { verb: number; until: number };
}

// "står det i brevet", "I rapporten står det:": what a text says, with the text as its source.
const WRITTEN_IN = new Set(['står', 'sto', 'stod']);
/** English possessives and the pronouns they stand for: "Her vow to …" is "she"; "the company and its CEO". */
const POSSESSIVE_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

const CLOSERS = new Set(['»', '”', '"', ',', ':', '–', '—', ')', "'"]);

const SPACE = /\s/;

/** A sentence opening with a dash ("–", "—", or "-" and a space), tested in place: no slice per sentence. */
function dashStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x2013 || c === 0x2014) return true;
  return c === 45 && at + 1 < text.length && SPACE.test(text[at + 1]);
}
const FIRST_PERSON = new Set(['jeg', 'vi', 'eg', 'i', 'we']);
/** English verbs that take a bare infinitive after their object, or none ("helped found", "let them decide"). */
const VERBS_BEFORE_BARE = new Set(['help', 'helps', 'helped', 'let', 'lets', 'make', 'makes', 'made']);
const WE = new Set(['vi', 'me']);
const ARTICLES_EN = new Set(['a', 'an', 'the']);
const WH_ONLY = /^(?:What|How|Why|Who|Where|When|Which)$/;
const WH_LONGEST = 5;
const POSSESSIVES_EN = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

// "He's claiming", "it's denouncing": "is" or "has" after a pronoun, no genitive.
const CONTRACTED_IS = new Set(['he', 'she', 'it', 'that', 'there', 'here', 'what', 'who', 'where', 'let', 'this']);

/** An English owner before a noun: a genitive ("Brisbane's", "the mayor’s", "officials'") or a possessive. */
function ownerBefore(w: string): boolean {
  if (POSSESSIVES_EN.has(w)) return true;
  if (w.length > 2 && (w.endsWith("s'") || w.endsWith('s’'))) return true;
  return (w.endsWith("'s") || w.endsWith('’s')) && !CONTRACTED_IS.has(w.slice(0, -2));
}
// ("kept pointing to", "began arguing that" go on reporting; "stopped delivering" reports nothing.)
const ASPECT_EN = new Set(['stop', 'stops', 'stopped', 'quit', 'quits', 'ceased']);
const DASHES = new Set(['–', '—', '-']);
/** Capitalised personal pronouns that may open narration about a speaker. */
const NARRATING_PRONOUNS = new Set(['Han', 'Hun', 'Ho']);
/** Sentences of an interviewer's question paragraph: the question and what leads up to it. */
const MAX_QUESTION_SENTENCES = 3;

export function attributeParagraph(text: string, para: Paragraph, lang: Lang, places: PlaceLookup): ParagraphAttribution {
  const lex = LEXICONS[lang];
  const sentences = new Array<number>(para.sentences.length);
  for (let k = 0; k < sentences.length; k++) sentences[k] = para.sentences[k].start;
  const out: ParagraphAttribution = { claims: [], mentions: [], names: nameMentions(text, para, lang, lex, places), sentences };
  // Most sentences report nothing: a set lookup per token skips them before any real work.
  const units = buildUnits(text, para, TRIGGER_KEYS[lang], NEEDS_NEXT[lang], lex, out);
  if (lang === 'en') headlineClaim(text, para, lex, places, out);
  const merge = lang === 'en' && out.claims.length > 0;
  // (A dash paragraph with no cue word in it makes no unit, and answers all the same.)
  if ((units.length && units[0].dash && units[0].start === para.start) || (lang !== 'en' && para.sentences.length > 0 && dashStart(text, para.start))) out.answers = true;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const before = out.claims.length;
    attributeUnit(u, lex, lang, places, out);
    // "Politiet fikk melding klokka 03.15. Det opplyser X til NTB.": "Det" is the sentence
    // before, which is what X said: that sentence is the claim's content.
    const last = out.claims[out.claims.length - 1];
    if (out.claims.length === before + 1 && last.refersBack) {
      const k = para.sentences.findIndex((sn) => sn.start === u.start);
      const prevSentence = k > 0 ? para.sentences[k - 1] : undefined;
      const inside = prevSentence ? out.claims.filter((c) => c !== last && c.end > prevSentence.start && c.start < prevSentence.end) : [];
      // "Sju av ti lærarar meiner at …. Det går fram av medlemsundersøkinga til Skuleforbundet.": a
      // share of a group that "says" so is the survey's finding, and the survey's maker says it.
      if (prevSentence && inside.length > 0 && lang !== 'en' && inside.every((c) => shareSpeaker(c, text)) && !shareSpeaker(last, text)) {
        for (const c of inside) out.claims.splice(out.claims.indexOf(c), 1);
        inside.length = 0;
      }
      if (prevSentence && inside.length === 0) {
        last.start = prevSentence.start;
        last.end = prevSentence.end;
        last.refersBack = false;
      }
    }
  }
  // '"A," X said. "B."': one quoted passage with its attribution inside (English).
  if (merge) mergeQuotedPassages(text, out);
  // "What the lab found", "How the vote works": a subheading's question word, capitalised, is no claim's content.
  if (lang === 'en') {
    for (let k = out.claims.length - 1; k >= 0; k--) {
      const c = out.claims[k];
      if (c.end - c.start <= WH_LONGEST && WH_ONLY.test(text.slice(c.start, c.end))) out.claims.splice(k, 1);
    }
  }
  if (lang === 'en') signOffClaim(text, para, lex, places, out);
  // An interviewer's question may open on what it asks about: "Du har slite med skadar. Kor tungt har det vore?"
  if (para.sentences.length <= MAX_QUESTION_SENTENCES && lastChar(text, para.end) === '?') {
    if (out.claims.length === 0) out.asks = true;
    else if (lang !== 'en' && !out.answers) out.asking = true;
    // "– Kva tenkte du då du la til kai for siste gong?": an interviewer's question set with a dash,
    // as the answers are; it speaks to "du", and no one is said to say it.
    else if (lang !== 'en' && out.answers && out.claims.every((c) => c.cue === '' && c.speaker.kind === 'quote') && addressed(para)) {
      for (const c of out.claims) c.speaker = { kind: 'quote', whole: true, question: true };
      out.answers = false;
      out.asks = true;
    }
  }
  // "Han brukar sterke ord om kva som kan skje. / – Dette er ikkje svartmåling.": the one spoken of speaks on.
  const first = out.claims.length === 0 && para.sentences.length > 0 ? para.sentences[0].tokens[0] : undefined;
  if (first && lang !== 'en' && first.kind === TokenKind.Word && NARRATING_PRONOUNS.has(first.text)) out.pronoun = first.text.toLowerCase();
  if (lang === 'en' && out.claims.length === 0) {
    for (const s of para.sentences) {
      const t = s.tokens;
      if (t.length > 2 && t[0].text === 'The' && t[1].kind === TokenKind.Word && t[1].text === t[1].text.toLowerCase() && isRoleWord(t[1].text)) out.titleSubject = t[1].text;
    }
  }
  const turn = transcriptTurn(para, lang, places);
  if (turn) addTurn(turn, out);
  // Keep no unit (and so no text) alive past its paragraph.
  lastThatOf = undefined;
  return out;
}

/** A transcript's turn as its speaker's claim, for the resolver to keep if the turn is a dialogue's
 *  (transcript.ts). It replaces a claim read off the same colon as a headline's ("UPDATE: …" is no
 *  speaker's), except after initials, which may be a body heading its own news ("AP: …"). */
function addTurn(turn: Turn, out: ParagraphAttribution): void {
  // (A name in ordinary case may head a headline's quotation, "Rush Limbaugh: …": its claim stays
  // until the run shows an interview, when the resolver drops it for the turn.)
  if (!turn.initials && !turn.plain) out.claims = out.claims.filter((c) => c.cueStart !== turn.colon.start);
  const speaker: Speaker = turn.asks ? { kind: 'quote', whole: true, question: true }
    : turn.answer ? { kind: 'quote', whole: true, answer: true } : { kind: 'named', mentions: [turn.label] };
  // An interview's question and answers, as the resolver links a dash answer to the question before it.
  if (turn.asks) out.asks = true;
  else if (turn.answer || turn.plain) out.answers = true;
  out.claims.push(rawClaim(turn.start, turn.end, ':', turn.colon.start, turn.colon.end, 'direct', speaker, [], false, false, turn.label.text));
}

// Words of time that may close an English sentence after its verb.
const EN_TIME_AFTER = new Set(['later', 'earlier', 'again', 'today', 'yesterday', 'tonight', 'afterward', 'afterwards', 'then', 'recently',
  'twice', 'once', 'too', 'also', 'on', 'last', 'this', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** From k to the end of its sentence there are only words of time ("later", "on Tuesday"), and at least one. */
function onlyTimeAfter(u: Unit, k: number): boolean {
  let words = 0;
  for (; k < u.toks.length; k++) {
    const t = u.toks[k];
    if (t.kind === TokenKind.Punct) return words > 0 && (t.text === '.' || t.text === '!') && !u.quoted[k];
    if (u.quoted[k] || !EN_TIME_AFTER.has(u.lw[k])) return false;
    words++;
  }
  return false;
}

/** "Han frykter ringvirkninger for …", "Pendlerne frykter lengre køer": what a subject before the verb
 *  fears, a noun phrase in a whole sentence (not "frykter for livet", nor a crosshead "Frykter kø"). */
function fearedThing(u: Unit, i: number, j: number, lex: Lexicon): boolean {
  if (i <= sentenceStartOf(u, i) || j >= u.toks.length || u.quoted[j] || u.toks[j].kind !== TokenKind.Word || lex.prepositions.has(u.lw[j]) || lex.boundaries.has(u.lw[j])) return false;
  const end = sentenceEndOf(u, j);
  return end > j + 1 && u.toks[end - 1]?.text === '.';
}

/** Second-person pronouns: an interviewer's question speaks to the one it asks. */
const YOU = new Set(['du', 'deg', 'dere', 'dykk', 'De', 'Du', 'Dere', 'Dykk']);

/** The paragraph speaks to someone: "du", "deg", "dere", "dykk". */
function addressed(para: Paragraph): boolean {
  for (const s of para.sentences) for (const t of s.tokens) if (t.kind === TokenKind.Word && YOU.has(t.text)) return true;
  return false;
}

/** The last character before `end` that is not white space. */
function lastChar(text: string, end: number): string {
  let k = end - 1;
  while (k >= 0 && text.charCodeAt(k) <= 32) k--;
  return k >= 0 ? text[k] : '';
}

// Adjectives of feeling or stance that report with a copula before them and a preposition and
// "at" after them ("er bekymret for at", "var letta over at"), to the prepositions they take.
const STANCE_ADJECTIVES = new Map<string, Set<string>>();
for (const [words, preps] of [
  ['bekymret bekymra redd redde glad glade lettet letta fornøyd fornøgd nøgd skuffet skuffa urolig urolige uroleg urolege uroa engstelig engstelige engsteleg engstelege', 'for over med'],
  ['sikker sikre trygg trygge', 'på'],
  ['overbevist overtydd', 'om'],
  ['enig enige einig einige uenig uenige usamd usamde', 'i'],
  ['overrasket overraska', 'over'],
] as const) for (const w of words.split(' ')) STANCE_ADJECTIVES.set(w, new Set(preps.split(' ')));
const COPULAS = new Set(['er', 'var', 'ble', 'blir', 'vart', 'vert', 'blitt', 'vore', 'vært']);
const STANCE_DEGREES = new Set(['ikke', 'ikkje', 'svært', 'veldig', 'godt', 'også', 'òg', 'mest', 'særleg', 'spesielt', 'litt', 'like']);

/** "Sametinget er bekymret for at …": the copula before a stance adjective at i, its cue from the
 *  copula through the preposition, when "at" follows; undefined otherwise. */
function stanceAdjective(u: Unit, i: number): Cue | undefined {
  const preps = STANCE_ADJECTIVES.get(u.lw[i]);
  if (!preps || !preps.has(u.lw[i + 1]) || u.lw[i + 2] !== 'at' || u.quoted[i + 1] || u.quoted[i + 2]) return undefined;
  let k = i - 1;
  while (k > 0 && STANCE_DEGREES.has(u.lw[k]) && !u.quoted[k]) k--;
  return k >= 1 && COPULAS.has(u.lw[k]) && !u.quoted[k] ? { type: 'verb', i: k, j: i + 2 } : undefined;
}

/** "er ikke i tvil om at", "var i tvil om at": a stance of certainty or doubt, on the copula. */
function doubtCue(u: Unit, i: number): Cue | undefined {
  if (u.lw[i - 1] !== 'i' || u.lw[i + 1] !== 'om' || u.lw[i + 2] !== 'at' || u.quoted[i - 1] || u.quoted[i + 1] || u.quoted[i + 2]) return undefined;
  let k = i - 2;
  while (k > 0 && STANCE_DEGREES.has(u.lw[k]) && !u.quoted[k]) k--;
  return k >= 1 && COPULAS.has(u.lw[k]) && !u.quoted[k] ? { type: 'verb', i: k, j: i + 2 } : undefined;
}

// Every lower-case word that can start a cue or an evidence phrase; and the same in any
// case plus quotation marks, to skip sentences with nothing to read.
const CUE_FIRST: Record<Lang, Set<string>> = { nb: new Set(), nn: new Set(), en: new Set() };
const TRIGGERS: Record<Lang, Set<string>> = { nb: new Set(), nn: new Set(), en: new Set() };
for (const lang of Object.keys(TRIGGERS) as Lang[]) {
  const lex = LEXICONS[lang];
  const words = [
    ...lex.verbs.keys(), ...lex.accordingTo.map((s) => s[0]), ...lex.impersonal.map((s) => s[0]),
    ...REGARD_AS[lang].verb, ...EVIDENCE_NOUNS, ...(lang === 'en' ? EN_PASSIVE_CUES : []),
    ...(lang === 'en' ? [] : [...STANCE_ADJECTIVES.keys(), 'tvil']),
  ];
  for (const w of words) {
    CUE_FIRST[lang].add(w);
    TRIGGERS[lang].add(w);
    TRIGGERS[lang].add(w[0].toUpperCase() + w.slice(1));
    TRIGGERS[lang].add(w.toUpperCase());
  }
  for (const q of ['«', '»', '"', '“', '”', '„']) TRIGGERS[lang].add(q);
  // An infinitive starts a cue after a modal (see modalBefore); its sentence is read only then (INFINITIVE_KEYS).
  for (const w of lex.infinitives.keys()) CUE_FIRST[lang].add(w);
}
// "In a CNN poll, …" is a cue on "in", which is too common a word to read sentences for: they are read for the poll.
for (const w of POLL_NOUNS) for (const form of [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]) TRIGGERS.en.add(form);
// Asked of nearly every token: a filter turns most words away before the set hashes them.
const TRIGGER_KEYS: Record<Lang, KeySet> = { nb: new KeySet(TRIGGERS.nb), nn: new KeySet(TRIGGERS.nn), en: new KeySet(TRIGGERS.en) };
// A cue's infinitive makes its sentence worth reading only after a modal ("kan bekrefte at").
const INFINITIVE_KEYS = new Map<Lexicon, KeySet>(Object.values(LEXICONS).map((lex) => [lex, new KeySet(new Set(lex.infinitives.keys()))]));
const CUE_FIRST_KEYS: Record<Lang, KeySet> = { nb: new KeySet(CUE_FIRST.nb), nn: new KeySet(CUE_FIRST.nn), en: new KeySet(CUE_FIRST.en) };

// Verbs of calling: "kaller forslaget «…»", "… et pensjonskutt", "… urettferdig" (namedAs).
const CALL = new Set(['kalle']);

/** A claim whose speaker is a share of a group: "Sju av ti lærarar meiner", "35 prosent svarer". */
function shareSpeaker(c: RawClaim, text: string): boolean {
  if (c.speaker.kind !== 'named' || c.speaker.mentions.length === 0) return false;
  return c.speaker.mentions.every((m) => SHARE_OPENING.test(text.slice(m.start, m.end)));
}
const SHARE_OPENING = /^(?:\d[\d,. ]*(?:prosent|%)?|(?:en|ei|ein|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|halvparten|flertallet|fleirtalet|mange|de fleste|dei fleste)\b[^]*?\b(?:av|prosent)\b)/i;

// Words that start a cue only together with the word after them ("i følge", "it said", "ser på …
// som"), by the words that may follow. "i" and "it" open a sentence in two of every five, and
// without this each such sentence was read in full for nothing.
const NEEDS_NEXT: Record<Lang, Map<string, Set<string>>> = { nb: new Map(), nn: new Map(), en: new Map() };
for (const lang of Object.keys(NEEDS_NEXT) as Lang[]) {
  const lex = LEXICONS[lang];
  const regard = REGARD_AS[lang];
  const alone = new Set([...EVIDENCE_NOUNS, ...(lang === 'en' ? EN_PASSIVE_CUES : [])]);
  const pairs: Array<[string, string]> = [];
  // "gjort det klart", "gir uttrykk for": a verb with a particle is a cue only with it (an English
  // verb may also report in the passive, so it always counts).
  for (const [form, cue] of lex.verbs) {
    const particle = lang === 'en' ? undefined : particleOf(cue.lemma);
    if (particle) {
      for (const p of particle[0].split('/')) pairs.push([form, p]);
      if (bareBeforeThat(cue.lemma)) pairs.push([form, 'at']);
    }
    // A verb of naming reports only before a quotation or "at" ("kaller forslaget «…»"); "kalt inn" is read no further.
    // (Or before an indefinite noun after its object: "kaller forslaget et pensjonskutt", see namedAs.)
    // ("kaller forslaget urettferdig": a Norwegian verb of calling may name by an adjective too, which
    // no word list holds; such a sentence is read, and namedAs decides.)
    else if (cue.quotation && !(lang !== 'en' && CALL.has(cue.lemma))) for (const p of ['«', '“', '"', 'at', ...(lang === 'en' ? [] : INDEFINITE)]) pairs.push([form, p]);
    else alone.add(form);
  }
  for (const seq of [...lex.accordingTo, ...lex.impersonal]) {
    if (seq.length === 1) alone.add(seq[0]); else pairs.push([seq[0], seq[1]]);
  }
  for (const v of regard.verb) {
    if (regard.prep === '') alone.add(v); else pairs.push([v, regard.prep]);
  }
  // "Det står i rapporten at …" (findCues): "står" before "i" as well as before "det"; "kom i dag
  // til at": a time adverbial before the particle.
  // ("Det står også i brevet at …": missingNext looks a few words on.)
  if (lang !== 'en') for (const v of [...WRITTEN_IN, 'kom', 'kommer', 'kjem']) pairs.push([v, 'i']);
  for (const [first, second] of pairs) {
    if (alone.has(first)) continue;
    const next = NEEDS_NEXT[lang].get(first) ?? new Set<string>();
    next.add(second);
    NEEDS_NEXT[lang].set(first, next);
  }
}

/** Is the trigger word at toks[i] one that needs a following word, and not followed by it here? */
function missingNext(toks: readonly Token[], i: number, needsNext: Map<string, Set<string>>): boolean {
  const next = needsNext.get(lowerCase(toks[i].text));
  // The word may go on in the next sentence of a group: only a word this sentence has can rule it out.
  if (next === undefined || i + 1 >= toks.length) return false;
  // Its particle may stand a few words on: after an adverb or a time ("slo seinare fast", "slo i
  // 2013 fast"), or after the subject (", reknar Utdanningsforbundet med.", "Det slo retten fast.",
  // "Det slår Sogn og Fjordane tingrett fast.").
  for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
    if (next.has(lowerCase(toks[k].text))) return false;
    if (toks[k].kind === TokenKind.Punct) break;
  }
  return true;
}

/** Groups sentences into units: a dash-quote passage or a quotation spanning sentences is read as one. */
type QuoteUnit = Unit & {
  /** Opens with a dash: a quotation paragraph. */
  dash: boolean;
  hasQuote: boolean;
  /** A dash passage whose attribution has been read. */
  closed: boolean;
  /** A dash passage cut short by a sentence that opens a quotation. */
  cut: boolean;
};

// Longest trigger word: longer tokens need no hashing.
const TRIGGER_MAX = Math.max(...Object.values(TRIGGERS).flatMap((set) => [...set].map((w) => w.length)));

/**
 * "The mayor was blunt: “…”": a lead-in before a colon tells how something was said; what was
 * said is the quotation after it (PolNeAR starts the content there). The index of the quotation
 * mark after such a lead-in opening at token from (and before hi), or from.
 */
function pastLeadColon(toks: readonly Token[], from = 0, hi = toks.length): number {
  for (let k = from; k + 1 < hi && k < from + 40; k++) {
    const t = toks[k].text;
    if (t === '"' || OPEN_QUOTES.has(t)) return from;
    if (t === ':') return toks[k + 1].text === '"' || OPEN_QUOTES.has(toks[k + 1].text) ? k + 1 : from;
  }
  return from;
}

const DATELINE_DASHES = new Set(['—', '–', '-']);

// The last word of an "emerges" cue: "går fram", "fremgår".
const EMERGES = new Set(['fram', 'frem', 'fremgår', 'framgår', 'fremgikk', 'framgikk', 'framgjekk']);
const EMERGES_FROM = new Set(['av', 'i']);

/** Where a relative clause between commas ends right before token `i` (", som …,"), its first
 *  comma; else `i`. */
function pastRelativeClause(u: Unit, i: number): number {
  if (i < 3 || u.toks[i - 1].text !== ',' || u.quoted[i - 1]) return i;
  // (It may run long: "Ein tømrar frå Hyen, som hadde køyrt heilt ned til ferjekaia før han fekk med
  // seg at ferja stod, meiner …".)
  for (let k = i - 2; k >= 1 && i - k <= 24; k--) {
    if (u.quoted[k]) return i;
    if (u.toks[k].text === ',') return RELATIVE_SOM.has(u.lw[k + 1]) ? k : i;
  }
  return i;
}

/** The "som" of a relative clause on the sentence's opening noun (at most three words in) that runs
 *  up to the verb at i: ended by its comma ("Ei kvinne som var med i følgjet, forklarte"), or with no
 *  comma and at least two words after "som" ("Ein pensjonist som bur like ved skredløpet seier"). */
function openingRelative(u: Unit, i: number): number | undefined {
  const comma = i >= 1 && u.toks[i - 1].text === ',' && !u.quoted[i - 1];
  const end = comma ? i - 1 : i;
  if (end < 3) return undefined;
  const s0 = sentenceStartOf(u, end);
  for (let k = end - 1; k > s0 && i - k <= 12; k--) {
    if (u.quoted[k] || u.toks[k].kind === TokenKind.Punct) return undefined;
    if (RELATIVE_SOM.has(u.lw[k])) return k - s0 <= 3 && u.toks[k - 1].kind === TokenKind.Word && (comma || end - k >= 3) ? k : undefined;
  }
  return undefined;
}

/**
 * "Det går fram av rapporten at …", "Av rapporten går det fram at …", "I brevet kommer det fram at …",
 * "Det fremgår av rapporten at …": the text it emerges from says it. Only with that text and an
 * "at" after it: "kom fram" alone is arriving.
 */
function emergesFrom(u: Unit, cue: Cue, lex: Lexicon, places: PlaceLookup): Attributed | undefined {
  const n = u.toks.length;
  if (cue.j < n && EMERGES_FROM.has(u.lw[cue.j]) && !u.quoted[cue.j]) {
    // "av tallene fra SSB": a document with who issued it.
    let r = phraseRightOf(u, cue.j + 1, lex);
    if (r) r = withAffiliation(u, r, lex);
    // "Det går fram av nye målingar som NGI la fram, at …": who made the text speaks through it.
    const maker = r && RELATIVE_SOM.has(u.lw[r.b + 1]) && !u.quoted[r.b + 1] ? makerAt(u, r.b + 2, n, lex, places) : undefined;
    if (maker) {
      // What it says follows the relative clause, after its "at".
      let at = r!.b + 2;
      while (at < n && at < r!.b + 16 && !(lex.that.has(u.lw[at]) && !u.quoted[at]) && !SENTENCE_END.has(u.toks[at].text)) at++;
      return { cue, speaker: { kind: 'named', mentions: maker }, subjectStart: cue.i, final: false, after: at < n && lex.that.has(u.lw[at]) ? at : r!.b + 1 };
    }
    // "En mann er dømt. Det fremgår av dommen.": with no "at", "Det" is the sentence before.
    const back = cue.i === 1 && u.lw[0] === 'det';
    // "Pengene gikk til en leilighet, går det fram av dommen.": after what it said, closing the sentence.
    const tail = !back && cue.i > 1 && u.toks[cue.i - 1].text === ',' && !u.quoted[cue.i - 1] && r !== undefined && sentenceEnds(u, r.b + 1);
    const sp = r && ((r.b + 1 < n && lex.that.has(u.lw[r.b + 1])) || back || tail) ? speakerOf(u, r, lex, places) : undefined;
    if (sp?.kind === 'named') return { cue, speaker: sp, subjectStart: cue.i, final: tail, after: r!.b + 1 };
  }
  const s0 = sentenceStartOf(u, cue.i);
  if (cue.i - s0 >= 2 && EMERGES_FROM.has(u.lw[s0]) && cue.j < n && lex.that.has(u.lw[cue.j])) {
    // "Av en analyse som kommunestyret vedtok i 2022, går det fram at …": the text without its relative clause.
    let e = cue.i - 1;
    for (let k = s0 + 2; k < e; k++) if ((u.lw[k] === 'som' || u.toks[k].text === ',') && !u.quoted[k]) { e = k - 1; break; }
    if (u.toks[e].text === ',') e--;
    const mentions = readPhrase(u, s0 + 1, e, lex, places);
    if (mentions.length) return { cue, speaker: { kind: 'named', mentions }, subjectStart: s0, final: false, after: cue.j };
  }
  return undefined;
}

/** After a dateline opening at `from` ("OSLO (NTB):", "WASHINGTON —", "TROMSØ:"): a place in
 *  capitals, perhaps an agency in parentheses, then a colon or a dash. */
function pastDateline(toks: readonly Token[], from: number, hi: number): number {
  const t = toks[from];
  if (!t || t.kind !== TokenKind.Word || t.text.length < 2 || t.text !== t.text.toUpperCase() || t.text === t.text.toLowerCase()) return from;
  let k = from + 1;
  while (k < hi && toks[k].kind === TokenKind.Word && toks[k].text === toks[k].text.toUpperCase()) k++;
  // "WASHINGTON, June 24 (UPI) —": a date after the place.
  if (k + 3 < hi && toks[k].text === ',' && isCapitalized(toks[k + 1].text) && toks[k + 2].kind === TokenKind.Number) k += 3;
  // "BISMARCK, N.D. —", "SISTERS, Ore. —", "ATHENS, Greece —": a state or country after the place,
  // in capitalised words and the periods of their abbreviations.
  else if (k + 2 < hi && toks[k].text === ',' && isCapitalized(toks[k + 1].text)) {
    let m = k + 1;
    while (m < hi && m < k + 7 && (toks[m].text === '.' || (toks[m].kind === TokenKind.Word && isCapitalized(toks[m].text)))) m++;
    if (m < hi && (DATELINE_DASHES.has(toks[m].text) || toks[m].text === '(')) k = m;
  }
  if (k + 2 < hi && toks[k].text === '(') {
    while (k < hi && toks[k].text !== ')' && k < from + 8) k++;
    k++;
  }
  return k < hi && (toks[k].text === ':' || DATELINE_DASHES.has(toks[k].text)) ? k + 1 : from;
}

function buildUnits(text: string, para: Paragraph, triggers: KeySet, needsNext: Map<string, Set<string>>, lex: Lexicon, out: ParagraphAttribution): QuoteUnit[] {
  // Pass 1, cheap: group sentences (an open quotation or an unattributed dash passage
  // carries on into the next sentence) and note which groups hold a cue word outside
  // quotation marks, and how many words they quote.
  const sents = para.sentences;
  const st = quoteState();
  let groups = groupSentences(text, sents, triggers, needsNext, lex, out.names, st);
  const open = unclosed(st);
  if (open >= 0) {
    st.limit = open;
    resetQuote(st);
    groups = groupSentences(text, sents, triggers, needsNext, lex, out.names, st);
  }
  // A quotation with no cue word needs no closer reading: it is a claim for a neighbouring
  // speaker if it quotes a few words, and nothing if it is a scare quote.
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    if (g.worth || g.weak || g.quotedWords < 3) continue;
    const start = sents[g.from].start;
    const toks = sents[g.from].tokens;
    const speaker: Speaker = { kind: 'quote', whole: isWholeQuote(g.quotedWords, g.words) };
    // «Alle er jo på om kvelden» as a paragraph of its own: a subheading, whose speaker is the one
    // quoted below it, as a dash subheading's is.
    if (sents.length === 1 && speaker.whole && quotedHeadline(toks, g.words)) speaker.headline = true;
    out.claims.push(rawClaim(toks[pastLeadColon(toks)]?.start ?? start, sents[g.to].end, '', start, start, 'direct', speaker, []));
  }
  // Pass 2: only the groups worth reading become units with lower-cased tokens. Which tokens
  // are quoted was read in pass 1 (its last reading, with any limit) and is copied, not read again.
  const units: QuoteUnit[] = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    // A group with only a word that needs another ("i" without "følge") is read only if it quotes.
    if (!g.worth && !(g.weak && (g.dash || g.marks))) continue;
    const first = sents[g.from];
    // A one-sentence unit (most are) reads the sentence's own token array; a
    // longer one gets arrays of their final size, not ones grown push by push.
    const copy = g.from !== g.to;
    let n = 0;
    for (let si = g.from; si <= g.to; si++) n += sents[si].tokens.length;
    const u: QuoteUnit = {
      text, toks: copy ? new Array<Token>(n) : first.tokens, lw: new Array<string>(n), quoted: g.marks ? new Array<boolean>(n) : noQuotes(n),
      sentenceStarts: copy ? new Set() : ONE_SENTENCE, start: first.start, end: sents[g.to].end, dash: g.dash, hasQuote: g.dash || g.marks, closed: false, cut: g.cut,
    };
    // The group's tokens are consecutive in the flags, from its first token on.
    let q = g.offset;
    let k = 0;
    for (let si = g.from; si <= g.to; si++) {
      if (copy) u.sentenceStarts.add(k);
      const stoks = sents[si].tokens;
      for (let ti = 0; ti < stoks.length; ti++) {
        const t = stoks[ti];
        if (copy) u.toks[k] = t;
        u.lw[k] = lowerAt(stoks, ti, lex);
        if (g.marks) u.quoted[k] = quotedFlags[q++] === 1;
        k++;
      }
    }
    u.closed = g.dash && endsWithAttribution(sents[g.to].tokens);
    units.push(u);
  }
  return units;
}

// A group without a quotation mark quotes nothing: its units share one array of `false`, at
// least as long as any of them, and never written to (every reader only tests a token's entry).
let allFalse: boolean[] = [];
function noQuotes(n: number): boolean[] {
  if (allFalse.length < n) allFalse = new Array<boolean>(Math.max(n, 2 * allFalse.length)).fill(false);
  return allFalse;
}

// Per token of the paragraph being read (in sentence order), 1 when it is inside a quotation
// and not the mark opening it: written by groupSentences, read by buildUnits. Grown, never shrunk.
let quotedFlags = new Uint8Array(256);

// The sentence starts of every one-sentence unit (most units): one shared set, never added to.
const ONE_SENTENCE: Set<number> = new Set([0]);

interface SentenceGroup {
  from: number; to: number; dash: boolean; worth: boolean; words: number; cut: boolean;
  /** Holds a trigger word whose partner does not follow it ("i" without "følge"): read only if it quotes. */
  weak: boolean;
  /** Words in quotations of three words or more: titles and terms («FM 2009», «du») quote nobody. */
  quotedWords: number;
  /** Words of the quotation being read. */
  run: number;
  /** Holds a quotation mark (whatever the quotation state, stepQuote reads one as opening or closing). */
  marks: boolean;
  /** Index of its first token in quotedFlags. */
  offset: number;
}

function groupSentences(text: string, sents: Paragraph['sentences'], triggers: KeySet, needsNext: Map<string, Set<string>>, lex: Lexicon, names: readonly NameMention[], st: QuoteState): SentenceGroup[] {
  const infinitives = INFINITIVE_KEYS.get(lex)!;
  const groups: SentenceGroup[] = [];
  let cur: SentenceGroup | undefined;
  let ni = 0;
  let total = 0;
  for (let si = 0; si < sents.length; si++) total += sents[si].tokens.length;
  if (quotedFlags.length < total) quotedFlags = new Uint8Array(Math.max(total, 2 * quotedFlags.length));
  const flags = quotedFlags;
  let q = 0;
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si];
    if (s.tokens.length === 0) continue;
    const startsDash = dashStart(text, s.start);
    const continueQuote = cur && inQuote(st);
    while (ni < names.length && names[ni].start < s.start) ni++;
    const dashGoesOn = cur && cur.dash && !startsDash && !endsWithAttribution(sents[si - 1].tokens) && !narrated(names, ni, s.end, s.tokens);
    // A dash speaker's own words carry no quotation marks: a sentence opening with one quotes
    // someone else, and the passage has ended.
    const continueDash = dashGoesOn && !opensQuotation(s.tokens);
    if (cur && dashGoesOn && !continueDash && !continueQuote) cur.cut = true;
    // '"Why would I quit?" Smith asked.': after a quotation ending on "?" or "!" the sentence break
    // falls before its attribution, which belongs to it all the same.
    const attribution = cur !== undefined && !continueQuote && quotationEndsSentence(sents[si - 1].tokens) && bareAttribution(s.tokens, lex);
    if (!cur || (!continueQuote && !continueDash && !attribution)) {
      if (cur) endRun(cur);
      cur = { from: si, to: si, dash: startsDash, worth: startsDash, weak: false, quotedWords: 0, words: 0, cut: false, run: 0, marks: false, offset: q };
      groups.push(cur);
    }
    cur.to = si;
    const g = cur;
    const toks = s.tokens;
    // Asked of every token of the paragraph: the word count is kept in a local, not the group.
    let words = 0;
    // "Støre: – Vi må handle nå": a dash after a colon opens a quotation to the sentence's end.
    let colonDash = false;
    for (let ti = 0; ti < toks.length; ti++) {
      const t = toks[ti];
      const kind = t.kind;
      if (kind === TokenKind.Word) words++;
      if (colonDash && st.depth === 0) {
        flags[q++] = 1;
        continue;
      }
      if (kind === TokenKind.Punct) {
        // "Navn: «…»" names its speaker without a cue word: worth reading.
        if (st.depth === 0 && ti > 0 && toks[ti - 1].text === ':' && OPEN_QUOTES.has(t.text)) g.worth = true;
        if (st.depth === 0 && !st.straight && ti > 0 && ti + 1 < toks.length && toks[ti - 1].text === ':' && DASHES.has(t.text)) {
          colonDash = true;
          g.worth = true;
          g.marks = true;
          flags[q++] = 0;
          continue;
        }
        const mark = stepQuote(st, toks, ti, lex.verbs);
        if (mark !== QuoteMark.None) g.marks = true;
        flags[q++] = inQuote(st) && mark !== QuoteMark.Open ? 1 : 0;
        if (mark === QuoteMark.Close && !inQuote(st)) endRun(g);
      } else if (st.depth > 0 || st.straight) {
        flags[q++] = 1;
        if (kind === TokenKind.Word) g.run++;
      } else {
        flags[q++] = 0;
        if (!g.worth && t.text.length <= TRIGGER_MAX && triggers.has(t.text)) {
          if (missingNext(toks, ti, needsNext)) g.weak = true; else g.worth = true;
        } else if (!g.worth && ti >= 2 && infinitives.has(t.text) && modalAt(ti, (k) => toks[k].text) >= 0) g.worth = true;
      }
    }
    g.words += words;
    endSentence(st);
  }
  if (cur) endRun(cur);
  return groups;
}

function endRun(g: SentenceGroup): void {
  if (g.run >= 3) g.quotedWords += g.run;
  g.run = 0;
}

// A dash passage ends before a sentence of narration (narrative.ts); the mention layer
// has left its subject unquoted.
function narrated(names: readonly NameMention[], from: number, end: number, toks: readonly Token[]): boolean {
  for (let k = from; k < names.length && names[k].start < end; k++) {
    const m = names[k];
    if (m.proper && m.subject && !m.quoted && m.type === 'person') return narratorVoice(toks);
  }
  return false;
}

/** The sentence ends on "?" or "!" and a closing quotation mark. */
function quotationEndsSentence(toks: readonly Token[]): boolean {
  const n = toks.length;
  return n >= 2 && QUOTE_CLOSERS.has(toks[n - 1].text) && (toks[n - 2].text === '?' || toks[n - 2].text === '!');
}

/** "Smith said.", "Mary Ann Jones asked.", "she added.": a name of up to three words or a pronoun, a
 *  reporting verb and the full stop, and nothing else. */
function bareAttribution(toks: readonly Token[], lex: Lexicon): boolean {
  // ('"…?" Chee said in a phone interview.': where it was said may close it.)
  const n = toks.length - occasionTail(toks);
  if (n < 3 || n > 5 || toks[toks.length - 1].text !== '.' || !lex.verbs.has(lowerWord(toks[n - 2].text))) return false;
  if (n === 3 && lex.personPronouns.has(lowerWord(toks[0].text))) return true;
  for (let k = 0; k < n - 2; k++) if (toks[k].kind !== TokenKind.Word || !isCapitalized(toks[k].text)) return false;
  return true;
}

/** How many tokens before the closing period are an occasion ("in a phone interview"), or 0. */
function occasionTail(toks: readonly Token[]): number {
  const end = toks.length - 1;
  for (let a = end - 2; a >= 0 && a >= end - 6; a--) {
    if (toks[a].kind !== TokenKind.Word) return 0;
    const words: string[] = [];
    for (let k = a; k < end; k++) words.push(lowerWord(toks[k].text));
    if (occasionWords(words)) return end - a;
  }
  return 0;
}

// A dash passage ends at the sentence carrying its attribution (", sa X."), which may run on
// with where it was said (", sa X i det svenske radioprogrammet «Sommar i P1» 14. august.").
// The same window as the mention layer's attributionComma (ATTRIBUTION_WINDOW).
function endsWithAttribution(toks: readonly Token[]): boolean {
  for (let k = toks.length - 1; k > 0 && k > toks.length - ATTRIBUTION_WINDOW; k--) {
    // "Oi! jubler X.": a sentence goes on in lower case after "!" or "?" only with its attribution.
    if ((toks[k - 1].text === '!' || toks[k - 1].text === '?') && toks[k].kind === TokenKind.Word && !isCapitalized(toks[k].text)) return true;
    if (toks[k - 1].text !== ',') continue;
    const w = toks[k].text.toLowerCase();
    if (anyVerb(w) || w === 'heter' || w === 'heiter' || w === 'ifølge' || w === 'ifølgje' || tagShape(toks, k)) return true;
  }
  return false;
}

const TAG_PRONOUNS = new Set(['han', 'hun', 'ho', 'de', 'dei']);

/** ", ler Myklebust.", ", smiler hun.": after a comma, a verb outside the lexicon (a finite form:
 *  "-r", "-te", "-de") and a name or a pronoun that end the sentence. */
function tagShape(toks: readonly Token[], k: number): boolean {
  const w = toks[k].text;
  if (toks[k].kind !== TokenKind.Word || isCapitalized(w) || !(w.endsWith('r') || w.endsWith('te') || w.endsWith('de')) || k + 1 >= toks.length) return false;
  let m = k + 1;
  if (TAG_PRONOUNS.has(toks[m].text)) m++;
  else while (m < toks.length && m <= k + 3 && toks[m].kind === TokenKind.Word && isCapitalized(toks[m].text)) m++;
  if (m === k + 1 || m >= toks.length) return false;
  // ", jubler Aase, som har scora fem mål.": a relative clause may follow the name.
  return m === toks.length - 1 ? toks[m].text === '.' || toks[m].text === '!' : toks[m].text === ',' && toks[m + 1].text.toLowerCase() === 'som';
}

// Most words are written in lower case already: skip the copy for them. (A word
// capitalised inside, like "iPhone", keeps its case; no cue or pronoun is.)
function lowerCase(w: string): string {
  const c = w.charCodeAt(0);
  return (c >= 97 && c <= 122) || c === 0xe5 || c === 0xe6 || c === 0xf8 || (c < 65 && w.length === 1) ? w : w.toLowerCase();
}

// Closed-class words that an organisation's initials may spell: "The WHO said", "DA mener at",
// "according to the US". Emphasis ("He did NOT say") stays the word it shouts.
const FUNCTION_WORDS = new Map<Lexicon, Set<string>>();
const NEGATIONS = new Set(['ikke', 'ikkje', 'aldri']);
const SHOUTED = new Set([...NEGATIONS, 'not', 'no', 'nei', 'never', 'all', 'alle', 'yes', 'ja']);
for (const lex of Object.values(LEXICONS)) {
  const words = new Set<string>();
  FUNCTION_WORDS.set(lex, words);
  for (const set of [lex.personPronouns, lex.groupPronouns, lex.thingPronouns, lex.subordinators, lex.relatives, lex.boundaries, lex.prepositions, lex.that, lex.adverbs, lex.auxiliaries, lex.quantifiers, lex.from, lex.notHeads, lex.nonSpeakers]) {
    for (const w of set) if (w.length >= 2 && w.length <= 3 && !SHOUTED.has(w)) words.add(w);
  }
}

/**
 * The lower-case form of toks[k], except initials that spell a function word in a line
 * written in lower case ("The WHO said", "DA mener"): those keep their capitals, so that no
 * reader takes the organisation for "who" or "da". A headline in capitals is lower-cased whole.
 */
function lowerAt(toks: readonly Token[], k: number, lex: Lexicon): string {
  const w = toks[k].text;
  const lw = lowerCase(w);
  if (lw === w || w.length > 3 || w !== w.toUpperCase() || !FUNCTION_WORDS.get(lex)!.has(lw)) return lw;
  return hasLowerLetter(toks[k - 1]) || hasLowerLetter(toks[k + 1]) ? w : lw;
}

function hasLowerLetter(t: Token | undefined): boolean {
  return t !== undefined && t.kind === TokenKind.Word && t.text !== t.text.toUpperCase();
}

function anyVerb(w: string): boolean {
  return LEXICONS.nb.verbs.has(w) || LEXICONS.nn.verbs.has(w) || LEXICONS.en.verbs.has(w);
}

function matchSeq(u: Unit, i: number, seq: string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (u.lw[i + k] !== seq[k]) return false;
  return true;
}

/** "Note:", "Editor's note:", "Update:": a word opening its sentence with a colon right after it
 *  (a genitive before it at most) labels what follows; nobody reports it. */
function labelWord(u: Unit, i: number): boolean {
  if (u.toks[i + 1]?.text !== ':' || u.quoted[i + 1]) return false;
  if (u.sentenceStarts.has(i)) return true;
  return i >= 1 && u.sentenceStarts.has(i - 1) && /['’]s$/.test(u.toks[i - 1].text);
}

function findCues(u: Unit, lex: Lexicon, lang: Lang): Cue[] {
  const cues: Cue[] = [];
  const n = u.toks.length;
  const regard = REGARD_AS[lang];
  const first = CUE_FIRST_KEYS[lang];
  const seqsByFirst = SEQS_BY_FIRST[lang];
  for (let i = 0; i < n; i++) {
    if (u.quoted[i]) continue;
    const w = u.lw[i];
    // "cited reports that …", "denied claims that …": a word in -s right after a verb cue is its object, a plural noun.
    if (lang === 'en' && cues.length > 0 && cues[cues.length - 1].j === i && cues[cues.length - 1].type === 'verb' && w.endsWith('s')) continue;
    if (lang === 'en' && w === 'in' && pollAfterIn(u, i) > i) { cues.push({ type: 'according', i, j: i + 1 }); continue; }
    // "Etter det VG erfarer, vil statsråden gå av": what a newsroom has learned, with its source.
    if (lang !== 'en' && w === 'etter' && (i === 0 || u.sentenceStarts.has(i)) && !u.quoted[i]) {
      const learned = learnedClause(u, i + 1);
      if (learned) { cues.push({ type: 'according', i, j: i + 2, learned }); i = learned.until - 1; continue; }
    }
    if (!first.has(w)) continue;
    if (lang === 'en' && (nameInsideSentence(u, i) || beforeAnotherCue(u, i, lex) || labelWord(u, i))) continue;
    const seqs = seqsByFirst.get(w);
    if (seqs) {
      const according = firstMatch(u, i, seqs.according);
      if (according) { cues.push({ type: 'according', i, j: i + according.length }); i += according.length - 1; continue; }
      const found = firstMatch(u, i, seqs.impersonal);
      // "kom fram til at" is to conclude, not "kom fram" (to emerge).
      const impersonal = found && !(FORTH.has(u.lw[i + found.length - 1]) && u.lw[i + found.length] === 'til') ? found : undefined;
      if (impersonal) { cues.push({ type: 'impersonal', i, j: i + impersonal.length }); i += impersonal.length - 1; continue; }
      // "Det står i rapporten at …": the same cue with "det" before the verb; writtenIn asks for
      // the text it stands in and for "at" or a colon after that text.
      if (lang !== 'en' && WRITTEN_IN.has(w) && i > 0 && u.lw[i - 1] === 'det' && !u.quoted[i - 1]) { cues.push({ type: 'impersonal', i, j: i + 1 }); continue; }
      // "i" without "følge", "it" without "said": common words that start no other cue.
      if (seqs.only) continue;
    }
    const stance = lang !== 'en' && STANCE_ADJECTIVES.has(w) ? stanceAdjective(u, i) : lang !== 'en' && w === 'tvil' ? doubtCue(u, i) : undefined;
    if (stance) { cues.push(stance); continue; }
    const asked = lang === 'en' ? askedQuestion(u, i) : undefined;
    if (asked !== undefined) { cues.push({ type: 'verb', i, j: asked.j, passive: true, agent: asked.agent }); continue; }
    // "ser på forslaget som et angrep", "Voters see Clinton as the stronger candidate": a verb of
    // regarding with "som"/"as" after its object reports, though the same verb needs "at"/"that" elsewhere.
    const regarded = regard.verb.has(w) ? regardedAs(u, i, regard) : undefined;
    if (regarded) { cues.push(regarded); continue; }
    let form = lex.verbs.get(w);
    // "Politiet kan bekrefte at …", "Ho vil ikkje utelukke at …": an infinitive after a modal.
    const modal = form === undefined && lang !== 'en' ? modalBefore(u, i) : undefined;
    if (modal !== undefined) form = lex.infinitives.get(w);
    // "sa opp jobben", "har sagt opp tolv tilsette": to quit or lay off, not to say.
    if (form && SAY.has(form.lemma) && u.lw[i + 1] === 'opp') form = undefined;
    // "har skrive under på eit opprop": to sign, not to write what someone says.
    if (form && WRITE.has(form.lemma) && u.lw[i + 1] === 'under') form = undefined;
    // "had ruled out other causes": to exclude, not to rule that; "knocked out power" neither.
    if (form && lang === 'en' && u.lw[i + 1] === 'out' && NOTHING_OUT.has(w)) form = undefined;
    // "runs counter to": an idiom, not a rebuttal.
    if (form && lang === 'en' && i > 0 && RUN.has(u.lw[i - 1]) && u.lw[i + 1] === 'to') form = undefined;
    // Whether a form of "be" stands before the word: English asks it here, and every language below.
    const passive = lang === 'en' ? passiveBefore(u, i, lex) : undefined;
    if (passive) {
      const j = passiveReport(u, i);
      if (j !== undefined) { cues.push({ type: 'verb', i, j, passive: true }); continue; }
      // "was criticized by her rivals": the agent reports.
      const by = form && !form.adjunct && !form.needsComplement ? passiveAgent(u, i, lex) : undefined;
      if (by !== undefined) { cues.push({ type: 'verb', i, j: by, passive: true, agent: by }); continue; }
    }
    // "under questioning by X", "Reporting by Y": a noun in "-ing" with its agent after it reports
    // nothing ("responded by using …" does).
    if (form && lang === 'en' && !passive && w.endsWith('ing') && u.lw[i + 1] === 'by' && !u.quoted[i + 1] && !(i + 2 < n && u.lw[i + 2].endsWith('ing'))) continue;
    if (form && lang === 'en' && !passive && participleModifier(u, i, lex)) continue;
    // "was looking into reports that …": after a preposition a word in -s is a plural noun, not a verb.
    if (form && lang === 'en' && i > 0 && w.endsWith('s') && (lex.prepositions.has(u.lw[i - 1]) || NOUN_PREPOSITIONS.has(u.lw[i - 1])) && !u.quoted[i - 1]) continue;
    // "Writing for the majority, Justice X said": an adjunct opening the sentence on a preposition
    // says how the subject spoke; what it said follows the main verb.
    if (form?.adjunct && lang === 'en' && (i === 0 || u.sentenceStarts.has(i) || isOpenerTok(u, i)) && lex.prepositions.has(u.lw[i + 1] ?? '') && !u.quoted[i]) continue;
    // "A warning from the finance office", "the ruling": an English form in -ing after an article is a noun;
    // "had stopped delivering babies": after a verb of stopping, what stopped.
    // So after an owner where nothing it says follows: "Told of Brisbane's warning, he …", "After the
    // mayor's warning, residents left" (PolNeAR keeps "his warning that Britain would …" as a claim).
    if (form && lang === 'en' && i > 0 && w.endsWith('ing') && (ARTICLES_EN.has(u.lw[i - 1]) || ASPECT_EN.has(u.lw[i - 1])
      || (ownerBefore(u.lw[i - 1]) && (i + 1 >= n || u.toks[i + 1].kind === TokenKind.Punct))) && !u.quoted[i - 1]) continue;
    // "hadde byrja å skrive i 2003": a participle's form right after "å" is an infinitive, no perfect.
    if (form?.participle && lang !== 'en' && i > 0 && u.lw[i - 1] === 'å' && !u.quoted[i - 1]) continue;
    // "et bekreftet prøvesvar", "en avvist søknad": a participle after an indefinite article is an adjective.
    if (form && lang !== 'en' && i > 0 && INDEFINITE.has(u.lw[i - 1]) && !u.quoted[i - 1]) continue;
    // "synes å ha", "det synes som om": "seems", not an opinion.
    if (form && SEEMS.has(w) && SEEMS_AFTER.has(u.lw[i + 1])) continue;
    // "Det sier mye om …", "Det seier litt om kor …": what something shows, not a report.
    if ((form?.lemma === 'si' || form?.lemma === 'seie') && lang !== 'en' && HOW_MUCH.has(u.lw[i + 1]) && u.lw[i + 2] === 'om' && !u.quoted[i + 1]) continue;
    if (form) {
      let j = i + 1;
      const particle = particleOf(form.lemma);
      if (particle) {
        // "kom i dag til at": a time adverbial may stand between the verb and its particle.
        if (lang !== 'en' && !isParticle(u.lw[j], particle[0])) j = pastDocumentAdverbial(u, pastTimeAdverbial(u, j));
        // "slo seinare fast at", "la også til at": so may an adverb or two.
        // "kom fram til at": "fram" before "til".
        // "la stor vekt på at": and a word of degree before "vekt".
        for (let k = 0; k < 2 && lang !== 'en' && j < n && !isParticle(u.lw[j], particle[0]) && (lex.adverbs.has(u.lw[j]) || (particle[0] === 'til' && FORTH.has(u.lw[j]))
          || (WEIGHT_DEGREES.has(u.lw[j]) && isParticle('vekt', particle[0]))) && !u.quoted[j]; k++) j++;
        let p = 0;
        while (p < particle.length && isParticle(u.lw[j + p], particle[p])) p++;
        // "…, reknar Utdanningsforbundet med.", "Det slår retten fast.": after the content the
        // subject stands between the verb and its particle; the cue is the verb.
        const inverted = p < particle.length && lang !== 'en' && particle.length === 1 ? invertedParticle(u, i, particle[0], lex) : -1;
        // "Undersøkelsen fant at …": a finding reported with "at" alone, without "det bevist";
        // "Riksrevisjonen fant også eksempler på at …": or with what was found of it.
        const found = p === 0 && inverted < 0 && bareBeforeThat(form.lemma) ? foundThat(u, i + 1, lex) : -1;
        if (inverted < 0 && p < particle.length && found < 0) continue;
        // "kjem til å vurdere": "til å" is the future (or a purpose), not "kom til at".
        if (p === particle.length && particle[p - 1] === 'til' && u.lw[j + p] === 'å') continue;
        // "…, Marleen van Dijk, kom til Hemsedal": after a comma, a verb and its particle with a name
        // after them go somewhere; a report there puts its subject between them ("…, kom retten til").
        if (p === particle.length && j === i + 1 && i > 0 && u.toks[i - 1].text === ',' && !u.quoted[i - 1] && !markAhead(u, j + p, lex.that, 4, true)
          && j + p < n && isCapitalized(u.toks[j + p].text)) continue;
        if (found >= 0) j = found;
        if (inverted >= 0) {
          cues.push({ type: 'verb', i, j, particle: inverted });
          continue;
        }
        // "legger vekt på at", "har lagt ned påstand om": an idiom reports only with its words after the particle.
        const tail = p === 1 ? particleTail(u.lw[j]) : undefined;
        if (tail) {
          let t = 0;
          while (t < tail.length && u.lw[j + 1 + t] === tail[t]) t++;
          if (t < tail.length) continue;
          p += tail[tail.length - 1] === 'at' ? tail.length - 1 : tail.length;
        }
        j += p;
      }
      // "har avvist" reports; "er anklaget for" is passive and does not.
      // "is demanding", "was promising": a progressive after a form of "be" reports, it is not passive.
      const progressive = lang === 'en' && w.endsWith('ing') && progressiveAux(u, i, lex) !== undefined;
      if (!progressive && (form.participle ? !activePerfect(u, i, lex) : passive ?? passiveBefore(u, i, lex))) continue;
      // "…, viser nye tall fra SSB.": after the content, the verb needs no "at".
      // So after a "Det" pointing back at the sentence before ("Det viser en ny rapport.").
      const afterContent = lang !== 'en' && ((i > 0 && CLOSERS.has(u.toks[i - 1].text)) || (i === 1 && (u.lw[0] === 'slik' || (SHOWS.has(form.lemma) && (u.lw[0] === 'det' || u.lw[0] === 'dette'))))) && j < n && u.toks[j].kind === TokenKind.Word && !lex.boundaries.has(u.lw[j]);
      // "swing states", "member states": a plural noun far more often than a verb; it reports before "that" or ":".
      if (lang === 'en' && NOUN_FIRST.has(w) && (!(j < n && (lex.that.has(u.lw[j]) || u.toks[j].text === ':')) || pluralNounAt(u, i))) continue;
      if (form.needsComplement && !afterContent && !followedByThat(u, j, lex, form.infinitive) && !(form.quotation && quotationAfter(u, j)) && !(lang === 'en' && (zeroThatClause(u, j, lex) || documentSubject(u, i, lex) || bareCue(u, i, lex)))
        && !(lang !== 'en' && SHOWS.has(form.lemma) && norwegianDocumentSubject(u, i, lex))
        && !(lang !== 'en' && DEMANDS.has(form.lemma) && demandingSubject(u, i, lex))
        && !(lang !== 'en' && namedAs(u, j, form.lemma, lex))
        && !(lang !== 'en' && form.lemma === 'be' && mainClauseAt(u, i, lex) && bareInfinitiveAfter(u, j, lex))
        && !(lang !== 'en' && form.lemma === 'frykte' && fearedThing(u, i, j, lex))) continue;
      if (lang !== 'en' && ASKING.has(form.lemma) && askedAbout(u, j, lex)) continue;
      // "Bonden dyrker roser", "fekk roser av kommunen": the plural of the flower after a lower-case
      // word, unless someone is praised for something or praises that something is so ("roser
      // jaktlaget for å ha …"). A name, a pronoun, a comma or "og" before it ends the subject.
      if (lang !== 'en' && w === 'roser' && i > 0 && u.toks[i - 1].kind === TokenKind.Word && !isCapitalized(u.toks[i - 1].text)
        && !lex.personPronouns.has(u.lw[i - 1]) && !lex.groupPronouns.has(u.lw[i - 1]) && u.lw[i - 1] !== 'og' && !markAhead(u, j, AT_OR_FOR, 6, false)) continue;
      // "Politiet råder hytteeiere til å …" advises; "Det råder usikkerhet om …" only prevails.
      // ("Det råder uenighet om at …", "I dag rår det ei oppfatning om at …": "det" prevails over no one.)
      if (lang !== 'en' && ADVISE.has(form.lemma) && (!markAhead(u, j, AT_OR_INFINITIVE, 6, false) || (i > 0 && u.lw[i - 1] === 'det') || u.lw[j] === 'det')) continue;
      // "stansa og varsla politiet", "varslet brannvesenet.": to alert a body or a person, not to warn of anything.
      if (lang !== 'en' && form.lemma === 'varsle' && alertedOnly(u, j, lex)) continue;
      if (lang !== 'en' && form.lemma === 'melde' && reportedTo(u, j, lex)) continue;
      // "har skrive noveller", "skrev en kronikk i avisen": writing a text, not reporting what it says.
      if (lang !== 'en' && WRITE.has(form.lemma) && !afterContent && writesText(u, j, lex, form.participle === true)) continue;
      // "forklarte seg som vitne onsdag", "uttalte seg til avisen": testifying or speaking reports
      // what only an "at", a colon or a quotation after it gives.
      if (lang !== 'en' && TESTIFY.has(form.lemma) && u.lw[i + 1] === 'seg' && !u.quoted[i + 1] && !followedByThat(u, i + 2, lex) && !quotationAfter(u, i + 2)) continue;
      // ("vil ikke si om …", "skal avgjere om …": whether is no report after a modal.)
      const infinitive = modal !== undefined && form === lex.infinitives.get(w);
      if (infinitive && !markAhead(u, j, AT, 6, true, WHETHER)) continue;
      // A finite verb right after a passive auxiliary is not one ("er sagt").
      cues.push(infinitive ? { type: 'verb', i, j, modal } : { type: 'verb', i, j });
      continue;
    }
    if (EVIDENCE_NOUNS.has(w) && i > 0 && lex.perfect.has(u.lw[i - 1]) && (u.lw[i + 1] === 'om' || u.lw[i + 1] === 'on' || u.lw[i + 1] === 'about' || lex.that.has(u.lw[i + 1]))) {
      cues.push({ type: 'evidence', i: i - 1, j: i + 1 });
    }
  }
  return cues;
}

// "Etter det VG erfarer", "etter hva NRK kjenner til", "Etter det Firda forstår": the verb of
// learning ("får opplyst" too), with the particle some need.
const LEARNS: ReadonlyMap<string, string | undefined> = new Map([
  ['erfarer', undefined], ['erfarte', undefined], ['forstår', undefined], ['forsto', undefined], ['forstod', undefined],
  ['kjenner', 'til'], ['kjente', 'til'], ['veit', undefined], ['vet', undefined], ['får', 'opplyst'], ['fikk', 'opplyst'], ['fekk', 'opplyst'],
]);

/** After "Etter" at k - 1: "det" or "hva", a short source phrase, a verb of learning (with its particle),
 *  and perhaps a comma. The verb's index and where the content starts; else undefined. */
function learnedClause(u: Unit, k: number): { verb: number; until: number } | undefined {
  if (u.lw[k] !== 'det' && u.lw[k] !== 'hva' && u.lw[k] !== 'kva') return undefined;
  for (let v = k + 2; v < u.toks.length && v <= k + 5; v++) {
    // (A web address is one name: "firda.no".)
    const glued = u.toks[v].text === '.' && u.toks[v - 1].end === u.toks[v].start && u.toks[v + 1]?.start === u.toks[v].end;
    if (u.quoted[v] || (u.toks[v].kind === TokenKind.Punct && !glued)) return undefined;
    if (!LEARNS.has(u.lw[v])) continue;
    const particle = LEARNS.get(u.lw[v]);
    let end = v + 1;
    if (particle !== undefined) { if (u.lw[end] !== particle) return undefined; end++; }
    if (u.toks[end]?.text === ',') end++;
    return end < u.toks.length && u.toks[end].kind === TokenKind.Word ? { verb: v, until: end } : undefined;
  }
  return undefined;
}

const MODALS = new Set(['kan', 'kunne', 'vil', 'ville', 'skal', 'skulle', 'må', 'måtte', 'bør', 'burde']);
const MODAL_GAP = new Set([...NEGATIONS, 'også', 'òg', 'heller', 'gjerne', 'nå', 'no', 'likevel', 'fortsatt', 'framleis']);

/** The modal a Norwegian infinitive at i follows ("kan bekrefte", "vil ikkje utelukke"), in a main
 *  clause with a word before it: no question ("Kan du bekrefte at …?") and no clause of "at" or
 *  "som" ("Eg vil at staten skal innrømme at …" is a wish, not what the state says); else undefined. */
function modalBefore(u: Unit, i: number): number | undefined {
  const k = modalAt(i, (m) => (u.quoted[m] ? '' : u.lw[m]));
  if (!(k >= 1 && !u.sentenceStarts.has(k) && u.toks[k - 1].kind === TokenKind.Word)) return undefined;
  for (let m = k - 1; m >= 0; m--) {
    if (SUBORDINATE.has(u.lw[m])) return undefined;
    if (m === 0 || u.sentenceStarts.has(m)) break;
  }
  return k;
}
/** A word of `marks` (and, with `colon`, a colon or an opening quotation mark) within `span` tokens
 *  from j, before punctuation or a word of `stops` ends the clause: what a verb says comes next. */
function markAhead(u: Unit, j: number, marks: ReadonlySet<string>, span: number, colon: boolean, stops?: ReadonlySet<string>): boolean {
  for (let k = j; k < u.toks.length && k < j + span; k++) {
    if ((marks.has(u.lw[k]) && !u.quoted[k]) || (colon && (u.toks[k].text === ':' || OPEN_QUOTES.has(u.toks[k].text)))) return true;
    if (u.toks[k].kind === TokenKind.Punct || stops?.has(u.lw[k])) return false;
  }
  return false;
}
const AT = new Set(['at']);
const AT_OR_INFINITIVE = new Set(['at', 'å']);
const AT_OR_FOR = new Set(['at', 'for']);
const WHETHER = new Set(['om']);
// The words opening a fronted clause, and those opening a clause of "at", "om" or "som".
const SUBORDINATE = new Set([...FRONTING, 'at', 'om', 'som', 'før']);

/** Where a modal stands before the word at i, with up to two words between it and the word (a
 *  negation or an adverb: "vil ikkje utelukke"), `word` reading each; else -1. The sentence grouper
 *  asks it of raw tokens, findCues of a unit's lower-cased words. */
function modalAt(i: number, word: (k: number) => string): number {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const w = word(k);
    if (MODALS.has(w)) return k;
    if (!MODAL_GAP.has(w)) return -1;
  }
  return -1;
}

/** The comma opening ", en kvinne i 30-årene fra Sogndal," when such an aside, opening on an
 *  indefinite article, closes with the comma right before `end`; else undefined. */
function descriptionAsideBefore(u: Unit, end: number): number | undefined {
  if (end < 4 || u.toks[end - 1].text !== ',' || u.quoted[end - 1]) return undefined;
  for (let k = end - 2; k >= 1 && end - k <= 12; k--) {
    if (u.quoted[k] || u.sentenceStarts.has(k)) return undefined;
    if (u.toks[k].text === ',') return INDEFINITE.has(u.lw[k + 1]) && k + 2 < end - 1 ? k : undefined;
    if (u.toks[k].kind === TokenKind.Punct && u.toks[k].text !== '-') return undefined;
  }
  return undefined;
}

/** r, "en kilde NRK", cut before the name when an indefinite noun opens it, the name follows the
 *  noun directly and its own verb follows the name ("… NRK har snakket med,"); with where the
 *  content starts, past the clause's comma. Else undefined. */
function beforeContactClause(u: Unit, r: PhraseSpan, lex: Lexicon): { span: PhraseSpan; after: number } | undefined {
  if (!INDEFINITE.has(u.lw[r.a]) || r.b + 1 >= u.toks.length || !(lex.auxiliaries.has(u.lw[r.b + 1]) || NORWEGIAN_FINITE_AUX.has(u.lw[r.b + 1])) || u.quoted[r.b + 1]) return undefined;
  for (let k = r.a + 2; k <= r.b; k++) {
    if (!isName(u, k) || isName(u, k - 1) || lex.prepositions.has(u.lw[k - 1]) || u.toks[k - 1].kind !== TokenKind.Word) continue;
    let comma = r.b + 1;
    while (comma < u.toks.length && comma <= r.b + 8 && u.toks[comma].text !== ',' && u.toks[comma].kind === TokenKind.Word) comma++;
    return u.toks[comma]?.text === ',' ? { span: { a: r.a, b: k - 1 }, after: comma + 1 } : undefined;
  }
  return undefined;
}

/** "ser på X som", "sees X as": the cue, when "som"/"as" follows within the clause. */
function regardedAs(u: Unit, i: number, regard: (typeof REGARD_AS)[Lang]): Cue | undefined {
  if (regard.prep !== '' && u.lw[i + 1] !== regard.prep) return undefined;
  for (let k = i + 2; k < Math.min(u.toks.length, i + 10); k++) {
    if (u.lw[k] === regard.as) return { type: 'verb', i, j: regard.prep ? i + 2 : i + 1 };
    if (u.toks[k].kind === TokenKind.Punct) return undefined;
  }
  return undefined;
}

/** The "ifølge" and "heter det" sequences that open on one word, in lexicon order. */
interface SeqsFrom {
  according: string[][];
  impersonal: string[][];
  /** The word starts no other cue ("i", "it", "det"): once its sequences fail, nothing is there. */
  only: boolean;
}

// By their first word: Norwegian "i" opens a sentence in two of five and starts one sequence of
// some twenty, so trying every sequence at every "i" cost more than all the real cues.
const SEQS_BY_FIRST: Record<Lang, Map<string, SeqsFrom>> = { nb: new Map(), nn: new Map(), en: new Map() };
for (const lang of Object.keys(SEQS_BY_FIRST) as Lang[]) {
  const lex = LEXICONS[lang];
  const byFirst = SEQS_BY_FIRST[lang];
  const entry = (w: string): SeqsFrom => {
    let e = byFirst.get(w);
    if (!e) {
      // Every other kind of cue findCues reads: verbs, "ser på … som", evidence nouns, English passives.
      const other = lex.verbs.has(w) || REGARD_AS[lang].verb.has(w) || EVIDENCE_NOUNS.has(w) || (lang === 'en' && EN_PASSIVE_CUES.includes(w));
      e = { according: [], impersonal: [], only: !other };
      byFirst.set(w, e);
    }
    return e;
  };
  for (const seq of lex.accordingTo) entry(seq[0]).according.push(seq);
  for (const seq of lex.impersonal) entry(seq[0]).impersonal.push(seq);
}

/** The first of the sequences that the unit's words match from i on. */
function firstMatch(u: Unit, i: number, seqs: readonly string[][]): string[] | undefined {
  for (let k = 0; k < seqs.length; k++) if (matchSeq(u, i, seqs[k])) return seqs[k];
  return undefined;
}

const SEEMS = new Set(['synes', 'syntes', 'synest', 'syntest']);
/** "hele tiden", "heile tida": how long one has held a view, between the auxiliary and the verb. */
const ALL_ALONG = new Set(['hele', 'heile', 'tiden', 'tida']);
const SEEMS_AFTER = new Set(['å', 'som']);
const HOW_MUCH = new Set(['mye', 'mykje', 'lite', 'litt', 'noe', 'noko', 'alt', 'nok', 'sitt', 'ingenting']);

/** A lower-case noun at k before a known first name and at least a surname, up to `nameEnd`. */
function lowerTitleAt(u: Unit, k: number, nameEnd: number, lex: Lexicon): boolean {
  return lex.suffixedDefinite && nameEnd >= k + 2 && u.toks[k].kind === TokenKind.Word && u.toks[k].text === u.lw[k]
    && !lex.prepositions.has(u.lw[k]) && isFirstName(u.toks[k + 1].text) && isName(u, k + 2);
}

/** "TITLE [i X], NAME, VERB" or "NAME, TITLE [i X], VERB": the name speaks, the title is its role,
 *  when the apposition opens the sentence. */
function nameBetweenCommas(u: Unit, cueI: number, lex: Lexicon, places: PlaceLookup): { mentions: Mention[]; subjectStart: number } | undefined {
  // "Aktor, politiadvokat Hanne Solum, hadde krevd": past the perfect's auxiliary, and adverbs after
  // it ("Naboen hans, Marta Hegg, har heile tida hevda").
  let v = cueI - 1;
  while (v > 3 && cueI - v <= 3 && !u.quoted[v] && !lex.perfect.has(u.lw[v]) && (lex.adverbs.has(u.lw[v]) || ALL_ALONG.has(u.lw[v]))) v--;
  const c2 = v >= 1 && lex.perfect.has(u.lw[v]) && !u.quoted[v] ? v - 1 : cueI - 1;
  if (c2 < 3 || u.toks[c2].text !== ',' || u.quoted[c2]) return undefined;
  // "Ordførar i Ål, Torleiv Nestegard (Ap), meiner": the name ends before a party in parentheses.
  let nameEnd = beforeParenthesis(u, 1, c2 - 1);
  let c1 = nameEnd;
  // ("Arvydas Kazlauskas (41) frå Litauen": an age in parentheses before where the person is from.)
  let reach = 8;
  for (; c1 > 0 && c2 - c1 <= reach && u.toks[c1].text !== ',' && !u.quoted[c1]; c1--) {
    if (u.toks[c1].text === ')' && c1 >= 3 && u.toks[c1 - 2].text === '(' && FROM_PLACE.has(u.lw[c1 + 1]) && isName(u, c1 - 3)) {
      nameEnd = c1 - 3;
      c1 -= 2;
      reach += 3;
      continue;
    }
    // ("Solveig Aanerud, jordmor ved avdelingen gjennom 24 år, mener": a number in the description.)
    if (u.toks[c1].kind !== TokenKind.Word && u.toks[c1].kind !== TokenKind.Number && u.toks[c1].text !== '.') break;
  }
  if (c1 < 1 || c1 === nameEnd || u.toks[c1].text !== ',') return undefined;
  // "Ein av dei, Lars Erik Haugland frå Stavanger, seier": where the person is from is no part of the name
  // (nor, past a title, where they work: "Aktor, politiadvokat Jørgen Hagerup i Oslo politidistrikt, hadde").
  let named = c1 + 1;
  while (named < nameEnd && isTitleBeforeName(u.lw[named]) && !isName(u, named)) named++;
  // ("Læraren hennar, spelemann Ola Hauge frå Voss, seier": a lower-case noun before a first name and
  // a surname is a title too, one the lexicon does not know.)
  if (named === c1 + 1 && lowerTitleAt(u, c1 + 1, nameEnd, lex)) named++;
  for (let m = named + 1; m < nameEnd; m++) {
    if (!isName(u, m - 1)) break;
    if (FROM_PLACE.has(u.lw[m]) && isName(u, m + 1)) { nameEnd = m - 1; break; }
  }
  // "Ola Brenna (H), ordførar i Gol og leiar av rådet, meiner": the name before a party in parentheses.
  const firstEnd = beforeParenthesis(u, 1, c1 - 1);
  let k = firstEnd;
  // (A number may be part of the title: "Leiar av rovviltnemnda i region 5, Arnfinn Tollefsrud (Sp), meiner".)
  // (And a suspended compound: "Leiar av kultur- og idrettsutvalet, Hanne Rød, meiner".)
  while (k >= 0 && firstEnd - k <= 7 && (u.toks[k].kind === TokenKind.Word || u.toks[k].kind === TokenKind.Number || (k >= 1 && suspendedCompound(u, k - 1))) && !u.quoted[k]) k--;
  if (!(k < 0 || isOpenerTok(u, k) || u.sentenceStarts.has(k + 1))) return undefined;
  const allNames = (a: number, b: number) => {
    for (let m = a; m <= b; m++) if (!namePart(u, m)) return false;
    return true;
  };
  // In its definite form too, a name being beside it: "Rådmannen i Bodø, Kari Nes, sier".
  const hasRole = (a: number, b: number) => anyWordIn(u, a, b, isTitleBeforeName);
  // "Aktor, statsadvokat Marit Formo, mener": a title of its own before the name. ("Læraren hennar,
  // spelemann Ola Hauge, seier": a lower-case noun before a first name and a surname is one too.)
  let titled = c1 + 1;
  while (titled < nameEnd && isTitleBeforeName(u.lw[titled]) && !isName(u, titled)) titled++;
  if (titled === c1 + 1 && lowerTitleAt(u, c1 + 1, nameEnd, lex)) titled = c1 + 2;
  // "Ein av dei, Lars Erik Haugland, seier": one of a group named before, by name.
  const share = c1 - k - 1 >= 3 && QUANTITY_OF.has(u.lw[k + 1]) && u.lw[k + 2] === 'av';
  let name: [number, number];
  let role: [number, number];
  // "Kirkevergen i Skjervøy, Anita Johansen, bekrefter": a definite noun opening the sentence, a
  // person's first and last name after it, is a title the lexicon does not know.
  // So is any noun opening it with where it belongs after it ("Hovudtillitsvald for forbundet ved anlegget, Monica Halsør, seier"),
  // and one with its owner after it ("Mora hans, Liv Herigstad, seier").
  // (A first name the lexicon does not know is still one before a surname: two capitalised words.
  // The place reader may have read them as a place; between a title and a cue they are a person.)
  const definiteTitle = lex.suffixedDefinite && nameEnd > c1 + 1 && (isFirstName(u.toks[c1 + 1].text) || (nameEnd === c1 + 2 && allNames(c1 + 1, nameEnd)))
    && !lex.prepositions.has(u.lw[k + 1])
    && ((/(?:en|et|a)$/.test(u.lw[k + 1]) && c1 - 1 === k + 1)
      // ("Mor hennar, Ingebjørg Rogne, fortel": a noun with its owner after it is definite, whatever its ending.)
      || (c1 - 1 === k + 2 && POSSESSIVES.has(u.lw[k + 2]))
      || (c1 - 1 > k + 2 && AFFILIATION_WORDS.has(u.lw[k + 2])));
  // "Forbundets revisor, Knut Ove Rasmussen, sier": a noun after a genitive is a title too; so is
  // "En annen evakuert, Kostas Lambrou, fortalte": one more of those the text has spoken of.
  // ("Rederiets største långiver, Fjordkyst Sparebank, bekrefter": adjectives before the noun.)
  const described = nameEnd > c1 + 1 && u.toks[k + 1]?.kind === TokenKind.Word && !isName(u, c1 - 1) && u.toks[c1 - 1].kind === TokenKind.Word
    && ((c1 - 1 >= k + 2 && c1 - 1 <= k + 4 && isCapitalized(u.toks[k + 1].text) && u.lw[k + 1].endsWith('s') && u.lw[k + 1].length > 3
      && plainWords(u, k + 2, c1, lex))
      || (c1 - 1 === k + 3 && INDEFINITE.has(u.lw[k + 1]) && ANOTHER.has(u.lw[k + 2])));
  // "Utbyggeren, Hallingtomter AS, skriver": a company by its legal form, after the definite noun
  // opening the sentence that says what it is.
  // ("Den største sponsoren, Kvaløy Sjømat AS, bekrefter": a determiner and adjectives before it.)
  const company = lex.suffixedDefinite && /(?:en|et|a)$/.test(u.lw[c1 - 1]) && nameEnd > c1 + 1
    && (c1 - 1 === k + 1 || (c1 - 1 <= k + 4 && ADJECTIVE_ARTICLES.has(u.lw[k + 1]) && plainWords(u, k + 2, c1, lex)))
    && withoutCompanyForm(u.text.slice(u.toks[c1 + 1].start, u.toks[nameEnd].end)) !== undefined;
  let oneWord = false;
  if (allNames(c1 + 1, nameEnd) && (hasRole(k + 1, c1 - 1) || share || definiteTitle || described || company)) { name = [c1 + 1, nameEnd]; role = [k + 1, c1 - 1]; }
  else if (titled > c1 + 1 && allNames(titled, nameEnd) && hasRole(k + 1, c1 - 1)) { name = [titled, nameEnd]; role = [k + 1, titled - 1]; }
  // ("Pasientrøst, en landsdekkende organisasjon for pasienter, krever": one word, if an indefinite description follows.)
  else if (nameEnd === c2 - 1 && (hasRole(c1 + 1, c2 - 1) || ((firstEnd > k + 1 || (oneWord = firstEnd === k + 1 && INDEFINITE.has(u.lw[c1 + 1]))) && lowerDescription(u, c1 + 1)))) {
    // "Kjersti Fosse, hovedtillitsvalgt for forbundet ved skolen, sier": a lower-case description
    // after a person's first and last name is their role, known title or not; a title before the
    // name ("Lektor Kjersti Fosse, …") is theirs too.
    const from = isTitleBeforeName(u.lw[k + 1]) && !isName(u, k + 1) ? k + 2 : k + 1;
    // "I Drammen, der fabrikken ble lagt ned, sier": a fronted place is no one.
    if (!allNames(from, firstEnd) || lex.prepositions.has(u.lw[from])) return undefined;
    name = [from, firstEnd];
    role = [c1 + 1, c2 - 1];
  }
  else return undefined;
  const read = readPhrase(u, name[0], name[1], lex, places);
  // A capitalised word opening the sentence is a name here: the description after it says so.
  if (oneWord && read.length === 1 && !read[0].proper && !isPronoun(lex, u.lw[name[0]])) read[0].proper = true;
  const mentions = read.filter((m) => m.proper);
  if (mentions.length !== 1) return undefined;
  mentions[0].role = u.text.slice(u.toks[role[0]].start, u.toks[role[1]].end);
  // ("Pasientrøst, en landsdekkende organisasjon …": the description says what it is.)
  mentions[0].type = company || isOrgName(mentions[0].name) || (oneWord && anyWordIn(u, role[0], role[1], isOrgNoun)) ? 'organisation' : 'person';
  return { mentions, subjectStart: k + 1 };
}
// Relative adverbs after a place: "I Drammen, der fabrikken ble lagt ned, …".
const RELATIVE_WHERE = new Set(['der', 'hvor', 'kor']);

/** A lower-case word at m that opens no relative clause: the start of a description. */
function lowerDescription(u: Unit, m: number): boolean {
  return u.toks[m].kind === TokenKind.Word && !isCapitalized(u.toks[m].text) && !u.quoted[m] && !RELATIVE_SOM.has(u.lw[m]) && !RELATIVE_WHERE.has(u.lw[m]);
}

/** Token m belongs to a person's name: a name, or the period of an initial ("Kari B. Nes"). */
function namePart(u: Unit, m: number): boolean {
  return isName(u, m) || (u.toks[m].text === '.' && u.toks[m - 1].text.length === 1)
    // "Sanne de Wit", "Ursula von der Leyen": a particle between the parts of a name.
    || (NAME_PARTICLES.has(u.toks[m].text) && m > 0 && m + 1 < u.toks.length && isName(u, m - 1) && (isName(u, m + 1) || NAME_PARTICLES.has(u.toks[m + 1].text)));
}

/** Some word of tokens a..b (inclusive), lower-cased, passes `test` (a title before a name, a noun for a body). */
function anyWordIn(u: Unit, a: number, b: number, test: (lower: string) => boolean): boolean {
  for (let m = a; m <= b; m++) if (test(u.lw[m])) return true;
  return false;
}

/** "ifølge selskapets styreleder, Arild Vatnedal, …": a role, then between commas a person's
 *  name (a first name and more): the person is the source, the role is theirs. */
function appositiveName(u: Unit, r: PhraseSpan, lex: Lexicon, places: PlaceLookup): { mentions: Mention[]; after: number } | undefined {
  // The role may go on past the phrase read ("kulturansvarlig for frukt i organisasjonen Norgrønt, Knut …").
  let c1 = r.b + 1;
  while (c1 < u.toks.length && c1 - r.b <= 8 && u.toks[c1].kind === TokenKind.Word && !u.quoted[c1]) c1++;
  if (c1 + 1 >= u.toks.length || u.toks[c1].text !== ',' || u.quoted[c1] || !isFirstName(u.toks[c1 + 1].text)) return undefined;
  let end = c1 + 1;
  while (end < u.toks.length && end - c1 <= 5 && namePart(u, end) && !u.quoted[end]) end++;
  if (end - c1 < 3 || end >= u.toks.length || u.toks[end].text !== ',' || u.quoted[end] || !anyWordIn(u, r.a, c1 - 1, isTitleBeforeName)) return undefined;
  const mentions = readPhrase(u, c1 + 1, end - 1, lex, places).filter((m) => m.proper);
  if (mentions.length !== 1) return undefined;
  mentions[0].role = u.text.slice(u.toks[r.a].start, u.toks[c1 - 1].end);
  mentions[0].type = 'person';
  return { mentions, after: end + 1 };
}

// Past participles that open an aside on a document, a survey or a study: how and by whom it was made.
const ASIDE_PARTICIPLES = new Set([
  'gjort', 'utført', 'gjennomført', 'laget', 'lagd', 'laga', 'lagt', 'publisert', 'presentert', 'bestilt', 'skrevet', 'skrive',
  'levert', 'offentliggjort', 'offentleggjort', 'utarbeidet', 'utarbeidd', 'sendt', 'finansiert', 'signert', 'underskrevet', 'underskrive',
]);

/** Participles and past tenses of ordering a text: who ordered it does not speak through it. */
const ORDERED = new Set(['bestilt', 'bestilte', 'bestilla', 'bestilde']);
/** Verbs of making a text, past tense and participle: its maker speaks through it. */
const MADE = new Set([
  'gjort', 'gjorde', 'utført', 'utførte', 'gjennomført', 'gjennomførte', 'laget', 'lagd', 'laga', 'lagde', 'utarbeidet', 'utarbeidd',
  'utarbeidde', 'skrevet', 'skrive', 'skrev', 'skreiv', 'publisert', 'publiserte', 'presentert', 'presenterte',
  // Handed in or sent: "begjæringen, som styret leverte til retten", "brevet som rådmannen sendte".
  'levert', 'leverte', 'sendt', 'sendte',
]);

/** "som kommunen fekk laga": had made, that is commissioned; the maker is someone else. */
const HAD_MADE = new Set(['fikk', 'fekk', 'får', 'fått']);

/** The comma opening ", gjort på oppdrag fra avisen," right before the cue (adverbs aside), or undefined. */
function norwegianParticipleAside(u: Unit, cueI: number): number | undefined {
  const k = cueI - 1;
  if (k < 3 || u.toks[k].text !== ',' || u.quoted[k]) return undefined;
  for (let m = k - 1; m > 1 && k - m <= 10; m--) {
    if (u.quoted[m] || u.sentenceStarts.has(m) || (u.toks[m].kind === TokenKind.Punct && u.toks[m].text !== ',')) return undefined;
    if (u.toks[m - 1].text === ',') return ASIDE_PARTICIPLES.has(u.lw[m]) ? m - 1 : undefined;
  }
  return undefined;
}

/** Prepositions of where a person is from ("Mark Lindgren of Duluth", "Lars Haugland frå Stavanger"). */
const HOME_PREPS = new Set(['of', 'from', 'fra', 'frå']);
/** The same, and "i" ("Kari Nes i Sel"), after a name between commas. */
const FROM_PLACE = new Set([...HOME_PREPS, 'i']);
const AFFILIATION_WORDS = new Set(['i', 'ved', 'på', 'for', 'hos', 'frå', 'fra']);

const BE = new Set(['is', 'are', 'was', 'were', "'s", '’s', 'been']);

/** The form of "be" before an -ing cue ("is once again questioning"), a few adverbs back. */
function progressiveAux(u: Unit, i: number, lex: Lexicon): number | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (BE.has(u.lw[k])) return k;
    if (!lex.adverbs.has(u.lw[k]) && u.lw[k] !== 'once' && u.lw[k] !== 'again') return undefined;
  }
  return undefined;
}

/** The perfect auxiliary of a participle cue ("har i avhør fortalt"), a few tokens back. */
function auxiliaryBefore(u: Unit, i: number, lex: Lexicon): number | undefined {
  // "har i en e-post til fylkeskommunen krevd": an adverbial of several words may stand before a participle.
  const reach = lex.verbs.get(u.lw[i])?.participle ? PERFECT_REACH : 4;
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) {
    if (lex.perfect.has(u.lw[k])) return k;
    if (u.toks[k].kind !== TokenKind.Word && !gluedHyphen(u, k)) return undefined;
  }
  return undefined;
}

/** The hyphen inside a compound ("e-post"), glued to the word before it. */
function gluedHyphen(u: Unit, k: number): boolean {
  return u.toks[k].text === '-' && k > 0 && u.toks[k].start === u.toks[k - 1].end;
}

function isOpenerTok(u: Unit, k: number): boolean {
  return k < 0 || u.sentenceStarts.has(k + 1) || isOpener(u.toks[k].text);
}

/** How far back a participle's perfect auxiliary may stand ("har i en e-post til fylkeskommunen krevd at"). */
const PERFECT_REACH = 8;

function activePerfect(u: Unit, i: number, lex: Lexicon): boolean {
  for (let k = i - 1; k >= 0 && k >= i - PERFECT_REACH; k--) {
    const w = u.lw[k];
    if (lex.perfect.has(w)) return true;
    if (lex.passive.has(w)) return false;
    if (!lex.adverbs.has(w) && u.toks[k].kind !== TokenKind.Word && !gluedHyphen(u, k)) return false;
  }
  return false;
}

function passiveBefore(u: Unit, i: number, lex: Lexicon): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = u.lw[k];
    if (lex.passive.has(w)) return true;
    if (!lex.adverbs.has(w)) return false;
  }
  return false;
}

// "Undersøkelsen viste en promille på 2,4", "Tallene viser en nedgang": what a document or the
// figures show is a claim without "at" (English reads "showed" so too: documentSubject).
const SHOWS = new Set(['vise', 'syne']);
const FIGURES = new Set(['tall', 'tallene', 'tala', 'tal']);

/** The word before the cue (past adverbs) is a document noun or the figures, as the verb's subject. */
function norwegianDocumentSubject(u: Unit, i: number, lex: Lexicon): boolean {
  let k = i - 1;
  while (k > 0 && lex.adverbs.has(u.lw[k])) k--;
  if (k < 0 || u.quoted[k] || u.toks[k].kind !== TokenKind.Word) return false;
  return isDocumentNoun(u.lw[k]) || FIGURES.has(u.lw[k]);
}

const FORTH = new Set(['fram', 'frem']);
/** What a finding finds of a claim: "fant eksempler på at", "fann teikn på at". */
const FOUND_NOUNS = new Set(['eksempler', 'eksempel', 'døme', 'tegn', 'teikn', 'bevis', 'prov', 'holdepunkter', 'haldepunkt', 'indikasjoner', 'indikasjonar', 'spor']);

/** After "fant"/"fann" at k: where its "at" stands (directly, or after an adverb and a noun of what
 *  was found with its "på"/"for"), or -1. */
function foundThat(u: Unit, k: number, lex: Lexicon): number {
  if (lex.that.has(u.lw[k]) && !u.quoted[k]) return k;
  const from = k;
  while (k < u.toks.length && k < from + 2 && lex.adverbs.has(u.lw[k]) && !u.quoted[k]) k++;
  // "Statsforvalteren fant også at …": an adverb or two before the "at" too.
  if (k > from && lex.that.has(u.lw[k]) && !u.quoted[k]) return k;
  if (!FOUND_NOUNS.has(u.lw[k]) || (u.lw[k + 1] !== 'på' && u.lw[k + 1] !== 'for') || !lex.that.has(u.lw[k + 2]) || u.quoted[k + 2]) return -1;
  return k + 2;
}

/** Words of degree that may stand before "vekt" in "legge vekt på at". */
const WEIGHT_DEGREES = new Set(['stor', 'større', 'størst', 'mest', 'avgjørende', 'avgjerande', 'særlig', 'særleg', 'mye', 'mykje', 'betydelig', 'vesentlig', 'vesentleg']);
const WRITE = new Set(['skrive']);
// "skrev en bok", "har skrive fleire romanar": a count or an article opens the text written.
const TEXT_COUNTS = new Set([...INDEFINITE, 'flere', 'fleire', 'mange', 'noen', 'nokre', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'ti', 'hundrevis', 'tusenvis']);

/** After a verb of writing at j: an object noun phrase (an article, a count, or a bare noun that
 *  is no definite subject like "avisen") with no "at", colon or quotation after it in the clause.
 *  After a participle a definite noun is the object too ("har skrive teksten"): the subject stands before it. */
function writesText(u: Unit, j: number, lex: Lexicon, participle: boolean): boolean {
  while (j < u.toks.length && lex.adverbs.has(u.lw[j]) && !u.quoted[j]) j++;
  const t = u.toks[j];
  if (!t || t.kind !== TokenKind.Word || u.quoted[j] || isCapitalized(t.text) || quotationAfter(u, j)) return false;
  // ("skrev i en kronikk at …": an "at" or a colon in the clause reports; "bøker om krigen" is a topic.)
  for (let k = j; k < u.toks.length && k < j + 8; k++) {
    if (u.lw[k] === 'at' || u.toks[k].text === ':') return false;
    if (u.toks[k].kind === TokenKind.Punct) break;
  }
  const w = u.lw[j];
  if (TEXT_COUNTS.has(w)) return true;
  // A bare noun: no function word, verb or pronoun, and not definite in form ("skriv avisa").
  return (participle || (!looksDefinite(w) && !w.endsWith('ne'))) && !lex.verbs.has(w) && !lex.prepositions.has(w) && !lex.that.has(w) && !lex.boundaries.has(w)
    && !isPronoun(lex, w) && !lex.quantifiers.has(w) && !lex.auxiliaries.has(w) && !lex.subordinators.has(w) && !lex.relatives.has(w);
}
// Verbs that say nothing with "out" after them: "ruled out other causes", "knocked out power".
const NOTHING_OUT = new Set(['rule', 'rules', 'ruled', 'ruling', 'knock', 'knocks', 'knocked', 'knocking']);
const RUN = new Set(['run', 'runs', 'ran', 'running']);

/** A verb at i with its subject after it (a pronoun, or up to three capitalised words and an
 *  institution's word, or one definite noun), then its particle: after the content (a comma or
 *  closing quotation before the verb, or "Det" opening the sentence) with the sentence's end after
 *  the particle, or after a fronted phrase with "at" after it ("I fjor slo lagmannsretten fast at …"). */
function invertedParticle(u: Unit, i: number, particle: string, lex: Lexicon): number {
  const afterContent = (i > 0 && CLOSERS.has(u.toks[i - 1].text) && !u.quoted[i - 1]) || (i === 1 && (u.lw[0] === 'det' || u.lw[0] === 'dette'));
  const s0 = afterContent ? 0 : sentenceStartOf(u, i);
  // (One word before the verb is fronted only if it is an adverb: "Samtidig kom tingretten til at".)
  if (!afterContent && ((i - s0 < 2 && !(i - s0 === 1 && lex.adverbs.has(u.lw[s0]))) || u.quoted[i])) return -1;
  let k = i + 1;
  if (k < u.toks.length && isPronoun(lex, u.lw[k])) k++;
  else {
    while (k < u.toks.length && k < i + 4 && isName(u, k)) k++;
    // "Sogn og Fjordane tingrett", "Møre og Romsdal politidistrikt": a county of two names.
    if (k > i + 1 && k + 2 < u.toks.length && u.lw[k] === 'og' && isName(u, k + 1) && (isOrgTail(u.lw[k + 2]) || tailOrgWord(u.toks[k + 2].text))) k += 2;
    // "Hålogaland lagmannsrett": a name and the word that makes it an institution.
    if (k > i + 1 && k < u.toks.length && (isOrgTail(u.lw[k]) || tailOrgWord(u.toks[k].text)) && !u.quoted[k]) k++;
  }
  if (k === i + 1 && k < u.toks.length && u.toks[k].kind === TokenKind.Word && /(?:en|et|a|ene|ane|i)$/.test(u.lw[k])) k++;
  // The subject ends where the particle starts: at "fram" of "fram til".
  const end = k;
  if (k > i + 1 && particle === 'til' && FORTH.has(u.lw[k])) k++;
  if (end === i + 1 || k >= u.toks.length || !isParticle(u.lw[k], particle)) return -1;
  // (A fronted phrase may end on a comma too: "I ein rapport som kom fredag, slår tilsynet fast at".)
  if (k + 1 < u.toks.length && lex.that.has(u.lw[k + 1]) && !u.quoted[k + 1]) return end;
  if (!afterContent) return -1;
  // ("Det slår retten fast i en kjennelse som …": where it says so may follow.)
  return k + 1 >= u.toks.length || u.toks[k + 1].kind === TokenKind.Punct || (lex.prepositions.has(u.lw[k + 1]) && !u.quoted[k + 1]) ? end : -1;
}

/** "kaller Espen seg": the phrase after a verb of naming is its subject, with a reflexive after it. */
function namerAfter(u: Unit, j: number, lex: Lexicon): boolean {
  const r = phraseRightOf(u, j, lex);
  return r !== undefined && u.lw[r.b + 1] === 'seg';
}

/** A quotation opens within the next few words ("kaller ham «en institusjon»"), before any other punctuation. */
function quotationAfter(u: Unit, j: number): boolean {
  for (let k = j; k < u.toks.length && k < j + 5; k++) {
    if (OPEN_QUOTES.has(u.toks[k].text)) return true;
    if (u.toks[k].kind === TokenKind.Punct) return false;
  }
  return false;
}

// Verbs that describe a thing as something, with no quotation and no "at" ("beskriver planen som urealistisk").
const DESCRIBE = new Set(['beskrive', 'omtale', 'skildre', 'karakterisere']);
const NAMED_OBJECTS = new Set(['det', 'dette', 'den', 'denne', 'ham', 'han', 'henne', 'ho', 'dem', 'dei', 'seg', 'oss']);
const DEFINITE_ARTICLES = new Set(['den', 'det', 'de', 'dei']);
const AS_DEGREES = new Set(['svært', 'veldig', 'helt', 'meget', 'særs', 'heilt', 'ganske', 'både', 'lite', 'mer', 'meir', 'mest']);

/** "kaller forslaget et pensjonskutt", "beskriver det som et modig grep", "omtalar avgjerda som
 *  urimeleg": what the speaker calls the object (a definite noun or a pronoun) is their stance. */
function namedAs(u: Unit, j: number, lemma: string, lex: Lexicon): boolean {
  const call = CALL.has(lemma);
  if (!call && !DESCRIBE.has(lemma)) return false;
  // The object: a pronoun, or a definite noun with at most a determiner or genitive before it.
  let k = j;
  if (k + 1 < u.toks.length && (ABOUT_DETERMINERS.has(u.lw[k]) || /s$/.test(u.lw[k])) && !NAMED_OBJECTS.has(u.lw[k])) k++;
  const w = u.lw[k];
  if (w === undefined || u.quoted[k] || u.toks[k].kind !== TokenKind.Word || isCapitalized(u.toks[k].text) || lex.verbs.has(w)) return false;
  if (!NAMED_OBJECTS.has(w) && !(k > j || /(?:en|et|a|ne)$/.test(w))) return false;
  const as = k + 1;
  if (call && predicateAdjective(u, as, lex)) return true;
  if (as + 1 >= u.toks.length || u.quoted[as] || u.toks[as + 1].kind !== TokenKind.Word) return false;
  if (call) return INDEFINITE.has(u.lw[as]);
  const what = u.lw[as + 1];
  // "som den mest alvorlige", "som det beste": a superlative.
  const superlative = DEFINITE_ARTICLES.has(what) && as + 2 < u.toks.length && (u.lw[as + 2] === 'mest' || u.lw[as + 2] === 'minst' || u.lw[as + 2].endsWith('ste'));
  return u.lw[as] === 'som' && (INDEFINITE.has(what) || AS_DEGREES.has(what) || /(?:ig|leg|isk)$/.test(what) || superlative);
}

/** "kaller forslaget urettferdig.", "kaller tallene alarmerende, men …": one lower-case word that is
 *  no function word or verb, ending the clause, after the object of a verb of calling. */
function predicateAdjective(u: Unit, a: number, lex: Lexicon): boolean {
  const w = u.lw[a];
  if (a + 1 >= u.toks.length || u.quoted[a] || u.toks[a].kind !== TokenKind.Word || isCapitalized(u.toks[a].text) || w.length < 4) return false;
  if (functionWordOrVerb(lex, w)) return false;
  const next = u.toks[a + 1].text;
  return next === '.' || next === ',' || next === '!' || u.lw[a + 1] === 'og' || u.lw[a + 1] === 'men';
}

/** A preposition, adverb, "at", auxiliary, pronoun or reporting verb: no word of a predicate. */
function functionWordOrVerb(lex: Lexicon, w: string): boolean {
  return lex.verbs.has(w) || lex.prepositions.has(w) || lex.adverbs.has(w) || lex.that.has(w) || lex.auxiliaries.has(w) || isPronoun(lex, w);
}

/** No "at", "som" or other subordinator before token i in its sentence: i is in the main clause,
 *  where the word after the verb may be its object ("ingen bad skipperen senke han" inside an
 *  "at" clause may as well be read the other way about). */
function mainClauseAt(u: Unit, i: number, lex: Lexicon): boolean {
  for (let k = i - 1; k >= 0 && !u.sentenceStarts.has(k + 1); k--) {
    // (Like clauseOpener, but "etter" and "før" count here as the subordinators they may be.)
    if (lex.that.has(u.lw[k]) || lex.subordinators.has(u.lw[k]) || lex.relatives.has(u.lw[k]) || u.toks[k].text === ',') return false;
  }
  return true;
}

// Infinitives of one syllable, which do not end in -e as nearly all others do.
const SHORT_INFINITIVES = new Set(['gå', 'ta', 'få', 'se', 'la', 'bo', 'slå', 'stå', 'nå', 'gi', 'si', 'dra', 'tru', 'tro', 'sjå', 'gje']);

/** "Politiet ber folk holde seg unna", "Kommunen ber innbyggerne koke vannet": after "be", its
 *  object (a pronoun or a noun of a word or two) and a bare infinitive: what was asked for. */
function bareInfinitiveAfter(u: Unit, j: number, lex: Lexicon): boolean {
  let k = j;
  while (k < u.toks.length && lex.adverbs.has(u.lw[k]) && !u.quoted[k]) k++;
  const first = k;
  for (; k < u.toks.length && k <= first + 2; k++) {
    const w = u.lw[k];
    if (u.quoted[k] || u.toks[k].kind !== TokenKind.Word || isCapitalized(u.toks[k].text)) return false;
    if (k === first && (lex.prepositions.has(w) || lex.that.has(w) || lex.auxiliaries.has(w))) return false;
    if (k === first) continue;
    // The infinitive after the object: any function word ends the search.
    if (functionWordOrVerb(lex, w)) return false;
    if ((w.length >= 3 && w.endsWith('e') && !/(?:ene|ane|ne)$/.test(w)) || SHORT_INFINITIVES.has(w)) return true;
  }
  return false;
}

const ISSUED_WHEN = new Set(['in', 'on', 'last', 'earlier', 'this']);

/** "by" at k, or after a short time phrase from k ("in March by", "last week by"); -1 if neither. */
function issuedBy(u: Unit, k: number): number {
  if (u.lw[k] === 'by') return u.quoted[k] ? -1 : k;
  if (!ISSUED_WHEN.has(u.lw[k] ?? '')) return -1;
  for (let m = k + 1; m < u.toks.length && m <= k + 3; m++) {
    if (u.quoted[m] || u.toks[m].kind === TokenKind.Punct) return -1;
    if (u.lw[m] === 'by') return m > k + 1 ? m : -1;
  }
  return -1;
}

/** "melde saka til Økokrim", "meldte forholdet til politiet": a case reported to the authorities,
 *  its object a definite noun and "til" after it, is no report of what someone said; nor is
 *  "melde oppbod", a bare noun ending the clause. */
function reportedTo(u: Unit, j: number, lex: Lexicon): boolean {
  if (j + 1 >= u.toks.length || u.quoted[j] || u.toks[j].kind !== TokenKind.Word || isCapitalized(u.toks[j].text)) return false;
  const definite = (u.lw[j].length >= 4 && /(?:en|et|a)$/.test(u.lw[j])) || u.lw[j] === 'det';
  // ("hadde meldt oppbod.", "meldte forfall": a bare noun is what was announced, not a report.)
  const bare = !definite && u.toks[j + 1].kind === TokenKind.Punct && !lex.adverbs.has(u.lw[j]) && !isPronoun(lex, u.lw[j]) && !lex.that.has(u.lw[j]);
  return bare || (definite && u.lw[j + 1] === 'til');
}

const TESTIFY = new Set(['forklare', 'uttale']);
// Prepositions the English lexicon leaves out (they open no source phrase) that stand before a noun.
const NOUN_PREPOSITIONS = new Set(['into', 'about', 'amid', 'despite', 'onto', 'regarding']);
const YEAR = /^(?:1[89]|20)\d\d$/;

const DEMANDS = new Set(['kreve', 'krevje']);

/** "Demonstrantene krever mer penger", "NNN krev ei gransking", "studenter som krevde reformer":
 *  a demand by people or a body, whatever follows; "Det krever mye arbeid" is a need. The word
 *  before the cue (past adverbs, and "som" to its antecedent) names who demands. */
function demandingSubject(u: Unit, i: number, lex: Lexicon): boolean {
  let k = i - 1;
  // ("hadde krevd": past the auxiliary of a perfect too.)
  while (k > 0 && (lex.adverbs.has(u.lw[k]) || lex.auxiliaries.has(u.lw[k])) && !u.quoted[k]) k--;
  if (k > 0 && u.lw[k] === 'som') k--;
  // "Aktor, politiadvokat Lene Brekke i Økokrim, hadde krevd": a titled apposition before the verb.
  // (Not a relative clause: "Planen, som Statsbygg la fram, har krevd".)
  if (k > 1 && u.toks[k].text === ',' && !u.quoted[k]) return appositionBefore(u, k, lex);
  if (k < 0 || u.quoted[k] || u.toks[k].kind !== TokenKind.Word || isPronoun(lex, u.lw[k]) && !PEOPLE_PRONOUNS.has(u.lw[k])) return false;
  const w = u.lw[k];
  // A capitalised word opening the sentence is a name only as an acronym ("LO krever"): "Jobben krever".
  return (isName(u, k) && (!u.sentenceStarts.has(k) || isAcronym(u.toks[k].text))) || isRoleWord(w) || definiteTitle(w) || isGroupNoun(w) || isOrgNoun(w) || PEOPLE_PRONOUNS.has(w);
}

/** The words before the comma at k, back to the comma before them, hold a title and no verb or
 *  relative word: an apposition ("Aktor, politiadvokat Lene Brekke i Økokrim,"). */
function appositionBefore(u: Unit, k: number, lex: Lexicon): boolean {
  let title = false;
  for (let m = k - 1; m >= 0 && m >= k - 10; m--) {
    if (u.toks[m].text === ',') return title && m > 0;
    const w = u.lw[m];
    if (lex.relatives.has(w) || lex.that.has(w) || lex.verbs.has(w) || lex.auxiliaries.has(w)) return false;
    if (isRoleWord(w)) title = true;
  }
  return false;
}

/** "forsvareren", "dommaren": a title made definite. */
function definiteTitle(w: string): boolean {
  const n = w.length;
  const stem = w.endsWith('en') ? n - 2 : w.endsWith('a') ? n - 1 : -1;
  return stem >= 4 && isRoleStem(w, stem);
}
const PEOPLE_PRONOUNS = new Set(['vi', 'de', 'dei', 'han', 'hun', 'ho']);

const SAY = new Set(['si', 'seie']);

/** The token after "i dommen", "i rapporten", "i ei fråsegn" at j, or j: where a verb and its particle
 *  say what was said ("peikar i dommen på at …", "slår i rapporten fast at …"). */
function pastDocumentAdverbial(u: Unit, j: number): number {
  if (u.lw[j] !== 'i' || u.quoted[j] || j + 2 >= u.toks.length) return j;
  const k = INDEFINITE.has(u.lw[j + 1]) ? j + 2 : j + 1;
  return u.toks[k].kind === TokenKind.Word && !u.quoted[k] && (isDocumentNoun(u.lw[k]) || isDocumentNoun(undoubled(u.lw[k]))) ? k + 1 : j;
}

/** A definite noun's stem where the ending doubled its last consonant ("dommen" → "dom"), else "". */
function undoubled(w: string): string {
  const e = w.endsWith('en') || w.endsWith('et') ? 2 : w.endsWith('a') ? 1 : 0;
  const n = w.length - e;
  return e > 0 && n >= 4 && w.charCodeAt(n - 1) === w.charCodeAt(n - 2) ? w.slice(0, n - 1) : '';
}

/** The token after "i dag", "i går", "i fjor" … at j, or j. */
function pastTimeAdverbial(u: Unit, j: number): number {
  if (u.lw[j] !== 'i' || u.quoted[j] || j + 1 >= u.toks.length) return j;
  // "slo i 2013 fast at": a year is a time too.
  return TIME_WORDS.has(u.lw[j + 1]) || (u.toks[j + 1].kind === TokenKind.Number && /^(?:1[89]|20)\d\d$/.test(u.lw[j + 1])) ? j + 2 : j;
}

/** Verbs that advise only with an "at" clause or an infinitive after them ("råder folk til å", "rår til at"). */
const ADVISE = new Set(['råde', 'rå']);

function followedByThat(u: Unit, j: number, lex: Lexicon, infinitive = false): boolean {
  for (let k = j; k < u.toks.length && k < j + 6; k++) {
    if (lex.that.has(u.lw[k]) || u.toks[k].text === ':' || (infinitive && (u.lw[k] === 'å' || u.lw[k] === 'to'))) return true;
    // "reagerer på forslaget og krever at …": the "at" of a second verb is that verb's.
    if (k > j && u.lw[k - 1] === 'og' && lex.verbs.has(u.lw[k]) && !u.quoted[k]) return false;
    // "believes, for example, that …", "mener, i likhet med flere, at …": an aside between commas.
    if (u.toks[k].text === ',' && !u.quoted[k]) return asideThenThat(u, k, lex);
    // "ønsker ikke å så tvil om at …": the verb takes an infinitive; the "at" after belongs to it.
    if (u.toks[k].kind === TokenKind.Punct || u.lw[k] === 'å') return false;
  }
  return false;
}

/** An aside of one to four words from the comma at k to the next, then "that"/"at". */
function asideThenThat(u: Unit, k: number, lex: Lexicon): boolean {
  const c = asideEnd(u, k);
  return c > k && lex.that.has(u.lw[c + 1] ?? '') && !u.quoted[c + 1];
}

/** The comma closing an aside of one to four words opened by the comma at k, or k where there is none. */
function asideEnd(u: Unit, k: number): number {
  for (let m = k + 2; m < u.toks.length && m <= k + 5; m++) {
    if (u.quoted[m]) return k;
    if (u.toks[m].text === ',') return m;
    if (u.toks[m].kind === TokenKind.Punct) return k;
  }
  return k;
}

// "om denne saken", "om planene sine": the word beside the noun of what a question was about.
const ABOUT_DETERMINERS = new Set(['den', 'denne', 'dette', 'disse', 'dei', 'desse', 'hans', 'hennes', 'hennar', 'deres', 'deira', 'sin', 'si', 'sitt', 'sine']);

/** Right after "varsle": a body or a person ("politiet", "naudetatane", "Kari Nes") and the sentence's end. */
function alertedOnly(u: Unit, j: number, lex: Lexicon): boolean {
  const r = j < u.toks.length && !u.quoted[j] ? phraseRightOf(u, j, lex) : undefined;
  if (!r || r.b > r.a + 2) return false;
  const end = r.b + 1;
  if (!sentenceEnds(u, end)) return false;
  const head = u.lw[r.b];
  return isName(u, r.b) || isOrgNoun(head) || isRoleWord(head) || isGroupNoun(head) || definitePersonNoun(head) !== undefined;
}

/** "Vi spurte Eikeland om saken.": after a verb of asking, "om" with only a noun phrase of a word
 *  or two before the sentence goes on is the topic asked about; nothing is reported. */
function askedAbout(u: Unit, j: number, lex: Lexicon): boolean {
  const n = u.toks.length;
  for (let k = j; k < n && k < j + 6; k++) {
    if (u.toks[k].kind === TokenKind.Punct) return false;
    if (u.lw[k] !== 'om' || u.quoted[k]) continue;
    let end = k + 1;
    while (end < n && u.toks[end].kind === TokenKind.Word) end++;
    const words = end - k - 1;
    if (words === 0 || isPronoun(lex, u.lw[k + 1]) || lex.that.has(u.lw[k + 1])) return false;
    for (let m = k + 1; m < end; m++) if (lex.verbs.has(u.lw[m]) || NORWEGIAN_FINITE_AUX.has(u.lw[m])) return false;
    return words === 1 || (words === 2 && (ABOUT_DETERMINERS.has(u.lw[k + 1]) || ABOUT_DETERMINERS.has(u.lw[k + 2])));
  }
  return false;
}

interface Attributed {
  cue: Cue;
  speaker?: Speaker;
  /** First token of the subject phrase (for clause splitting). */
  subjectStart: number;
  /** Cue sits after the content: ", sa X." */
  final: boolean;
  /** Token index after the speaker phrase. */
  after: number;
  /** "X urged Y, and criticized Z": a second verb of the same subject (English). */
  coordinated?: boolean;
  /** Named as sources beside the speaker: the document a maker speaks through. */
  also?: Mention[];
}

/** "NAME: «…»" — a name (with any title) right before a colon that opens a quotation of a few words. */
function colonIntroduction(u: Unit, lex: Lexicon, places: PlaceLookup): { colon: number; from: number; speaker: Speaker } | undefined {
  for (let k = 1; k + 1 < u.toks.length; k++) {
    const dash = DASHES.has(u.toks[k + 1].text);
    if (u.toks[k].text !== ':' || u.quoted[k] || !OPEN_QUOTES.has(u.toks[k + 1].text) && u.toks[k + 1].text !== '"' && !dash) continue;
    // A headline's quotation may be short ("Brann-treneren raste: – Aldri straffe").
    if (dash ? wordsBetween(u, k + 2, u.toks.length) < 2 : !quotesThreeWords(u, k + 1, u.toks.length)) return undefined;
    if (dash) return { colon: k, from: k + 2, speaker: dashIntroduction(u, k, lex, places) };
    // "fikk han en hilsen fra lærerne: «Du er …»": the sender of a message before the colon.
    const sender = messageSender(u, k, lex, places);
    if (sender) return { colon: k, from: k + 1, speaker: sender };
    if (!isName(u, k - 1)) return undefined;
    const l = phraseLeftOf(u, k, lex);
    if (!l) return undefined;
    const mentions = readPhrase(u, l.a, l.b, lex, places).filter((m) => m.proper && m.type === 'person');
    if (mentions.length !== 1) return undefined;
    return { colon: k, from: k + 1, speaker: { kind: 'named', mentions } };
  }
  return undefined;
}

// Messages someone sends: what follows their colon is the sender's words.
const MESSAGE_NOUNS = new Set([
  'hilsen', 'hilsenen', 'helsing', 'helsinga', 'melding', 'meldingen', 'meldinga', 'beskjed', 'beskjeden', 'tekstmelding',
  'tekstmeldingen', 'tekstmeldinga', 'sms', 'sms-en', 'e-post', 'e-posten', 'brev', 'brevet', 'message', 'note', 'letter', 'text',
]);

/** "en hilsen fra lærerne:", "a message from the mayor:": the sender named before the colon at k. */
function messageSender(u: Unit, colon: number, lex: Lexicon, places: PlaceLookup): Speaker | undefined {
  const l = phraseLeftOf(u, colon, lex);
  if (!l || l.a < 2 || !lex.from.has(u.lw[l.a - 1]) || !MESSAGE_NOUNS.has(u.lw[l.a - 2]) || u.quoted[l.a - 1]) return undefined;
  const sp = speakerOf(u, l, lex, places);
  return sp?.kind === 'named' ? sp : undefined;
}

/**
 * Who speaks after "…: –", the headline form of a quotation ("Støre: – Vi må handle nå", "NHO:
 * – …", "Tiril (19) vann Landskappleiken: – Eg trudde …"): the name before the colon, else the
 * person the line opens on, else whoever the article names as a speaker near it.
 */
const ABOUT = new Set(['om', 'on', 'about']);

/** A lower-case word before text offset `at` that is neither a title nor a preposition: a verb
 *  whose object the name at `at` is ("Dataangrep lammer Stange"). */
function verbBefore(u: Unit, at: number, lex: Lexicon): boolean {
  for (let k = 0; k < u.toks.length && u.toks[k].start < at; k++) {
    const t = u.toks[k];
    if (t.kind === TokenKind.Word && !isCapitalized(t.text) && !isRoleWord(u.lw[k]) && !lex.prepositions.has(u.lw[k]) && !lex.adverbs.has(u.lw[k])) return true;
  }
  return false;
}

function dashIntroduction(u: Unit, colon: number, lex: Lexicon, places: PlaceLookup): Speaker {
  // "Fylkeskommunen: – Skuleskyssen skal gå": a body's common noun alone before the colon is that body.
  if (colon === 1 && lex.suffixedDefinite && isOrgNoun(u.lw[0])) {
    const mentions = readPhrase(u, 0, 0, lex, places).filter((m) => m.type === 'organisation');
    if (mentions.length === 1) return { kind: 'named', mentions };
  }
  if (isName(u, colon - 1)) {
    // The whole line before the colon, not the end of a clause ("… vann Landskappleiken:").
    const l = phraseLeftOf(u, colon, lex);
    const mentions = l && l.a === 0 ? readPhrase(u, l.a, l.b, lex, places).filter((m) => m.proper) : [];
    // Not the object of the line's verb: "Dataangrep lammer Stange: – …".
    if (mentions.length === 1 && !verbBefore(u, mentions[0].start, lex)) return { kind: 'named', mentions };
  }
  let e = 0;
  while (e + 1 < colon && isName(u, e + 1)) e++;
  if (isName(u, 0)) {
    // "Sykepleierforbundet om fusjonen: – …": a body speaks too where the line says what about.
    const about = ABOUT.has(u.lw[e + 1]) && e + 2 < colon;
    // ("Polaris FK kan miste lisensen: – …": a name the line goes on from speaks only if a first name
    // shows it a person; a body the line is about is left to whoever the article quotes.)
    const mentions = about || e + 1 >= colon || isFirstName(u.toks[0].text)
      ? readPhrase(u, 0, e, lex, places).filter((m) => m.proper && (m.type === 'person' || (about && m.type !== 'document'))) : [];
    if (mentions.length === 1) return { kind: 'named', mentions };
  }
  // "Foreldre på Ølve slår alarm: – …": the line's subject, a group, with a verb after it. (A
  // title, "Brann-treneren raste: – …", is left to the person the article quotes first.)
  let r: PhraseSpan | undefined = isPronoun(lex, u.lw[0]) ? undefined : phraseRightOf(u, 0, lex);
  if (r && r.b + 2 < colon && lex.prepositions.has(u.lw[r.b + 1])) {
    const rest = phraseRightOf(u, r.b + 2, lex);
    if (rest) r = { a: r.a, b: rest.b, head: r.b };
  }
  // (Not one a participle follows, "Landslagsløper utestengt i 18 måneder: – …", Nynorsk "Jeger dømd for
  // vådeskot: – …": what was done to it.)
  if (r && r.b + 1 < colon && u.toks[r.b + 1].kind === TokenKind.Word && !isCapitalized(u.toks[r.b + 1].text) && !lex.prepositions.has(u.lw[r.b + 1])
    && !(lex.suffixedDefinite && (u.lw[r.b + 1].endsWith('t') || u.lw[r.b + 1].endsWith('d')))) {
    const sp = speakerOf(u, r, lex, places);
    if (sp?.kind === 'named' && sp.mentions.every((m) => m.type === 'group')) return { kind: 'named', mentions: sp.mentions, headline: true };
  }
  const last = u.toks[u.toks.length - 1];
  return { kind: 'quote', whole: true, headline: u.sentenceStarts.size <= 1 && last.text !== '.' };
}

// Asked after every verb cue, and nearly always empty: one shared list, only ever read.
const NO_MENTIONS: readonly Mention[] = [];

/** The outlet or person a statement was given to: "sier X til Dagbladet", "bekrefter overfor NTB". */
function channelAfter(u: Unit, from: number, lex: Lexicon, places: PlaceLookup): readonly Mention[] {
  let k = from;
  while (k < u.toks.length && k < from + 3 && lex.adverbs.has(u.lw[k]) && !CHANNEL_PREPS.has(u.lw[k])) k++;
  if (k + 1 >= u.toks.length || !CHANNEL_PREPS.has(u.lw[k]) || u.quoted[k + 1] || !isName(u, k + 1)) return NO_MENTIONS;
  let e = k + 1;
  while (e + 1 < u.toks.length && isName(u, e + 1) && !u.quoted[e + 1]) e++;
  // "Dagbladet.no": a name with a domain is one token pair here.
  // The name is read without its domain, which is lower case, then given it back.
  const domain = e + 2 < u.toks.length && u.toks[e + 1].text === '.' && u.toks[e + 1].start === u.toks[e].end && /^(?:no|com|se|dk)$/.test(u.lw[e + 2]);
  const found = readPhrase(u, k + 1, e, lex, places).filter((m) => m.proper && m.type !== 'person');
  if (domain && found.length === 1) {
    const m = found[0];
    m.end = u.toks[e + 2].end;
    m.text = u.text.slice(m.start, m.end);
    m.name = m.text;
    m.type = 'media';
  }
  return found;
}

/** "Overfor NTB bekrefter politiet …": the outlet fronted before an inverted cue is the channel too. */
function frontedChannel(u: Unit, a: Attributed, lex: Lexicon, places: PlaceLookup): readonly Mention[] {
  if (a.subjectStart <= a.cue.i || a.cue.i < 2) return NO_MENTIONS;
  let k = 0;
  while (k < a.cue.i && u.toks[k].kind === TokenKind.Punct) k++;
  const found = channelAfter(u, k, lex, places);
  return found.length === 0 ? NO_MENTIONS : found.filter((m) => m.end <= u.toks[a.cue.i].start);
}

const CHANNEL_PREPS = new Set(['til', 'overfor', 'to']);
// "en av", "flere av", "ingen av": a part of the group after "av".
const QUANTITY_OF = new Set(['en', 'ett', 'ei', 'én', 'ein', 'eitt', 'flere', 'fleire', 'mange', 'noen', 'nokre', 'de', 'dei', 'to', 'tre', 'flertallet', 'halvparten']);
const AFFILIATION_PREPS = new Set(['i', 'ved', 'hos', 'for', 'på', 'fra', 'frå', 'hjå', 'in', 'at', 'of', 'with']);

const ANOTHER = new Set(['annen', 'anna', 'annan', 'annet']);
/** A US party and home written after a name: "R-Oshkosh", "D-N.Y.", "I-Vt." */
const PARTY_TAG = /^[RDI]-\p{Lu}/u;

/** "partiets talsmann, Per Olaf Lundteigen, at …": a title phrase, then the name between commas. */
function apposition(u: Unit, r: PhraseSpan, lex: Lexicon, places: PlaceLookup): { mentions: Mention[]; after: number } | undefined {
  let hasRole = false;
  // ("sier moren, Line Strand Haugan.": a noun for a relative is as good as a title.)
  for (let k = r.a; k <= r.b; k++) if (isRoleWord(u.lw[k]) || (lex.suffixedDefinite && definitePersonNoun(u.lw[k]) !== undefined)) hasRole = true;
  if (!hasRole) return undefined;
  // The title may carry its affiliation: "kommunikasjonssjef i Statens vegvesen, Lars Dahl,".
  let comma = pastNameTail(u, r.b);
  if (comma < u.toks.length && AFFILIATION_PREPS.has(u.lw[comma])) {
    let k = comma + 1;
    while (k < u.toks.length && k < comma + 6 && u.toks[k].kind === TokenKind.Word && !u.quoted[k]) k++;
    comma = k;
  }
  if (comma < u.toks.length && comma > r.b + 1 && u.toks[comma].text !== ',') return affiliatedName(u, r, comma, lex, places);
  if (comma + 1 >= u.toks.length || u.toks[comma].text !== ',' || !isName(u, comma + 1) || u.quoted[comma + 1]) return undefined;
  // ("Senate Majority Leader Dennis Kraft, R-Oshkosh, …": a party and home after the name are no name.)
  if (PARTY_TAG.test(u.toks[comma + 1].text)) return undefined;
  let e = comma + 1;
  while (e + 1 < u.toks.length && (isName(u, e + 1) || (u.toks[e + 1].text === '.' && u.toks[e].text.length === 1)) && !u.quoted[e + 1]) e++;
  // "Another parent, Mark Lindgren of Duluth, said": where the person is from, before the comma.
  let from = e + 1;
  // (A name of two words or more: "Senator Peter Welch, Democrat of Vermont," names his party.)
  if (HOME_PREPS.has(u.lw[from]) && e > comma + 1 && isName(u, from + 1) && !u.quoted[from + 1]) {
    from += 2;
    while (from < u.toks.length && from < e + 6 && isName(u, from) && !u.quoted[from]) from++;
    if (u.toks[from]?.text !== ',') from = e + 1;
  }
  const next = u.toks[from]?.text;
  if (next !== undefined && next !== ',' && next !== '.' && !lex.that.has(u.lw[from])) return undefined;
  const mentions = readPhrase(u, comma + 1, e, lex, places).filter((m) => m.proper);
  if (mentions.length !== 1) return undefined;
  mentions[0].role = u.text.slice(u.toks[r.a].start, u.toks[comma - 1].end);
  if (mentions[0].type === 'organisation' && !mentions[0].name.includes(' ')) mentions[0].type = 'person';
  return { mentions, after: next === ',' ? from + 1 : from };
}

/** After a phrase that ends in a name, the rest of that name where the phrase was cut short:
 *  "fagforening Central Única | de Trabajadores (CUT)", up to the comma before the person. */
function pastNameTail(u: Unit, b: number): number {
  let k = b + 1;
  if (!isName(u, b)) return k;
  const n = u.toks.length;
  while (k < n && k < b + 8 && !u.quoted[k]) {
    if (isName(u, k)) k++;
    else if (NAME_PARTICLES.has(u.lw[k]) && k + 1 < n && isName(u, k + 1)) k += 2;
    else if (u.toks[k].text === '(' && k + 2 < n && u.toks[k + 2].text === ')' && isName(u, k + 1)) k += 3; // "(CUT)"
    else break;
  }
  return k < n && u.toks[k].text === ',' ? k : b + 1;
}

/** "litteraturkritiker i danske Jyllands-Posten Jon Helt Haarder": no comma, so the name starts at a first name. */
function affiliatedName(u: Unit, r: PhraseSpan, end: number, lex: Lexicon, places: PlaceLookup): { mentions: Mention[]; after: number } | undefined {
  for (let k = r.b + 3; k < end; k++) {
    if (!isName(u, k) || u.quoted[k] || !isFirstName(u.toks[k].text) || !isName(u, k - 1)) continue;
    let e = k;
    while (e + 1 < end && isName(u, e + 1)) e++;
    if (e === k) return undefined;
    const mentions = readPhrase(u, k, e, lex, places).filter((m) => m.proper);
    if (mentions.length !== 1) return undefined;
    mentions[0].role = u.text.slice(u.toks[r.a].start, u.toks[k - 1].end);
    mentions[0].type = 'person';
    return { mentions, after: e + 1 };
  }
  return undefined;
}

function attributeUnit(u: QuoteUnit, lex: Lexicon, lang: Lang, places: PlaceLookup, out: ParagraphAttribution): void {
  const cues = findCues(u, lex, lang);
  const n = u.toks.length;

  const attributed: Attributed[] = [];
  const according: Attributed[] = [];
  // "Sa han unnskyld?": a question reports nothing, unless a quotation closes with its speaker.
  // English: 'X said: "Will we win?"' — a question inside the quotation is what X said.
  const question = endsWith(u, '?') && !(lang === 'en' && quotedQuestion(u));
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c];
    const a = resolveCue(u, cue, lex, places, lang);
    if (!a) continue;
    if (question && !a.final) continue;
    // "X er favorittgruppen, forteller han": after the content, "han" is the previous speaker,
    // not a name inside what he said.
    if (a.final && a.speaker?.kind === 'pronoun') a.speaker = { ...a.speaker, local: [] };
    // "– Jeg tror …" in a dash quotation: the quoted person, named by the passage's own attribution or a neighbour.
    // So in a Norwegian paragraph a dash opens, past what reads as its attribution ("– Bestefar min spelte.
    // Då han døydde, fann eg fela hans. Eg trur …", "– … Får vi unge folk til å bli, får vi …"): the
    // narration never says "eg" or "vi".
    if ((u.dash || (out.answers && lang !== 'en')) && a.speaker?.kind === 'pronoun' && FIRST_PERSON.has(a.speaker.pronoun)) a.speaker = { kind: 'quote', whole: true };
    // "Vi ba henne svare på kritikken.", "Vi spurte kommunen om …": in the narration "vi" is the
    // newsroom, and what the reporter asked is no claim (ANNOTATION.md).
    else if (lang !== 'en' && !u.dash && a.speaker?.kind === 'pronoun' && WE.has(a.speaker.pronoun) && !u.quoted[cue.i] && asking(lex.verbs.get(u.lw[cue.i])?.lemma)) continue;
    // "…, president of the association, who testified later.": an English verb in a relative clause with
    // nothing after it but a time reports nothing. (Not "That's what X wrote recently", which points back.)
    if (lang === 'en' && cue.type === 'verb' && !a.final && !cue.passive && cue.i > 0 && u.lw[cue.i - 1] === 'who' && !u.quoted[cue.i - 1] && onlyTimeAfter(u, a.after)) continue;
    // "Varsla i fleire år", "Melde frå i fjor" (a crosshead), "…, åtvara ho same morgon.": a Norwegian
    // verb with only a time after it reports nothing.
    // (Not "Det opplyser Fiskeridirektoratet onsdag.", which points back at what was said.)
    if (lang !== 'en' && cue.type === 'verb' && !a.final && !pointsBack(u, cue.i) && onlyTimeAfterNorwegian(u, a.after)) continue;
    if (cue.type === 'according') according.push(a);
    else attributed.push(a);
  }
  // A quotation closed by an attribution with a verb outside the lexicon: "…, spør Espen.",
  // "…, innvender hun.", '"…," he laughed.'
  if ((u.dash || u.hasQuote) && finalOf(attributed) === undefined) {
    const tail = tailAttribution(u, lex, places);
    if (tail) attributed.push(tail);
  }

  if (attributed.length === 0 && according.length === 0) {
    // "…direktør, Tor Langbach: «Jeg forstår …»": a name before a colon that opens a quotation speaks it.
    const intro = colonIntroduction(u, lex, places);
    if (intro) {
      out.claims.push(rawClaim(spanStart(u, intro.from), spanEnd(u, intro.from, n), ':', u.toks[intro.colon].start, u.toks[intro.colon].end, 'direct', intro.speaker, []));
      return;
    }
    // A quotation with no cue: attributed to a neighbouring speaker later on.
    const quoted = speechWordsBetween(u, 0, n);
    if ((u.dash && n > 2) || quoted >= 3) {
      passageClaim(u, quoted, out);
    }
    return;
  }

  // Evidence phrases ("har opplysninger om") only add their subject as a source.
  const main: Attributed[] = [];
  // Indexed loops here and below: a for-of over these short arrays built an iterator per unit.
  for (let k = 0; k < attributed.length; k++) if (attributed[k].cue.type !== 'evidence') main.push(attributed[k]);
  for (let k = 0; k < attributed.length; k++) {
    const a = attributed[k];
    if (a.cue.type === 'evidence' && a.speaker?.kind === 'named') pushAll(out.mentions, a.speaker.mentions);
    if (a.also) pushAll(out.mentions, a.also);
  }
  for (let k = 0; k < attributed.length; k++) {
    const a = attributed[k];
    if (a.cue.type === 'verb' && a.speaker) { pushAll(out.mentions, channelAfter(u, a.after, lex, places)); pushAll(out.mentions, frontedChannel(u, a, lex, places)); }
  }

  // "Det sa X" right after a quotation: names the previous speaker.
  if (main.length === 1 && main[0].final === false && u.toks.length > 0 && isRefersBack(u, main[0], lex)) {
    const a = main[0];
    out.claims.push(rawClaim(spanStart(u, 0), spanEnd(u, 0, n), cueText(u, a.cue), u.toks[a.cue.i].start, u.toks[a.cue.j - 1].end, kindOf(u, 0, n), a.speaker!, [], true));
    return;
  }

  // A final cue governs the whole unit; earlier cues are nested content. When the final
  // speaker is only the outlet passing it on ("X hevder at …, melder Interfax"), X speaks via it.
  let finalCue = finalOf(main);
  if (finalCue && isChannel(finalCue.speaker) && main[0] !== finalCue && main[0].speaker?.kind === 'named' && main[0].subjectStart === 0) {
    according.push(finalCue);
    finalCue = undefined;
    main.splice(main.indexOf(finalOf(main)!), 1);
  }
  // "– Han har hele tiden trodd at han skulle klare å betale tilbake" over a paragraph: a dash line of a
  // headline's length that names no speaker is a quotation as a whole, whoever it reports; the one
  // who says it below speaks it.
  // (Not one with an attribution the cue reader took for a report: "– Dette har gått gale, vedgår X om …".)
  if (!finalCue && u.dash && lang !== 'en' && according.length === 0 && headlineUnit(u, DASH_HEADLINE_WORDS) && main.every((a) => a.subjectStart < a.cue.i)) {
    passageClaim(u, 0, out);
    return;
  }
  // "– Jeg våknet av et brak og trodde det var torden.": a dash passage whose only reports are the
  // speaker's own ("jeg trodde") is the speaker's quotation as a whole, as one without them is.
  if (!finalCue && u.dash && lang !== 'en' && main.length > 0 && according.length === 0 && main.every((a) => a.speaker?.kind === 'quote' && a.speaker.whole && !a.speaker.headline)) {
    passageClaim(u, 0, out);
    return;
  }
  // "– Vi har ventet lenge. Kommunen har lovet at veien åpner i mai.": a dash passage that opens
  // with speech and reports someone only later is still its own speaker's; the report is what
  // that speaker passes on (its subject is still named as a source).
  // (Unless an attribution with a verb outside the lexicon closed the passage before it:
  // "…, smiler rektor Lund. Hun forteller at …" is narration again.)
  if (!finalCue && u.dash && main.length > 0 && main[0].speaker?.kind === 'named' && lang !== 'en') {
    const first = sentenceStartOf(u, Math.min(main[0].subjectStart, main[0].cue.i));
    // ("– … . Det seier bonde Olav Kleppe." names who spoke the passage, as "…, seier X." would.)
    if (first > 1 && REFERS_BACK.has(u.lw[first]) && main[0].cue.i === first + 1 && !u.quoted[first] && !thatFollows(u, main[0].cue.j, lex)) {
      const a = main[0];
      const from = DASHES.has(u.toks[0].text) ? 1 : 0;
      out.claims.push(rawClaim(spanStart(u, from), spanEnd(u, from, first), cueText(u, a.cue), u.toks[a.cue.i].start, u.toks[a.cue.j - 1].end, 'direct', a.speaker!, []));
      return;
    }
    if (first > 0 && !tagBefore(u, first, lex, places)) {
      passageClaim(u, 0, out);
      for (let k = 0; k < main.length; k++) nameSpeaker(main[k], out);
      return;
    }
  }
  // "– Da blir økningen slik vi har varslet.": a dash quotation whose cues leave nothing said
  // (the cue closes a clause of comparison) is still its speaker's quotation.
  const claimsBefore = out.claims.length;
  const governing: Attributed[] = finalCue ? [finalCue] : [];
  // English reports nest ("X said Y criticized Z"): the inner report is a claim of its own (PolNeAR).
  const nested: Attributed[] = [];
  const trailing: Attributed[] = [];
  if (!finalCue) {
    for (let k = 0; k < main.length; k++) {
      const a = main[k];
      if (governing.length === 0) { governing.push(a); continue; }
      // "The agency said …, warning that …": the adjunct after a comma is the same speaker's second claim.
      if (lang === 'en' && a.speaker?.kind === 'previous' && adjunctAfterComma(u, a, lex)) {
        governing.push({ ...a, speaker: governing[governing.length - 1].speaker });
        continue;
      }
      // A second claim only when a clause boundary (", etter at Y meldte") or a relative ("noe Y har avvist") stands before it.
      if (newClause(u, governing[governing.length - 1], a, lex) || a.coordinated) governing.push(a);
      else if (lang === 'en' && a.speaker && a.speaker.kind !== 'previous') nested.push(a);
      else nameSpeaker(a, out);
    }
  } else {
    // "Back home, Berg said, he decided to …": the reported sentence goes on after the attribution.
    const goesOn = lang === 'en' && finalCue.after < n && u.toks[finalCue.after].text === ',' && parentheticalGoesOn(u, 0, finalCue.after, n, lex);
    for (let k = 0; k < main.length; k++) {
      const a = main[k];
      if (a === finalCue) continue;
      // '"…," the mayor said, adding that …': a report after the attribution is the same speaker's.
      // So is "…, sier X og legger til at …".
      if (a.cue.i > finalCue.cue.i && (lang === 'en' ? a.coordinated || lex.verbs.get(u.lw[a.cue.i])?.adjunct : coordinatedCueAfter(u, finalCue.after, lex) && a.cue.i <= finalCue.after + 2)) {
        trailing.push({ ...a, speaker: finalCue.speaker });
        continue;
      }
      // '"…," Christie said when asked whether …': the question put to the speaker is a claim of its own (its asker's).
      if (lang === 'en' && a.cue.i > finalCue.cue.i && a.cue.passive && u.lw[a.cue.i] === 'asked') {
        trailing.push(a);
        continue;
      }
      // "«…», skriver retten, som legger vekt på at …": a report in a relative clause about the speaker is its own claim.
      if (lang !== 'en' && a.cue.i > finalCue.cue.i && a.subjectStart < a.cue.i && relativeAfter(u, finalCue.after) && a.cue.i - 1 > finalCue.after && RELATIVE_SOM.has(u.lw[finalCue.after + 1])) {
        trailing.push(a);
        continue;
      }
      // '"…," said Tom Berg, who added that …', '…, Berg said, and Olsen argued that …': a report after the
      // attribution with a subject of its own is its own claim.
      if (lang === 'en' && !goesOn && a.cue.i > a.subjectStart && a.subjectStart >= finalCue.after && a.speaker && a.speaker.kind !== 'previous' && !notOwnClause(u, a.subjectStart - 1, lex)) {
        trailing.push(a);
        continue;
      }
      if (lang === 'en' && a.speaker && a.speaker.kind !== 'previous' && a.cue.i < finalCue.subjectStart) nested.push(a);
      else nameSpeaker(a, out);
    }
  }

  // "ifølge X" with no other cue is its own claim; beside another cue it names the channel.
  // So it is before a relative clause after its source with a cue of its own ("…, according to the
  // sheriff's office, which ordered …"): that clause is the other claim.
  let relativeFrom = governing.length > 0 && according.length > 0 ? n : -1;
  for (let g = 0; g < governing.length && relativeFrom >= 0; g++) {
    const r = relativeStart(u, governing[g], lex) ?? relativeBeforeCue(u, governing[g], lex);
    relativeFrom = r === undefined ? -1 : Math.min(relativeFrom, r);
  }
  // "Ifølge Nav kan de ansatte få lønn, men Tore Haugen advarer om at …": an "ifølge" sources its own
  // main clause, and a clause after ", men"/", og" with a cue of its own is the other claim.
  const split = relativeFrom < 0 && lang !== 'en' && governing.length > 0 && according.length > 0 ? coordinatedAfter(u, according, governing) : -1;
  if (split >= 0) relativeFrom = split;
  const beforeRelative = relativeFrom >= 0 && according.every((a) => (a.cue.i > 0 || split >= 0) && a.after <= relativeFrom);
  // English nests reports (PolNeAR): "According to the union, most members said …" is the union's
  // claim, and the members' inside it.
  const nestedAccording = lang === 'en' && governing.length > 0 && according.length > 0 && !beforeRelative;
  if (governing.length === 0 || beforeRelative || nestedAccording) {
    const limit = beforeRelative ? relativeFrom : n;
    // Several of them ("Ifølge X er det kaldt, og ifølge Y …") share the unit out: each
    // claim runs to the next cue, so the claims never pile up over the same words.
    let from = 0;
    for (let k = 0; k < according.length; k++) {
      const a = according[k];
      const next = according[k + 1];
      // "…, og ifølge kommunen skylder klubben …": after a comma and "og" or "men" the cue opens a
      // clause of its own, which is all it sources.
      const opensClause = lang !== 'en' && a.cue.i >= 2 && COORDINATORS.has(u.lw[a.cue.i - 1]) && u.toks[a.cue.i - 2].text === ',' && !u.quoted[a.cue.i - 1];
      const startTok = opensClause ? Math.max(from, a.cue.i) : Math.min(from, a.cue.i);
      let endTok = next && next.cue.i > a.cue.i ? next.cue.i : limit;
      // "…, ifølge Sør-Korea, som har …": the claim stops after the source.
      // Not after a fronted adverbial: "In addition, according to the department, nine million …"
      // and "While X was …, according to an official, Y was …" source the main clause after it.
      // Nor after a word that opens a clause: "He left after, according to him, the network censored …".
      if (a.after < endTok && u.toks[a.after].text === ',' && a.cue.i > 0 && !(lang === 'en' && (adverbialOpening(u, 0, a.cue.i, a.after, lex) || clauseOpensBefore(u, 0, a.cue.i)))) endTok = a.after;
      from = endTok;
      contentOf(u, a, startTok, endTok, lex, lang);
      const kind = u.dash || quotesThreeWords(u, startTok, endTok) ? 'direct' : 'according-to';
      out.claims.push(rawClaim(spanStart(u, contentStart), spanEnd(u, contentStart, contentEnd), cueText(u, a.cue), u.toks[a.cue.i].start, u.toks[a.cue.j - 1].end, kind, a.speaker!, []));
    }
    if (!beforeRelative && !nestedAccording) return;
  }

  for (let g = 0; g < governing.length; g++) {
    const a = governing[g];
    const next = governing[g + 1];
    // The first claim covers the sentence from its start, unless its subject opens a relative clause
    // after a comma ("…, noe ledelsen har avvist"): then the claim is that clause.
    const relative = relativeStart(u, a, lex);
    let startTok = g === 0 ? relative ?? 0 : relative ?? a.subjectStart;
    let endTok = next ? boundaryBefore(u, next, lex) : n;
    if (endTok <= startTok) endTok = n;
    // "Operators have reported 100 incidents, according to the agency.": the source that closes the
    // sentence is no part of the nested report's content.
    if (nestedAccording) {
      for (let k = 0; k < according.length; k++) {
        const at = according[k].cue.i;
        if (at > a.cue.i && at < endTok && u.toks[at - 1].text === ',' && !wordIn(u, according[k].after, endTok)) endTok = at - 1;
      }
    }
    const via: Mention[] = [];
    for (let k = 0; k < according.length; k++) {
      const acc = according[k];
      if (acc.cue.i >= startTok && acc.cue.i < endTok && acc.speaker?.kind === 'named') pushAll(via, acc.speaker.mentions);
    }
    // "…, noe ledelsen har avvist": the relative clause stands for what was denied.
    let cs = startTok;
    let ce = endTok;
    deniedCue = false;
    if (relative === undefined) { contentOf(u, a, startTok, endTok, lex, lang); cs = contentStart; ce = contentEnd; }
    // "The senator spoke on Monday.": nothing but punctuation is left to be what was said; the speaker is still named.
    // Nor is "She spoke to reporters on Tuesday": who was spoken to, and where, is no content.
    if (!wordIn(u, cs, ce) || (lang === 'en' && spokeToOnly(u, a, cs, ce))) {
      // (Not who "har ikkje kommentert saka": they said nothing, so are no source.)
      if (!deniedCue) nameSpeaker(a, out);
      continue;
    }
    // "sier at A, og at B", "mener at A, men at B": each "at" clause is a claim of its own, with the same cue.
    // (Only content the cue's own "at" opens: not a quotation, nor "mener dette kan gjøres ved at …, og at …".)
    const parts = lang !== 'en' && relative === undefined && !u.dash && cs > a.cue.i && cs - 1 >= a.cue.j - 1 && u.lw[cs - 1] === 'at' && !u.quoted[cs - 1] ? thatClauses(u, cs, ce, lex) : [cs, ce];
    for (let k = 0; k < parts.length; k += 2) {
      out.claims.push(rawClaim(
        spanStart(u, parts[k]), spanEnd(u, parts[k], parts[k + 1]), cueText(u, a.cue), u.toks[a.cue.i].start, u.toks[a.cue.j - 1].end, kindOf(u, startTok, endTok),
        a.speaker ?? { kind: 'previous' }, k === 0 ? via : [], false, a.cue.type === 'impersonal',
      ));
    }
  }
  for (let k = 0; k < trailing.length; k++) {
    const a = trailing[k];
    contentOf(u, a, a.cue.i, n, lex, lang);
    const cs = contentStart;
    const ce = contentEnd;
    if (!wordIn(u, cs, ce)) continue;
    out.claims.push(rawClaim(spanStart(u, cs), spanEnd(u, cs, ce), cueText(u, a.cue), u.toks[a.cue.i].start, u.toks[a.cue.j - 1].end, kindOf(u, cs, ce), a.speaker!, []));
  }
  for (let k = 0; k < nested.length; k++) {
    const a = nested[k];
    const endTok = finalCue ? Math.min(n, finalCue.subjectStart, finalCue.cue.i) : n;
    contentOf(u, a, a.subjectStart, endTok, lex, lang);
    const cs = contentStart;
    const ce = contentEnd;
    if (!wordIn(u, cs, ce)) {
      nameSpeaker(a, out);
      continue;
    }
    out.claims.push(rawClaim(spanStart(u, cs), spanEnd(u, cs, ce), cueText(u, a.cue), u.toks[a.cue.i].start, u.toks[a.cue.j - 1].end, kindOf(u, cs, ce), a.speaker!, []));
  }
  // An "ifølge" outside every governing claim still names a source.
  for (let k = 0; k < according.length; k++) {
    const acc = according[k];
    if (acc.speaker?.kind === 'named' && !claimAt(out.claims, u.toks[acc.cue.i].start)) pushAll(out.mentions, acc.speaker.mentions);
  }
  if (u.dash && out.claims.length === claimsBefore && u.toks.length > 2) passageClaim(u, speechWordsBetween(u, 0, u.toks.length), out);
}

// "spoke", "talked": verbs of speaking that say nothing of what was said before a listener or a
// place ("spoke to reporters", "talked with voters", "spoke at the rally", "spoke for 45 minutes").
const SPOKE = new Set(['spoke', 'talked']);
const SPOKE_TO = new Set(['to', 'with', 'at', 'for', 'in', 'from', 'on']);
const TOPIC = new Set(['about', 'of', 'that']);

/** An English "spoke" whose content is only a listener, a place or a time, with no topic or quotation. */
function spokeToOnly(u: Unit, a: Attributed, cs: number, ce: number): boolean {
  const j = a.cue.j;
  if (!SPOKE.has(u.lw[a.cue.i]) || j >= u.toks.length || !SPOKE_TO.has(u.lw[j]) || u.quoted[j] || cs < j) return false;
  for (let k = j; k < ce; k++) if (u.quoted[k] || TOPIC.has(u.lw[k])) return false;
  return true;
}

/** Token k is an apostrophe right after a word ending in "s" and before a word: "Teachers' unions". */
function possessiveApostrophe(u: Unit, k: number): boolean {
  const t = u.toks[k];
  if (t.text !== "'" || k === 0 || k + 1 >= u.toks.length) return false;
  const p = u.toks[k - 1];
  return p.kind === TokenKind.Word && p.end === t.start && (p.text.endsWith('s') || p.text.endsWith('S')) && u.toks[k + 1].kind === TokenKind.Word && u.toks[k + 1].start > t.end;
}

/** Norwegian "om" at m after the cue's own words has a noun before it ("debatten om"): a preposition, not "whether"
 *  (callers leave out verbs of asking). */
function nounBeforeOm(u: Unit, m: number, after: number, lex: Lexicon): boolean {
  if (u.lw[m] !== 'om' || m <= after) return false;
  const p = u.lw[m - 1];
  return u.toks[m - 1].kind === TokenKind.Word && !lex.adverbs.has(p) && !isPronoun(lex, p) && !OBJECT_FORMS.has(p)
    && !lex.prepositions.has(p) && !lex.that.has(p);
}
/** Object pronouns, who a question may be put to ("spurte meg om …"). */
const OBJECT_FORMS = new Set(['meg', 'deg', 'oss', 'dykk', 'seg', 'eg', 'ham', 'henne', 'dem']);
// After asking, a noun before "om" is who was asked ("spurte lederen om planen var klar").
const ASKING = new Set(['spørre', 'spørje']);
/** A verb of asking, or of requesting ("be"), by its lemma. */
const asking = (lemma: string | undefined): boolean => lemma !== undefined && (lemma === 'be' || ASKING.has(lemma));


/** The "who" opening a relative clause between a sentence's subject and the cue at i, with no
 *  punctuation or quotation in between: "Officials who spoke on condition of anonymity said".
 *  ("that" is left out: after a verb it opens what was said.) */
function restrictiveRelativeBefore(u: Unit, i: number): number | undefined {
  for (let k = i - 2; k >= 1 && k >= i - 12; k--) {
    if (u.quoted[k] || u.toks[k].kind === TokenKind.Punct || u.sentenceStarts.has(k)) return undefined;
    if (u.lw[k] === 'who') return k;
  }
  return undefined;
}

/** "Gloria Mendez, a retired nurse from West Allis who said …": "who" is a person, not the place
 *  that ends the phrase before it; past the place and its preposition, the apposition's name. */
function antecedentOfWho(u: Unit, l: PhraseSpan | undefined, lex: Lexicon, places: PlaceLookup): PhraseSpan | undefined {
  if (!l || l.a < 3 || !PLACE_PREPOSITIONS_EN.has(u.lw[l.a - 1]) || !places(u.toks[l.a].start, u.toks[l.b].end)) return l;
  const head = phraseLeftOf(u, l.a - 1, lex);
  // The noun before the place is the apposition ("a retired nurse"); the name before its comma speaks.
  if (!head || head.a < 2 || u.toks[head.a - 1].text !== ',' || u.quoted[head.a - 1] || !ARTICLES_EN.has(u.lw[head.a])) return l;
  // ("One juror, a retired schoolteacher from Broken Arrow who asked …": the phrase before the comma
  // speaks, a name or not; failing it, the apposition itself, never the place.)
  const name = phraseLeftOf(u, head.a - 1, lex);
  return name && u.toks[name.b].kind === TokenKind.Word && !u.quoted[name.b] ? name : head;
}
const PLACE_PREPOSITIONS_EN = new Set(['from', 'in', 'of']);

/** A quotation or dash passage as a claim of whoever speaks it, found later from its neighbours. */
function passageClaim(u: QuoteUnit, quoted: number, out: ParagraphAttribution): void {
  const n = u.toks.length;
  // The opening dash marks the quotation; it is no part of what was said.
  const from = u.dash ? (n > 1 && DASHES.has(u.toks[0].text) ? 1 : 0) : pastLeadColon(u.toks);
  const spStart = spanStart(u, from);
  const speaker: Speaker = { kind: 'quote', whole: u.dash || isWholeQuote(quoted, wordsBetween(u, 0, n)), question: u.dash && endsWith(u, '?') };
  if (u.dash && headlineUnit(u, DASH_HEADLINE_WORDS)) speaker.headline = true;
  if (u.cut) speaker.cut = true;
  out.claims.push(rawClaim(spStart, spanEnd(u, from, n), '', spStart, spStart, 'direct', speaker, []));
}

/** A claim's kind from the words it quotes: module functions, not two closures per unit. */
function kindOf(u: QuoteUnit, a: number, b: number): ClaimKind {
  return u.dash || quotesThreeWords(u, a, b) ? 'direct' : 'indirect';
}

/** Character offsets of tokens [a, b) (b > a, or the one token a): read in place, no span object per claim. */
function spanStart(u: Unit, a: number): number {
  return u.toks[a].start;
}
function spanEnd(u: Unit, a: number, b: number): number {
  return u.toks[Math.max(a, b - 1)].end;
}

/** Some claim covers the offset. */
function claimAt(claims: readonly RawClaim[], at: number): boolean {
  for (let k = 0; k < claims.length; k++) if (claims[k].start <= at && at < claims[k].end) return true;
  return false;
}

/** The first cue read as final (after its content), if any: a loop, not a closure per unit. */
function finalOf(as: readonly Attributed[]): Attributed | undefined {
  for (let k = 0; k < as.length; k++) if (as[k].final) return as[k];
  return undefined;
}

/** A cue that makes no claim still names its speaker as a source (not a relative's antecedent,
 *  which is resolved like a pronoun). */
function nameSpeaker(a: Attributed, out: ParagraphAttribution): void {
  if (a.speaker?.kind === 'named' && !a.speaker.relative) pushAll(out.mentions, a.speaker.mentions);
}

/** Appends without a spread: a spread builds an iterator even for the empty lists most calls pass. */
function pushAll<T>(to: T[], from: readonly T[]): void {
  for (let k = 0; k < from.length; k++) to.push(from[k]);
}

/** Words of a headline's line at most: one reporting a verb's speaker ("Fordømmer pågripelsen")
 *  is short; one quoting with a dash may be a whole sentence ("– Eg har drøymt om dette sidan eg var sju år"). */
const HEADLINE_WORDS = 8;
const DASH_HEADLINE_WORDS = 12;
/** "- Har jobbet hardt", "Fordømmer pågripelsen": a short line without a full stop is a headline
 *  quoting or reporting someone the article names later. */
function headlineUnit(u: Unit, maxWords = HEADLINE_WORDS): boolean {
  if (u.sentenceStarts.size !== 1 || wordsBetween(u, 0, u.toks.length) > maxWords) return false;
  const last = u.toks[u.toks.length - 1];
  return last.kind === TokenKind.Word && u.text.slice(last.end, u.text.indexOf('\n', last.end) >>> 0).trim() === '';
}

/** A sentence that is one quotation without a full stop, of a headline's length at most. */
function quotedHeadline(toks: readonly Token[], words: number): boolean {
  const n = toks.length;
  return n >= 3 && words <= DASH_HEADLINE_WORDS && OPEN_QUOTES.has(toks[0].text) && CLOSING_QUOTES.has(toks[n - 1].text) && toks[n - 2].kind === TokenKind.Word;
}

/** A colon followed by a dash or an opening quotation mark: "Tittel: – …", "Tittel: «…»". */
function colonQuotation(u: Unit): boolean {
  for (let k = 0; k + 1 < u.toks.length; k++) {
    if (u.toks[k].text === ':' && (DASHES.has(u.toks[k + 1].text) || OPEN_QUOTES.has(u.toks[k + 1].text))) return true;
  }
  return false;
}

function quotedQuestion(u: Unit): boolean {
  for (let k = u.toks.length - 1; k >= 0; k--) if (u.toks[k].text === '?') return u.quoted[k];
  return false;
}

function endsWith(u: Unit, punct: string): boolean {
  for (let k = u.toks.length - 1; k >= 0; k--) {
    const t = u.toks[k].text;
    if (t === punct) return true;
    if (!CLOSERS.has(t)) return false;
  }
  return false;
}

// What may open a tail attribution: the closers but dashes and ")", and "?" and "!".
const QUOTE_CLOSERS = new Set(['»', '”', '"', "'", '’']);
const CLAUSE_ENDS = new Set([',', '?', '!', '.', '–', '—', '…']);
const TAIL_OPENERS = new Set([...CLOSERS].filter((t) => t !== '–' && t !== '—' && t !== ')').concat(['?', '!']));

/** A word that is no name and none of the lexicon's small words (boundaries, adverbs, quantifiers,
 *  pronouns): a verb outside the lexicon, perhaps. */
function plainWord(u: Unit, i: number, lex: Lexicon): boolean {
  return u.toks[i].kind === TokenKind.Word && !isName(u, i) && !lex.boundaries.has(u.lw[i])
    && !lex.adverbs.has(u.lw[i]) && !lex.quantifiers.has(u.lw[i]) && !isPronoun(lex, u.lw[i]);
}

/** Whether a sentence of the unit before token `to` ends with an attribution (", spør Espen."). */
function tagBefore(u: Unit, to: number, lex: Lexicon, places: PlaceLookup): boolean {
  for (let k = 1; k <= to; k++) if ((k === to || u.sentenceStarts.has(k)) && tailAttribution(u, lex, places, k)) return true;
  return false;
}

/** ", som …" at token k, right after an inverted speaker. */
function relativeAfter(u: Unit, k: number): boolean {
  return k + 1 < u.toks.length && u.toks[k].text === ',' && RELATIVE_SOM.has(u.lw[k + 1]) && !u.quoted[k + 1];
}

/** "…, jubler Aase, som har scora fem mål.": where the attribution ends when a relative clause
 *  about its speaker closes the unit (before `n`); else `n`. */
function relativeAfterTail(u: Unit, n: number): number {
  for (let k = n - 2; k > 2 && n - k <= 16; k--) {
    if (u.quoted[k]) return n;
    if (u.toks[k].text === ',' && u.lw[k + 1] === 'som' && isName(u, k - 1)) return k;
  }
  return n;
}

/** A closing quotation mark at token k ends its clause ('"…," he said'), unlike a phrase quoted
 *  inside a sentence ('shake "like a trampoline" whenever trucks passed'); other tokens pass. */
function quotationEnded(u: Unit, k: number): boolean {
  if (!QUOTE_CLOSERS.has(u.toks[k].text)) return true;
  // Over the other closers of nested or doubled marks ("''", "’”").
  while (k > 0 && QUOTE_CLOSERS.has(u.toks[k - 1].text)) k--;
  return CLAUSE_ENDS.has(u.toks[k - 1]?.text ?? '');
}

/** ", VERB SPEAKER [adjuncts]." (or "SPEAKER VERB") at the end of a quotation unit (or of its tokens before `n`). */
function tailAttribution(u: Unit, lex: Lexicon, places: PlaceLookup, n = u.toks.length): Attributed | undefined {
  let end = relativeAfterTail(u, n);
  while (end > 0 && u.toks[end - 1].kind === TokenKind.Punct && !CLOSERS.has(u.toks[end - 1].text)) end--;
  // The last comma or closing quote outside a quotation, at most 8 tokens from the end.
  let k = end - 1;
  while (k > 0 && end - k <= 8 && !(TAIL_OPENERS.has(u.toks[k].text) && !u.quoted[k])) k--;
  if (k <= 0 || end - k > 8 || k + 2 >= end) return undefined;
  // After a closing quotation mark only a quotation that ended its clause has an attribution
  // ('"…," he laughed.'); a phrase quoted inside a sentence does not ('shake "like a trampoline"
  // whenever trucks passed').
  if (!quotationEnded(u, k)) return undefined;
  for (let m = k + 1; m < end; m++) if (u.quoted[m] || u.toks[m].kind === TokenKind.Punct || lex.that.has(u.lw[m])) return undefined;
  const verb = k + 1;
  const vw = u.lw[verb];
  // Inverted (Norwegian): ", spør Espen."
  if (plainWord(u, verb, lex) && !isRoleWord(vw)) {
    const r = phraseRightOf(u, verb + 1, lex);
    const sp = r ? speakerOf(u, r, lex, places) : undefined;
    // ("…, får vi også flere barn": a pronoun with more of its clause after it is no attribution;
    // one closes the sentence, perhaps with a word or two of manner, a listener or "og ler" after it:
    // "…, smiler hun litt skamfullt.", "…, sa han til NTB".)
    const a = r ? r.b + 1 : end;
    const closes = a >= end - 2 || lex.prepositions.has(u.lw[a]) || u.lw[a] === 'og';
    if (r && sp && ((sp.kind === 'pronoun' && closes) || (sp.kind === 'named' && sp.mentions.every((m) => m.proper || m.role !== undefined || isRoleWord(u.lw[r.b]))))) {
      return { cue: { type: 'verb', i: verb, j: verb + 1 }, speaker: sp, subjectStart: r.a, final: true, after: r.b + 1 };
    }
  }
  // Subject first (English): ', he laughed.' Norwegian puts the verb first (", lo han."): there a
  // name and a word after a comma are the content going on ("…, Libya og Tunisia ha å seie?").
  if (lex.suffixedDefinite) return undefined;
  const l = phraseRightOf(u, k + 1, lex);
  if (l && l.b + 1 < end && plainWord(u, l.b + 1, lex) && l.b + 2 >= end - 2) {
    const sp = speakerOf(u, l, lex, places);
    if (sp && (sp.kind === 'pronoun' || (sp.kind === 'named' && sp.mentions.every((m) => m.proper)))) {
      return { cue: { type: 'verb', i: l.b + 1, j: l.b + 2 }, speaker: sp, subjectStart: l.a, final: true, after: l.b + 2 };
    }
  }
  return undefined;
}

function isChannel(sp: Speaker | undefined): boolean {
  return sp?.kind === 'named' && sp.mentions.every((m) => m.type === 'agency' || m.type === 'media');
}

function cueText(u: Unit, c: Cue): string {
  return u.text.slice(u.toks[c.i].start, u.toks[c.j - 1].end);
}

/** A quotation that is most of its sentences, not a phrase or a title in quotation marks. */
function isWholeQuote(quoted: number, words: number): boolean {
  return quoted >= 0.6 * words;
}

function wordsBetween(u: Unit, a: number, b: number): number {
  let c = 0;
  for (let k = a; k < b && k < u.toks.length; k++) if (u.toks[k].kind === TokenKind.Word) c++;
  return c;
}

/** Words in quotations of three words or more: titles and terms («FM 2009», «du») quote nobody. */
function speechWordsBetween(u: Unit, a: number, b: number): number {
  let c = 0;
  let run = 0;
  for (let k = a; k < b && k < u.toks.length; k++) {
    if (!u.quoted[k]) {
      if (run >= 3) c += run;
      run = 0;
    } else if (u.toks[k].kind === TokenKind.Word) run++;
  }
  return run >= 3 ? c + run : c;
}

/** Tokens [a, b) quote three words or more (a quotation, not a quoted term): read up to the third. */
function quotesThreeWords(u: Unit, a: number, b: number): boolean {
  let c = 0;
  for (let k = a; k < b && k < u.toks.length; k++) if (u.quoted[k] && u.toks[k].kind === TokenKind.Word && ++c >= 3) return true;
  return false;
}

/** Works out who speaks for one cue and where the cue sits. */
function resolveCue(u: Unit, cue: Cue, lex: Lexicon, places: PlaceLookup, lang: Lang): Attributed | undefined {
  const n = u.toks.length;
  const prevTok = cue.i > 0 ? u.toks[cue.i - 1].text : '';
  if (cue.type === 'according' && lang === 'en' && u.lw[cue.i] === 'in') {
    // "in a CNN/ORC poll released Monday": the poll is the source, read up to its noun.
    const head = pollAfterIn(u, cue.i);
    const mentions = head > cue.i ? commonPhrase(u, cue.j, head, lex, places) : [];
    return mentions.length ? { cue, speaker: { kind: 'named', mentions }, subjectStart: cue.i, final: false, after: head + 1 } : undefined;
  }
  if (cue.learned) {
    // "Etter det VG erfarer, …": the source stands between "det" and the verb of learning.
    const { verb, until } = cue.learned;
    const mentions = verb > cue.j ? readPhrase(u, cue.j, verb - 1, lex, places) : [];
    return mentions.length ? { cue, speaker: { kind: 'named', mentions }, subjectStart: cue.i, final: false, after: until } : undefined;
  }
  if (cue.type === 'according') {
    // "Ifølge ham er det ingen mistenkte", "ifølgje ho": a pronoun, as its subject form would be.
    // ("ifølgje dei siste målingane": "dei" before an adjective is the article.)
    const pronoun = cue.j < u.toks.length && !u.quoted[cue.j] ? (lang === 'en' ? englishObjectPronoun(u, cue.j) : articleBefore(u, cue.j, lex) ? undefined : OBJECT_PRONOUNS[u.lw[cue.j]]) : undefined;
    const bySubject = pronoun !== undefined ? pronounSpeaker(lex, pronoun, localNames(u, cue.i, lex, places)) : undefined;
    if (bySubject) return { cue, speaker: bySubject, subjectStart: cue.i, final: false, after: cue.j + 1 };
    let r: PhraseSpan | undefined = phraseRightOf(u, cue.j, lex);
    // "ifølge en av Diarras livvakter": a share of a group is the source.
    if (r && u.lw[r.b + 1] === 'av' && QUANTITY_OF.has(u.lw[r.b])) {
      const rest = phraseRightOf(u, r.b + 2, lex);
      if (rest) r = { a: r.a, b: rest.b };
    }
    if (lang !== 'en' && r) r = withAffiliation(u, r, lex);
    // "ifølge en kilde NRK har snakket med, …": a clause without "som" after the source; its subject
    // (the name after the noun) is who spoke to the source, not the source.
    const contact = lang !== 'en' && r ? beforeContactClause(u, r, lex) : undefined;
    if (contact) r = contact.span;
    // "according to figures released by the electoral commission": the document with who issued it.
    // ("a poll released in March by the institute": a time may stand before "by".)
    const byAt = lang === 'en' && r && r.b > r.a && u.lw[r.b].endsWith('ed') ? issuedBy(u, r.b + 1) : -1;
    if (r && byAt > 0) {
      const by = phraseRightOf(u, byAt + 1, lex);
      if (by) r = { a: r.a, b: by.b, head: r.b };
    }
    // "Ifølge politiet kjørte bilen …": a fronted "ifølge" puts the finite verb right after its source.
    if (lang !== 'en' && r && isOpenerTok(u, cue.i - 1)) r = beforeFiniteVerb(u, r, lex);
    // "Mannen skal ifølgje politiet ha køyrt …": after the clause's auxiliary the source ends where its verb goes on.
    if (lang !== 'en' && r && midClauseAccording(u, cue.i, lex)) r = beforeVerbGoesOn(u, r);
    let mentions = !r ? [] : r.head !== undefined ? commonPhrase(u, r.a, r.b, lex, places) : readPhrase(u, r.a, r.b, lex, places);
    // "according to one global index", "according to a 2014 study".
    const from = lang === 'en' && mentions.length === 0 ? accordingWordsFrom(u, cue.j) : undefined;
    if (from !== undefined) {
      const rest = from === cue.j ? { a: from, b: phraseRightOf(u, from + 1, lex)?.b ?? from } : phraseRightOf(u, from, lex);
      if (rest) { r = rest; mentions = readPhrase(u, rest.a, rest.b, lex, places); }
    }
    if (!r || mentions.length === 0) return undefined;
    // "Ifølgje ei kartlegging som Grunneigarlaget i Jølster har gjort, vil …": the text's maker speaks through it.
    if (lang !== 'en' && RELATIVE_SOM.has(u.lw[r.b + 1] ?? '') && mentions.every((m) => m.type === 'document') && !u.quoted[r.b + 1]) {
      let comma = r.b + 2;
      while (comma < n && comma <= r.b + 12 && u.toks[comma].text !== ',' && u.toks[comma].kind !== TokenKind.Punct) comma++;
      const maker = comma < n && u.toks[comma].text === ',' ? makerAfterSom(u, r.b + 1, comma, lex, places) : [];
      if (maker.length) return { cue, speaker: { kind: 'named', mentions: maker }, subjectStart: cue.i, final: false, after: comma + 1, also: mentions };
    }
    const named = r.b + 3 < n ? appositiveName(u, r, lex, places) : undefined;
    if (named) return { cue, speaker: { kind: 'named', mentions: named.mentions }, subjectStart: cue.i, final: false, after: named.after };
    return { cue, speaker: { kind: 'named', mentions }, subjectStart: cue.i, final: false, after: contact?.after ?? r.b + 1 };
  }
  if (cue.passive) {
    let be = cue.i - 1;
    while (be > 0 && !lex.passive.has(u.lw[be])) be--;
    // "could be expected", "has long been seen": the subject stands before the whole verb group.
    while (be > 0 && (lex.auxiliaries.has(u.lw[be - 1]) || lex.adverbs.has(u.lw[be - 1]) || lex.passive.has(u.lw[be - 1])) && !u.quoted[be - 1]) be--;
    const l = phraseLeftOf(u, be, lex);
    let rr = cue.agent !== undefined ? phraseRightOf(u, cue.agent + 1, lex) : undefined;
    // "Asked by a reporter whether …": the asker ends before the question.
    if (rr && cue.agent !== undefined && cue.j > cue.agent && rr.b >= cue.j) rr = cue.j - 1 >= rr.a ? { a: rr.a, b: cue.j - 1 } : undefined;
    const r = rr && agentPhrase(u, rr);
    const agent = r && speakerOf(u, r, lex, places);
    if (r && agent) return { cue, speaker: agent, subjectStart: l ? l.a : cue.i, final: false, after: r.b + 1 };
    return { cue, speaker: { kind: 'none' }, subjectStart: l ? l.a : cue.i, final: false, after: cue.j };
  }
  if (cue.type === 'impersonal' && WRITTEN_IN.has(u.lw[cue.i])) return writtenIn(u, cue, lex, places);
  if (cue.type === 'impersonal' && EMERGES.has(u.lw[cue.j - 1])) return emergesFrom(u, cue, lex, places);
  if (cue.type === 'impersonal') {
    // "heter det i uttalelsen fra presidentkontoret", "heter det videre".
    const final = CLOSERS.has(prevTok) && !thatFollows(u, cue.j, lex);
    let k = cue.j;
    while (k < n && lex.continuation.has(u.lw[k])) k++;
    for (let m = k; m < n && m < k + 8; m++) {
      // ("het det at … vind fra sørvest …": past "at" is what the text says, no issuer.)
      if (lex.that.has(u.lw[m]) && !u.quoted[m]) break;
      if (lex.from.has(u.lw[m])) {
        const r = phraseRightOf(u, m + 1, lex);
        if (r) {
          const mentions = readPhrase(u, r.a, r.b, lex, places);
          if (mentions.length) return { cue, speaker: { kind: 'named', mentions }, subjectStart: cue.i, final, after: r.b + 1 };
        }
      }
      if (u.toks[m].kind === TokenKind.Punct) break;
    }
    // "I en uttalelse fra forskere i Bergen heter det at …": the issuer stands before the cue,
    // perhaps before a relative clause about the text ("I ein rapport frå X, som vedtaket byggjer på, heiter det").
    const before = pastRelativeClause(u, cue.i);
    for (let m = before - 1; m >= 0 && m > before - 10; m--) {
      // ("fra Nærings- og fiskeridepartementet heter det": a suspended compound's hyphen is read past.)
      if (u.toks[m].kind === TokenKind.Punct && !(m > 0 && suspendedCompound(u, m - 1))) break;
      if (!lex.from.has(u.lw[m])) continue;
      // (The phrase reader may run on into the cue: "fra selskapet heter".)
      const r = m + 1 < cue.i ? phraseRightOf(u, m + 1, lex) : undefined;
      const mentions = r ? readPhrase(u, r.a, Math.min(r.b, cue.i - 1), lex, places) : [];
      if (mentions.length) return { cue, speaker: { kind: 'named', mentions }, subjectStart: 0, final, after: cue.j };
    }
    // "I ein rapport som NVE la fram måndag, heiter det at …": who made the text speaks through it.
    const maker = documentMakerBefore(u, cue.i, lex, places);
    if (maker) return { cue, speaker: { kind: 'named', mentions: maker }, subjectStart: 0, final, after: cue.j };
    // "heter det i reportasjen", "I rapporten heter det at …": the text it is written in says it.
    // ("I en uttalelse heter det" is whoever issued it: the speaker before.)
    const inText = IN.has(u.lw[cue.j]) || (cue.i >= 2 && IN.has(u.lw[0]) && !INDEFINITE.has(u.lw[1])) ? writtenIn(u, cue, lex, places) : undefined;
    if (inText) return inText;
    return { cue, speaker: { kind: 'previous' }, subjectStart: cue.i, final, after: cue.j };
  }
  if (cue.type === 'evidence') {
    const l = phraseLeftOf(u, cue.i, lex);
    if (!l) return undefined;
    const mentions = readPhrase(u, l.a, l.b, lex, places);
    if (!mentions.length) return undefined;
    return { cue, speaker: { kind: 'named', mentions }, subjectStart: l.a, final: false, after: cue.j };
  }
  // ", saying …": the speaker is the subject of the clause the adjunct hangs on.
  const be = lang === 'en' && u.lw[cue.i].endsWith('ing') ? progressiveAux(u, cue.i, lex) : undefined;
  if (be !== undefined) {
    // "Donald Trump is demanding that …": the subject stands before the auxiliary.
    const l = phraseLeftOf(u, be, lex);
    const sp = l ? speakerOf(u, l, lex, places) : undefined;
    if (l && sp) return { cue, speaker: sp, subjectStart: l.a, final: false, after: cue.j };
  }
  // The cue's verb form, read once: asked about again below.
  const form = lex.verbs.get(u.lw[cue.i]);
  if (form?.adjunct) return adjunctCue(u, cue, lex, places);
  // Reporting verb.
  if (lang === 'en') {
    // "Jane Roe, speaking in Ohio, said": the subject stands before a participle's aside.
    const aside = participleAsideBefore(u, cue.i, lex);
    let al = aside !== undefined ? phraseLeftOf(u, aside, lex) : undefined;
    // "Supporters of the plan, speaking in Ohio, said": the subject goes on into its prepositional phrase.
    // A noun after a preposition that is no part of a subject is inside the content: "A storm shut the
    // plant over the weekend, forcing staff to leave, Parkline Health, one of the networks, said".
    if (al && al.a > 0 && lex.prepositions.has(u.lw[al.a - 1])) al = subjectWithPreposition(u, al.a - 1, al, lex);
    const asp = al && speakerOf(u, al, lex, places);
    if (al && asp) return { cue, speaker: asp, subjectStart: al.a, final: false, after: cue.j };
    // "X, a senior adviser with Y, said …" / "The director, X, said …".
    const ap = appositionLeftOf(u, cue.i, lex);
    // "Opponents of the law, including two senators, say": the subject before the aside goes on
    // into its prepositional phrase, as it does with no aside.
    const whole = ap && ap.span.a === ap.subjectStart && ap.span.a > 0 ? subjectWithPreposition(u, ap.span.a - 1, ap.span, lex) : undefined;
    // ("A report released by Halvorsen Labs, a firm in Arlington, Va., found": where the longer
    // subject reads as no speaker, the name before the aside still speaks.)
    const wholeSpeaker = whole && speakerOf(u, whole, lex, places);
    if (ap && whole && wholeSpeaker) { ap.span = whole; ap.subjectStart = whole.a; }
    const sp = ap && (wholeSpeaker || speakerOf(u, ap.span, lex, places));
    if (ap && sp) {
      // '"…," Mr. King, 82, told me.'
      const final = ap.subjectStart > 0 && CLOSERS.has(u.toks[ap.subjectStart - 1].text) && !possessiveApostrophe(u, ap.subjectStart - 1) && (nothingReportedAfter(u, cue.j, lex) || quoteThenAttribution(u, ap.subjectStart, cue.j, lex));
      return { cue, speaker: sp, subjectStart: ap.subjectStart, final, after: cue.j };
    }
    // "Jane Roe — a lawyer for the city — said": the subject stands before the aside.
    const dash = dashAsideBefore(u, cue.i, lex);
    const dl = dash !== undefined ? phraseLeftOf(u, dash, lex) : undefined;
    const dsp = dl && speakerOf(u, dl, lex, places);
    if (dl && dsp) return { cue, speaker: dsp, subjectStart: dl.a, final: false, after: cue.j };
    // "…, and criticized Z": the subject of the verb before speaks again.
    const and = coordinatedVerb(u, cue.i, lex);
    // "…, and criticized Z", but not "they were relieved but still worried.": a verb joined on with
    // nothing after it reports nothing (there it is an adjective).
    if (and !== undefined) {
      const nothingAfter = cue.j >= u.toks.length || (u.toks[cue.j].kind === TokenKind.Punct && !u.quoted[cue.j] && SENTENCE_END.has(u.toks[cue.j].text));
      // "The nominee outlined his plan and vowed to …": the subject opening the sentence, where one
      // stands before the first verb; else the speaker before (who spoke in the verb before "and").
      const subject = nothingAfter ? undefined : openingSubject(u, and, lex, places);
      return nothingAfter ? undefined : { cue, speaker: subject ?? { kind: 'previous' }, subjectStart: and, final: false, after: cue.j, coordinated: true };
    }
  }
  // "Politiet rykket ut og opplyste at …": a verb right after "og" shares the clause's subject.
  const shared = lang !== 'en' ? sharedSubject(u, cue, lex, places) : undefined;
  if (shared) return shared;
  // "Ordføreren i Stryn, Kari Nes, sier at …": the name between commas after a title speaks.
  const named = lang !== 'en' ? nameBetweenCommas(u, cue.i, lex, places) : undefined;
  if (named) return { cue, speaker: { kind: 'named', mentions: named.mentions }, subjectStart: named.subjectStart, final: false, after: cue.j };
  // "En undersøkelse fra Sørmåling, gjort på oppdrag fra avisen, viser at …": the subject stands before a participle's aside.
  const pAside = lang !== 'en' ? norwegianParticipleAside(u, cue.i) : undefined;
  const pl = pAside !== undefined ? phraseLeftOf(u, pAside, lex) : undefined;
  const psp = pl && speakerOf(u, pl, lex, places);
  if (pl && psp) return { cue, speaker: psp, subjectStart: pl.a, final: false, after: cue.j };
  // "En meningsmåling Sentio har utført for avisen, viser at …", "Ein fagrapport som X har laga,
  // konkluderer med at …": a document with a clause of its own.
  const shown = lang !== 'en' ? documentContactSubject(u, cue.i, lex, places, SHOWS.has(form?.lemma ?? '')) : undefined;
  if (shown) return { cue, speaker: shown.speaker, subjectStart: shown.start, final: false, after: cue.j, also: shown.document };
  // "et parti som sier nei til …", "Kari Nes, som leder utvalget, sier at …": the relative's antecedent speaks.
  const relative = lang !== 'en' ? relativeSubject(u, cue, lex, places) : undefined;
  if (relative !== undefined) return relative || undefined;
  // "Ekspertene Aftenposten har snakket med, mener at …": so does the noun before a relative clause without "som".
  const contact = lang !== 'en' ? contactClauseSubject(u, cue, lex, places) : undefined;
  if (contact) return contact;
  // Where the subject ends before the cue: read once, for "who", the share and the phrase alike.
  const subjectEnd = lang === 'en' ? subjectEndBeforeTime(u, cue.i, lex) : cue.modal ?? beforeAdverbials(u, cue.i);
  // "Mary Olsen, who said …": "who" speaks for the name before it, as "she" would; like a pronoun
  // it resolves to that name, which is not itself a mention of the source.
  const who = lang === 'en' ? relativeWho(u, cue.i, lex, subjectEnd) : undefined;
  if (who !== undefined) {
    const l = antecedentOfWho(u, phraseLeftOf(u, who, lex), lex, places);
    // ("the objections of neighbors who argue that …": a plural for people is an antecedent too, of a
    // "that" clause; "the members who voted no", "students who refuse" say which people they are.)
    const people = isEnglishPeopleNoun(u.lw[l?.head ?? l?.b ?? 0]) && lex.that.has(u.lw[cue.j] ?? '') && !u.quoted[cue.j];
    const sp = l && (speakerHead(u, l.head ?? l.b) || people) ? speakerOf(u, l, lex, places) : undefined;
    if (sp?.kind === 'named') return { cue, speaker: { ...sp, relative: true }, subjectStart: who + 1, final: false, after: cue.j };
  }
  // "Nearly eight in 10 voters said", "Most of them said": a share of a group speaks.
  const share = lang === 'en' ? shareSubject(u, cue.i, subjectEnd, lex) : undefined;
  // "Goldman Sachs raised its forecast": a noun cue after a possessive is the subject's, read before its verb.
  const owned = lang === 'en' && !share && cue.i >= 3 && POSSESSIVE_PRONOUNS.has(u.lw[cue.i - 1]) && u.toks[cue.i - 2].kind === TokenKind.Word
    && !u.quoted[cue.i - 2] && !lex.prepositions.has(u.lw[cue.i - 2]) && !lex.boundaries.has(u.lw[cue.i - 2]);
  let left = share ?? phraseLeftOf(u, owned ? cue.i - 2 : subjectEnd, lex);
  // "En annen passasjer, en kvinne i 30-årene fra Sogndal, sier …": an indefinite description between
  // commas says who the subject before it is; that subject speaks.
  if (lang !== 'en' && !share) {
    const open = descriptionAsideBefore(u, subjectEnd);
    const before = open !== undefined ? phraseLeftOf(u, open, lex) : undefined;
    if (before && speakerOf(u, before, lex, places)) left = before;
  }
  // "Den øvste valdomstolen, TSE, opplyser": a body's initials between commas restate it; the body speaks.
  if (!left && lang !== 'en' && subjectEnd >= 4 && u.toks[subjectEnd - 1].text === ',' && u.toks[subjectEnd - 3].text === ','
    && isAcronym(u.toks[subjectEnd - 2].text) && !u.quoted[subjectEnd - 2]) left = phraseLeftOf(u, subjectEnd - 3, lex);
  // "Ein rapport frå 2019 slo fast at": a year after a preposition dates the document before it.
  if (!left && lang !== 'en' && subjectEnd >= 3 && YEAR.test(u.toks[subjectEnd - 1].text) && lex.prepositions.has(u.lw[subjectEnd - 2]) && !u.quoted[subjectEnd - 2]) {
    const dated = phraseLeftOf(u, subjectEnd - 2, lex);
    if (dated && isDocumentNoun(u.lw[dated.b])) left = dated;
  }
  if (left && lang === 'en' && !share) left = afterSpeechVerb(u, left);
  // "… meiner bryggeriet har vist at": the verb of the clause before is no part of the subject.
  if (left && lang !== 'en' && !share && left.a < left.b && lex.verbs.has(u.lw[left.a]) && !isCapitalized(u.toks[left.a].text) && !u.quoted[left.a]) left = { ...left, a: left.a + 1 };
  // "Flere supportere har den siste uka krevd at …": a time phrase between the auxiliary and the
  // participle is no subject; the subject stands before the auxiliary.
  if (left && lang !== 'en' && !share && (TIME_NOUNS_NB.has(u.lw[left.b]) || TIME_PLURALS_NB.has(u.lw[left.b]))) {
    let k = left.a - 1;
    while (k >= 1 && TIME_ARTICLES_NB.has(u.lw[k]) && !u.quoted[k]) k--;
    if (k >= 1 && lex.perfect.has(u.lw[k]) && !u.quoted[k]) left = phraseLeftOf(u, k, lex) ?? left;
  }
  // "Miljøkonferansen i Johannesburg tidlegare dette året stadfesta …": a time phrase between the
  // subject and the verb is no subject; the subject stands before it.
  if (left && lang !== 'en' && !share) {
    const before = pastMidClauseTime(u, left, lex);
    if (before !== undefined) left = phraseLeftOf(u, before, lex) ?? left;
  }
  // "Ei utgreiing om skuletilbodet i Sunnfjord tilrår …": what a document is about is no speaker.
  if (left && lang !== 'en' && !share) left = documentBeforeTopic(u, left, lex) ?? left;
  // "Landsforeningen for migrene og hodepine frykter …": a body's whole name opens the sentence.
  if (lang !== 'en' && !share) left = institutionSubject(u, subjectEnd, lex) ?? left;
  // "Ein pensjonist som bur like ved skredløpet seier …": a restrictive relative clause with no comma
  // after it runs from the sentence's opening noun to the cue; that noun speaks.
  if (lang !== 'en' && !share && u.toks[cue.i - 1]?.text !== ',') {
    const som = openingRelative(u, cue.i);
    const ante = som !== undefined && (!left || left.a > som) ? phraseLeftOf(u, som, lex) : undefined;
    const s0 = som !== undefined ? sentenceStartOf(u, som) : -1;
    // (Its indefinite article may be left out by the phrase reader: "Ein pensjonist".)
    const opens = ante && (ante.a === s0 || (ante.a === s0 + 1 && INDEFINITE.has(u.lw[s0])));
    const head = ante ? u.lw[ante.head ?? ante.b] : '';
    if (ante && opens && (speakerHead(u, ante.head ?? ante.b) || speakerNoun(head))) left = { ...ante, a: s0 };
  }
  // "Ein tidlegare tilsett ved anlegget, som ikkje vil stå fram med namn, fortel …": the subject
  // stands before a relative clause about it.
  if (!left && lang !== 'en' && !share) {
    const rel = pastRelativeClause(u, cue.i);
    if (rel < cue.i) left = phraseLeftOf(u, rel, lex);
    else {
      // "Ei kvinne som var med i følgjet, forklarte …": a restrictive one, ended by its comma (a
      // noun relativeSubject turns away as no speaker, read as any subject is). One with no comma
      // was tried above, of a noun that may speak.
      const som = u.toks[cue.i - 1]?.text === ',' ? openingRelative(u, cue.i) : undefined;
      if (som !== undefined) left = phraseLeftOf(u, som, lex);
    }
  }
  // "Residents who live near the plant said …": a restrictive relative clause between the subject
  // and the cue; the noun before "who" speaks.
  if (lang === 'en' && !share) {
    const rel = restrictiveRelativeBefore(u, cue.i);
    const ante = rel !== undefined && (!left || left.a > rel) ? phraseLeftOf(u, rel, lex) : undefined;
    if (ante && (speakerHead(u, ante.head ?? ante.b) || isEnglishPeopleNoun(u.lw[ante.head ?? ante.b])) && (ante.a === 0 || isOpenerTok(u, ante.a - 1) || u.sentenceStarts.has(ante.a) || lex.that.has(u.lw[ante.a - 1]))) left = ante;
  }
  // "Flere sykepleiere avisen har snakket med, sier at …": a clause without "som" that ends on its
  // preposition stands between the subject opening the sentence and the verb.
  if (!left && lang !== 'en' && cue.i >= 5 && u.toks[cue.i - 1].text === ',' && lex.prepositions.has(u.lw[cue.i - 2]) && !u.quoted[cue.i - 2]) {
    const s0 = sentenceStartOf(u, cue.i);
    // The subject: up to three words, the last a noun for people ("Flere sykepleiere", "De ansatte").
    let head = s0;
    while (head < s0 + 3 && head < cue.i && u.toks[head].kind === TokenKind.Word && !u.quoted[head] && !speakerNoun(u.lw[head]) && !lex.verbs.has(u.lw[head]) && !lex.auxiliaries.has(u.lw[head])) head++;
    if (head + 3 < cue.i && speakerNoun(u.lw[head]) && !u.quoted[head] && u.toks[head + 1].kind === TokenKind.Word && !lex.prepositions.has(u.lw[head + 1])) left = { a: s0, b: head };
  }
  // "Kari Nes skal ha sagt at …": hearsay; the subject stands before the modal.
  if (!left && lang !== 'en' && cue.i >= 3 && u.lw[cue.i - 1] === 'ha' && lex.auxiliaries.has(u.lw[cue.i - 2])) left = phraseLeftOf(u, cue.i - 2, lex);
  // "The mayor would not say whether …", "She will say only that …": the subject stands before the modal.
  if (!left && lang === 'en') {
    let k = cue.i - 1;
    while (k > 0 && (u.lw[k] === 'not' || lex.adverbs.has(u.lw[k])) && !u.quoted[k]) k--;
    if (k > 0 && EN_MODALS.has(u.lw[k]) && !u.quoted[k] && EN_INVERTING.has(u.lw[cue.i])) left = phraseLeftOf(u, k, lex);
  }
  // "after Trump attacked her": English "after" also opens a clause with its own subject.
  const clauseSubject = lang === 'en' && left !== undefined && left.a > 0 && EN_CLAUSE_PREPOSITIONS.has(u.lw[left.a - 1]);
  // "I et åpent brev skriver …": the article and adjectives the phrase reader left out still follow the preposition.
  if (left && lang !== 'en') left = withArticleAfterPreposition(u, left, lex);
  // "I eit brev til Statens vegvesen og Vestland fylkeskommune skriv …": a coordination after a
  // preposition is all its object.
  if (left && lang !== 'en' && !share && left.a >= 3 && COORDINATORS.has(u.lw[left.a - 1]) && !u.quoted[left.a - 1]) {
    const first = phraseLeftOf(u, left.a - 1, lex);
    if (first && first.a > 0 && lex.prepositions.has(u.lw[first.a - 1]) && !u.quoted[first.a - 1]) left = { ...left, a: first.a };
  }
  if (left && !share && !clauseSubject && left.a > 0 && lex.prepositions.has(u.lw[left.a - 1])) {
    const prep = left.a - 1;
    const aux = auxiliaryBefore(u, cue.i, lex);
    const np = lang !== 'en' ? nounBeforePreposition(u, prep, lex) : undefined;
    let chained: { a: number; head: number } | undefined;
    if (prep >= 1 && (prep === 1 || isOpenerTok(u, prep - 2) || (lang !== 'en' && clauseOpener(u, prep - 2, lex))) && u.toks[prep - 1].kind === TokenKind.Word && !lex.prepositions.has(u.lw[prep - 1]) && !TIME_WORDS.has(u.lw[left.b])) {
      // "Flertallet av Høyre-velgerne mener": a subject with its prepositional part (and the head of
      // what follows it: "Mange av bøndene i Valdres" are people of a place, not the place).
      left = left.head !== undefined ? { a: prep - 1, b: left.b, head: left.head } : { a: prep - 1, b: left.b };
    } else if (np !== undefined && !TIME_WORDS.has(u.lw[left.b])) {
      // "En ny undersøkelse fra SSB viser", "Målingen utført av Norstat viser": so with an article or
      // a participle; the document speaks, with who made it or where it was published.
      left = { a: np, b: left.b, head: prep - 1 };
    } else if (lang !== 'en' && (chained = describedSubject(u, prep, lex)) !== undefined) {
      // "En kilde med god kjennskap til styret sier": someone described by what follows the noun.
      left = { a: chained.a, b: left.b, head: chained.head };
    } else if (lang !== 'en' && aux !== undefined && invertedNounBefore(u, aux, prep, lex)) {
      // "Nå har en rapport fra konsulentselskapet slått fast at": the subject after the auxiliary,
      // with what follows the preposition its part.
      left = { a: aux + 1, b: left.b, head: prep - 1 };
    } else if (aux !== undefined && aux < left.a) {
      // "Kvinna har i avhør fortalt at": the subject stands before the auxiliary.
      left = phraseLeftOf(u, aux, lex);
    } else if (lang === 'en') {
      // "A report in a local paper said", "Some advocates for the plan said": the subject's noun
      // phrase goes on into a prepositional phrase, opening its clause.
      left = subjectWithPreposition(u, prep, left, lex);
    } else {
      // "… på Utøya i sommer sa han": a phrase after a preposition is an adverbial, not the subject;
      // "at Erna Solberg på landsmøtet i mai åpnet for …": the subject may stand before the adverbials.
      left = subjectBeforeAdverbials(u, prep, lex);
    }
  }
  // "Disse tallene mener jeg er …", "Det tror hun ikke": a fronted demonstrative is the object; the pronoun after the verb speaks.
  // ("Det nivået synest eg …": the phrase reader may leave the demonstrative out.)
  const frontedObject = left !== undefined && lang !== 'en' && (FRONTED_OBJECT.has(u.lw[left.a]) || (left.a > 0 && DEMONSTRATIVES.has(u.lw[left.a - 1]) && !u.quoted[left.a - 1]))
    && cue.j < n && lex.personPronouns.has(u.lw[cue.j]);
  if (frontedObject) left = undefined;
  // "Etterpå sa han at …", "Deretter forklarte hun: …": a subject pronoun right after the verb, and
  // the report going on, is the subject; the one word before the verb was a fronted adverb.
  if (left !== undefined && lang !== 'en' && left.a === left.b && isOpenerTok(u, left.a - 1) && invertedPronoun(u, cue.j, lex)) left = undefined;
  // "Rett nok seier Gross også at …", "Heilt til slutt seier Kari Nes at …": a fronted adverbial of
  // common words (capitalised only as the sentence's first) with no word for who may speak, and a
  // name after the verb with the report going on: the name is the inverted subject.
  if (left !== undefined && lang !== 'en' && left.b > left.a && isOpenerTok(u, left.a - 1) && frontedAdverbial(u, left) && invertedName(u, cue.j, lex)) left = undefined;
  // "Tidligere denne måneden meldte NRK Sørlandet at …": a fronted time phrase is no subject; the verb inverts.
  // So is "Seinare på natta", "Tidleg på morgonen": a time noun after a preposition ending it.
  if (left !== undefined && lang !== 'en' && (timePhrase(u, left) || (TIME_NOUNS_NB.has(u.lw[left.b]) && left.b - left.a <= 3 && lex.prepositions.has(u.lw[left.b - 1])))) left = undefined;
  // "Allerede i juni advarte Statsforvalteren …": an adverb and a prepositional phrase are fronted too.
  if (left !== undefined && lang !== 'en' && left.b > left.a && lex.adverbs.has(u.lw[left.a]) && lex.prepositions.has(u.lw[left.a + 1]) && !u.quoted[left.a]) left = undefined;
  const leftSpeaker = share ? groupSpeaker(u, share) : left ? speakerOf(u, left, lex, places) : undefined;
  // "Fordømmer pågripelsen av statsministeren": a headline drops its subject; what follows the verb is its object.
  // ("Nekta for naustbrannen: – Eg var heime og sov" quotes after its colon: the quotation is the claim.)
  if (lang !== 'en' && cue.i === 0 && !leftSpeaker && isCapitalized(u.toks[0].text) && headlineUnit(u) && !colonQuotation(u)) {
    return { cue, speaker: { kind: 'quote', whole: true, headline: true }, subjectStart: 0, final: false, after: cue.j };
  }
  // "A 2014 study by a law professor found …": the document heading a long subject reports.
  const doc = lang === 'en' && !leftSpeaker ? documentHeadsSubject(u, cue.i, lex) : undefined;
  // ("A study … found": the document heading the subject is the source, not one standing for its issuer.)
  const docMentions = doc ? readPhrase(u, doc.a, doc.b, lex, places) : undefined;
  const docSpeaker: Speaker | undefined = docMentions?.length ? { kind: 'named', mentions: docMentions } : undefined;
  if (doc && docSpeaker) return { cue, speaker: docSpeaker, subjectStart: doc.a, final: false, after: cue.j };
  // "Teachers' unions said …": an apostrophe glued to a plural is its possessive, not a closing quotation mark.
  const beforeLeft = left && left.a > 0 && !possessiveApostrophe(u, left.a - 1) ? u.toks[left.a - 1].text : '';
  // ", sa X." or "«…», sier X til NTB." — the speaker follows the cue.
  // English puts the speaker after only a few verbs ('"…," said X'); after "told" stands the listener.
  // "har skrevet memoarer": a participle's subject stands before it ("har hun sagt"), never after.
  // (Nor an infinitive after a modal: its subject stands before the modal.)
  const inverts = (lang !== 'en' || EN_INVERTING.has(u.lw[cue.i])) && !(lang !== 'en' && form?.participle) && cue.modal === undefined;
  // "Jane Doe (D-Mass.) said …": in English a closing parenthesis after the subject closes a tag, not content.
  const closed = CLOSERS.has(prevTok) && !(prevTok === ')' && leftSpeaker);
  // "kalte Clinton en «rar dame»": after a verb of naming stands what is named; its speaker comes
  // after it only as the subject of "seg" ("Selv kaller Espen seg «Ironman»").
  const names = lang !== 'en' && form?.quotation === true && !namerAfter(u, cue.j, lex);
  // A subject found between the verb and its particle ("Tidlig mandag kom retten fram til at") is the speaker.
  // ("sju av ti regner med å gå i minus": an infinitive right after the cue is what is intended, never its subject.)
  const infinitiveAfter = lang !== 'en' && u.lw[cue.j] === 'å' && !u.quoted[cue.j];
  if (inverts && !names && !infinitiveAfter && (closed || cue.i === 0 || cue.particle !== undefined || (!leftSpeaker && !thatFollowsImmediately(u, cue.j, lex)))) {
    // "skreiv den avtroppande ordføraren at …": the article before an adjective (its definite form
    // ends in -e) opens the subject; "hevder de driver …" is a pronoun and its verb.
    const article = lang !== 'en' && ADJECTIVE_ARTICLES.has(u.lw[cue.j]) && cue.j + 2 < u.toks.length && u.toks[cue.j + 1].kind === TokenKind.Word
      && !isCapitalized(u.toks[cue.j + 1].text) && u.lw[cue.j + 1].endsWith('e') && !lex.verbs.has(u.lw[cue.j + 1]) && !lex.that.has(u.lw[cue.j + 1]);
    // Between a verb and its particle the subject is all there is ("slo Hålogaland lagmannsrett fast").
    let r: PhraseSpan | undefined = cue.particle !== undefined && cue.particle > cue.j ? { a: cue.j, b: cue.particle - 1 } : phraseRightOf(u, cue.j, lex);
    const afterArticle = article ? phraseRightOf(u, cue.j + 1, lex) : undefined;
    if (afterArticle && speakerOf(u, afterArticle, lex, places)) r = afterArticle;
    if (r && lang !== 'en') r = withAffiliation(u, r, lex);
    if (r && lang === 'en') r = titleRunToName(u, r, lex);
    // The subject ends before a particle after it ("Det slo retten fast.").
    if (r && cue.particle !== undefined && r.b >= cue.particle) r = cue.particle > r.a ? { a: r.a, b: cue.particle - 1 } : undefined;
    // "Den minste spør hver morgen om …": a time after the verb is no subject.
    if (r && lang !== 'en' && timePhrase(u, r)) r = undefined;
    // "…, tror renten vil stige": a phrase followed by a verb is what is believed, not who believes it.
    const verbAfter = r !== undefined && r.b + 1 < u.toks.length && lex.auxiliaries.has(u.lw[r.b + 1]) && !frontedObject;
    const app = r && !verbAfter ? apposition(u, r, lex, places) : undefined;
    if (app) {
      const final = CLOSERS.has(prevTok) && !thatFollows(u, app.after, lex);
      return { cue, speaker: { kind: 'named', mentions: app.mentions }, subjectStart: r!.a, final, after: app.after };
    }
    const rightSpeaker = r && !verbAfter ? speakerOf(u, r, lex, places) : undefined;
    if (rightSpeaker) {
      // '"…," said Tom Baker when asked about it': after a quotation the inverted speaker's clause reports nothing new.
      // ("…, sier X og legger til at …": the "at" is the next verb's.)
      // ("«…», skriver retten, som mener at …": the "at" of a relative clause after the speaker is that clause's.)
      // ("I budsjettforslaget …, foreslår han å legge ned …": an infinitive after the speaker is what is proposed.)
      const final = CLOSERS.has(prevTok) && (lang === 'en' ? nothingReportedAfter(u, r!.b + 1, lex) || quoteThenAttribution(u, cue.i, r!.b + 1, lex)
        : (!thatFollows(u, r!.b + 1, lex) && u.lw[r!.b + 1] !== 'å') || coordinatedCueAfter(u, r!.b + 1, lex) || relativeAfter(u, r!.b + 1));
      return { cue, speaker: rightSpeaker, subjectStart: r!.a, final, after: r!.b + 1 };
    }
    if (!leftSpeaker) return undefined;
  }
  if (leftSpeaker) {
    // "…, he said." — a bare subject right after a comma with nothing reported after the cue;
    // not "…, a claim Kyiv denied", where the phrase holds more than the speaker.
    // A share of those polled answers a question; it never closes a quotation.
    const final = lang === 'en'
      ? !share && CLOSERS.has(beforeLeft) && left!.a > 1 && quotationEnded(u, left!.a - 1) && (nothingReportedAfter(u, cue.j, lex) || quoteThenAttribution(u, left!.a, cue.j, lex)) && (beforeLeft !== ',' || bareSpeaker(u, left!.a, leftSpeaker, lex))
      : CLOSERS.has(beforeLeft) && !thatFollows(u, cue.j, lex) && left!.a > 1 && bareSpeaker(u, left!.a, leftSpeaker, lex) && !(beforeLeft === ':' && sectionLabel(u, left!.a - 1));
    return { cue, speaker: leftSpeaker, subjectStart: left!.a, final, after: cue.j };
  }
  // Inverted order after a fronted adverbial: "I går sa statsministeren at …".
  if (!inverts || names) return undefined;
  const r = phraseRightOf(u, cue.j, lex);
  const app = r ? apposition(u, r, lex, places) : undefined;
  if (app) return { cue, speaker: { kind: 'named', mentions: app.mentions }, subjectStart: r!.a, final: false, after: app.after };
  const rightSpeaker = r ? speakerOf(u, r, lex, places) : undefined;
  if (rightSpeaker) return { cue, speaker: rightSpeaker, subjectStart: r!.a, final: false, after: r!.b + 1 };
  return undefined;
}

/** Past "(Ap)" or "(45)" at k, else k. */
function pastShortParenthesis(u: Unit, k: number): number {
  return k + 2 < u.toks.length && u.toks[k].text === '(' && u.toks[k + 2].text === ')' && !u.quoted[k] ? k + 3 : k;
}


/** "En meningsmåling Sentio har utført for Sunnmørsposten viser at …", "Ei spørjeundersøking forbundet
 *  gjorde blant medlemene, viser at …": a sentence opening on a document noun, then a clause without
 *  "som" whose subject is a name or a definite noun, then the cue. Who made the document speaks
 *  through it (as NorNE reads it); the document is named as a source too. A cue other than one of
 *  showing (`shows`) reads so only where the clause says the subject made it ("har laga"). */
function documentContactSubject(u: Unit, cueI: number, lex: Lexicon, places: PlaceLookup, shows: boolean): { speaker: Speaker; start: number; document: Mention[] } | undefined {
  const s0 = sentenceStartOf(u, cueI);
  let d = s0;
  if (INDEFINITE.has(u.lw[d]) || ADJECTIVE_ARTICLES.has(u.lw[d])) d++;
  // An adjective before the noun: "En ny måling".
  if (!isDocumentNoun(u.lw[d]) && u.toks[d].kind === TokenKind.Word && !isName(u, d)) d++;
  if (d >= cueI - 3 || !isDocumentNoun(u.lw[d]) || u.quoted[d]) return undefined;
  // ("En fersk undersøkelse som Norstat har gjort for banken, viser": with "som" too, after a
  // short phrase of what it is about and a comma too: "En ny undersøkelse blant innbyggerne, som …".)
  let rel = d + 1;
  if (!RELATIVE_SOM.has(u.lw[rel]) && lex.prepositions.has(u.lw[rel])) {
    for (let k = rel + 1; k < rel + 6 && k + 1 < cueI && !u.quoted[k]; k++) {
      if (u.toks[k].text === ',') { if (RELATIVE_SOM.has(u.lw[k + 1])) rel = k + 1; break; }
      if (u.toks[k].kind === TokenKind.Punct) break;
    }
  }
  const subject = RELATIVE_SOM.has(u.lw[rel]) && !u.quoted[rel] ? rel + 1 : d + 1;
  if (!(isName(u, subject) || /(?:en|et|a|i|ene|ane)$/.test(u.lw[subject])) || isPronoun(lex, u.lw[subject])) return undefined;
  let end = cueI;
  if (u.toks[end - 1].text === ',') end--;
  if (end - subject < 2 || end - subject > 12) return undefined;
  let verb = -1;
  for (let k = subject; k < end; k++) {
    // ("… har gjort blant sine rundt 800 medlemmer": a number in the clause.)
    // ("Berge & Vatne": an ampersand inside a name.)
    if (u.quoted[k] || (u.toks[k].kind !== TokenKind.Word && u.toks[k].kind !== TokenKind.Number && !ampersand(u, k)) || lex.that.has(u.lw[k]) || lex.relatives.has(u.lw[k])) return undefined;
    // (Not a name ending like a past tense: "Respondia".)
    if (verb < 0 && k > subject && !isName(u, k) && (lex.auxiliaries.has(u.lw[k]) || NORWEGIAN_FINITE_AUX.has(u.lw[k]) || /(?:te|de|et|a)$/.test(u.lw[k]))) verb = k;
  }
  if (verb < 0) return undefined;
  // What a document shows, whoever had it made; what it concludes or finds, only of one who made it
  // ("Ein rapport som NVE bestilte, konkluderer med at …" is the report's).
  if (!shows) {
    const made = (lex.auxiliaries.has(u.lw[verb]) || NORWEGIAN_FINITE_AUX.has(u.lw[verb])) && verb + 1 < end ? verb + 1 : verb;
    if (!MADE.has(u.lw[made]) || HAD_MADE.has(u.lw[made - 1])) return undefined;
  }
  const read = phraseRightOf(u, subject, lex);
  // The clause's verb ends the maker's phrase ("forbundet gjorde …"); a name up to the verb is part
  // of it ("analyseselskapet Respondia har gjort", "konsulentselskapet Berge & Vatne har laga").
  let to = read ? Math.min(read.b, verb - 1) : -1;
  while (read && to + 1 < verb && (isName(u, to + 1) || ampersand(u, to + 1))) to++;
  const maker = read && { a: read.a, b: to };
  const sp = maker && maker.b >= maker.a ? speakerOf(u, maker, lex, places) : undefined;
  const doc = speakerOf(u, { a: s0, b: d }, lex, places);
  if (sp?.kind !== 'named' || doc?.kind !== 'named') return undefined;
  return { speaker: sp, start: s0, document: doc.mentions };
}

// "denne måneden", "forrige uke", "neste år": a time, never a speaker.
const TIME_DETERMINERS_NB = new Set(['en', 'én', 'ein', 'éin', 'ei', 'ett', 'eitt', 'denne', 'dette', 'forrige', 'førre', 'neste', 'sist', 'siste', 'same', 'samme', 'hver', 'hvert', 'kvar', 'kvart']);
const TIME_NOUNS_NB = new Set([
  'måneden', 'månaden', 'måned', 'månad', 'uke', 'uka', 'uken', 'veka', 'år', 'året', 'helg', 'helga', 'helgen', 'høst', 'haust', 'vår',
  'sommer', 'sommar', 'vinter', 'høsten', 'hausten', 'våren', 'sommeren', 'sommaren', 'vinteren', 'kvelden', 'morgenen', 'dag', 'dagen',
  'natt', 'natta', 'natten', 'tiden', 'tida', 'morgonen', 'ettermiddagen', 'formiddagen', 'morgen', 'morgon', 'kveld',
  'kvelden', 'gang', 'gong', 'ettermiddag', 'formiddag',
]);

/** "denne måneden", "hver morgen": a determiner and a time noun. */
function timePhrase(u: Unit, r: PhraseSpan): boolean {
  return r.b === r.a + 1 && TIME_DETERMINERS_NB.has(u.lw[r.a]) && TIME_NOUNS_NB.has(u.lw[r.b]);
}

/** Where the words before a time phrase ("dette året", "tidlegare denne veka") end, when that phrase is
 *  the subject phrase read before the verb and more of its clause stands before it; else undefined. */
function pastMidClauseTime(u: Unit, r: PhraseSpan, lex: Lexicon): number | undefined {
  let a = r.a;
  // (The phrase reader may leave the determiner out: "dette året" read as "året".)
  if (r.a === r.b && a > 0 && TIME_DETERMINERS_NB.has(u.lw[a - 1]) && !u.quoted[a - 1]) a--;
  if (!timePhrase(u, { a, b: r.b })) return undefined;
  while (a > 0 && lex.adverbs.has(u.lw[a - 1]) && !u.quoted[a - 1]) a--;
  return a > 0 && !u.sentenceStarts.has(a) && u.toks[a - 1].kind === TokenKind.Word && !u.quoted[a - 1] ? a : undefined;
}

const TIME_PLURALS_NB = new Set(['årene', 'åra', 'dagene', 'dagane', 'ukene', 'ukane', 'vekene', 'månedene', 'månadene', 'timene', 'timane']);
const TIME_ARTICLES_NB = new Set(['den', 'de', 'dei', 'det', 'denne', 'dette', 'disse', 'desse']);

// Words of a Norwegian time phrase ("i fleire år", "frå i haust", "for tre år sidan", "same morgon"),
// the particle "fra"/"frå" of "melde frå" among them; and which of them name a time.
const NB_TIME_NOUNS = new Set([...TIME_NOUNS_NB, 'fjor', 'dager', 'dagar', 'uker', 'veke', 'veker', 'måneder', 'månader', 'går', 'lenge',
  'gonger', 'ganger', ...NO_MONTHS.keys(), ...NO_WEEKDAY_NAMES.map(([name]) => name)]);
const NB_TIME_AFTER = new Set([...NB_TIME_NOUNS, 'i', 'for', 'fra', 'frå', 'om', 'siden', 'sidan', 'samme', 'same', 'den', 'det', 'denne', 'dette', 'flere',
  'fleire', 'mange', 'noen', 'nokre', 'to', 'tre', 'fire', 'fem', 'ti', 'forrige', 'førre', 'tidligere', 'tidlegare', 'allerede', 'allereie',
  'alt', 'igjen', 'att']);

/** The cue at i follows a demonstrative opening its sentence ("Det opplyser X", "Slik fortel X"). */
function pointsBack(u: Unit, i: number): boolean {
  const s0 = sentenceStartOf(u, i);
  return i === s0 + 1 && REFERS_BACK.has(u.lw[s0]) && !u.quoted[s0];
}

/** From k to the end of its sentence there are only words of a time phrase, one naming a time among
 *  them ("i fleire år"), or where it was said ("Advarte i brev", "Advarte i egen rapport"). */
function onlyTimeAfterNorwegian(u: Unit, k: number): boolean {
  let end = k;
  while (end < u.toks.length && !u.sentenceStarts.has(end) && u.toks[end].kind !== TokenKind.Punct) {
    if (u.quoted[end]) return false;
    end++;
  }
  if (end === k || (end < u.toks.length && !u.sentenceStarts.has(end) && !(u.toks[end].text === '.' || u.toks[end].text === '!'))) return false;
  // "i (en, egen) brev": a text after "i" and at most two determiners.
  if (u.lw[k] === 'i' && end - k >= 2 && end - k <= 4 && isDocumentNoun(u.lw[end - 1])) {
    let ok = true;
    for (let m = k + 1; m < end - 1; m++) ok &&= DOC_DETERMINERS.has(u.lw[m]);
    if (ok) return true;
  }
  let time = false;
  for (let m = k; m < end; m++) {
    if (u.toks[m].kind !== TokenKind.Number && !NB_TIME_AFTER.has(u.lw[m])) return false;
    time ||= NB_TIME_NOUNS.has(u.lw[m]);
  }
  return time;
}
const DOC_DETERMINERS = new Set(['en', 'ei', 'et', 'eit', 'ein', 'egen', 'eige', 'eget', 'eigen', 'eiga', 'sin', 'sitt', 'si', 'nytt', 'ny', 'nye']);

/** "Strid: Raymond Johansen mener …": a label of a few words opening the sentence before the colon
 *  at `colon` heads what follows; it is not what the speaker after it said. */
function sectionLabel(u: Unit, colon: number): boolean {
  const s0 = sentenceStartOf(u, colon);
  if (colon - s0 < 1 || colon - s0 > 4) return false;
  for (let k = s0; k < colon; k++) if (u.toks[k].kind !== TokenKind.Word || u.quoted[k]) return false;
  return true;
}

/**
 * The start of the noun the preposition at `prep` hangs on, where that noun opens the sentence
 * behind an article and an adjective ("En ny undersøkelse fra"), or has a participle after it
 * ("Målingen utført av", "En studie publisert i").
 */
function nounBeforePreposition(u: Unit, prep: number, lex: Lexicon): number | undefined {
  const s0 = subjectStartOf(u, prep);
  const words = prep - s0;
  if (words < 2 || words > 4) return undefined;
  const last = u.lw[prep - 1];
  const participle = last.length > 4 && /(?:ert|et|t)$/.test(last) && u.toks[prep - 1].text === last && isDocumentNoun(u.lw[prep - 2].replace(/(?:en|et|a|ene)$/, ''));
  // (The participle may be a cue's too: "gjort" of "gjort det klart", in "En måling gjort for avisen".)
  for (let k = s0; k < prep; k++) {
    if (u.quoted[k] || u.toks[k].kind !== TokenKind.Word || lex.prepositions.has(u.lw[k]) || (lex.verbs.has(u.lw[k]) && !(participle && k === prep - 1))) return undefined;
  }
  const article = words <= 3 && lex.quantifiers.has(u.lw[s0]) && isDocumentNoun(last);
  // "Nye tall fra SSB viser", "Ferske tal frå Helse Bergen viser": an adjective and a plural text, no article.
  const bare = words === 2 && (isDocumentNoun(last) || FIGURES.has(last));
  return participle || article || bare ? s0 : undefined;
}

/**
 * "En kilde med god kjennskap til styret", "Ei kvinne frå bygda": an indefinite noun for someone
 * who may speak (or a text), opening the sentence, with prepositional phrases after it that
 * end at the phrase before the preposition at `prep`. Returns where it starts and its noun.
 */
function describedSubject(u: Unit, prep: number, lex: Lexicon): { a: number; head: number } | undefined {
  const s0 = subjectStartOf(u, prep);
  let p = prep;
  // "Flere beboere langs elva sier": a count of people is as indefinite as an article.
  const opens = INDEFINITE.has(u.lw[s0]) || SOME_OF.has(u.lw[s0]);
  for (let hops = 0; hops < 5; hops++) {
    if (p - 2 < s0 || u.quoted[p]) return undefined;
    if (p - 2 === s0) return opens && describable(u.lw[p - 1]) && !u.quoted[p - 1] ? { a: s0, head: p - 1 } : undefined;
    // "frå i fjor": two prepositions in a row.
    if (lex.prepositions.has(u.lw[p - 1]) && !u.quoted[p - 1]) { p--; continue; }
    const inner = phraseLeftOf(u, p, lex, s0);
    if (!inner || inner.b !== p - 1) return undefined;
    // The phrase reader may have taken the article in.
    if (inner.a <= s0) return opens && describable(u.lw[inner.b]) && !u.quoted[inner.b] ? { a: s0, head: inner.b } : undefined;
    // "Ei fersk spørjeundersøking blant kommunelegar i Telemark viser": an adjective or two after the article.
    if (inner.a - s0 <= 3 && INDEFINITE.has(u.lw[s0]) && describable(u.lw[inner.b]) && !u.quoted[inner.b] && plainWords(u, s0 + 1, inner.a, lex)) return { a: s0, head: inner.b };
    if (!lex.prepositions.has(u.lw[inner.a - 1])) return undefined;
    p = inner.a - 1;
  }
  return undefined;
}

/** "Landsforeningen for migrene og hodepine", "FNs kontor for koordinering av humanitær innsats
 *  (OCHA)": a body's word opening the sentence (after a genitive, "FNs kontor"), then a preposition
 *  and lower-case words, "og" among them, up to the verb at `end`: the body's name, as a subject. */
function institutionSubject(u: Unit, end: number, lex: Lexicon): PhraseSpan | undefined {
  const s0 = sentenceStartOf(u, end);
  let head = s0;
  if (head + 1 < end && isCapitalized(u.toks[head].text) && u.lw[head].endsWith('s') && !isCapitalized(u.toks[head + 1].text)) head++;
  if (!(isOrgTail(u.lw[head]) || isOrgName(u.lw[head])) || !isCapitalized(u.toks[s0].text) || u.quoted[head] || !lex.prepositions.has(u.lw[head + 1])) return undefined;
  // Up to initials in parentheses right before the verb.
  let b = end - 1;
  if (b - 2 > head && initialsAt(u.toks, b - 2)) b -= 3;
  if (b - head < 2 || b - head > 8) return undefined;
  for (let k = head + 2; k <= b; k++) {
    if (u.toks[k].kind !== TokenKind.Word || u.quoted[k] || isCapitalized(u.toks[k].text) || lex.verbs.has(u.lw[k]) || lex.that.has(u.lw[k]) || lex.auxiliaries.has(u.lw[k])) return undefined;
  }
  return { a: s0, b };
}

/** "En rapport om skolene i Bergen", "Rapporten om ulykka": a document opening the sentence, then
 *  "om" and its topic (the phrase `left`): the document, up to its noun. */
function documentBeforeTopic(u: Unit, left: PhraseSpan, lex: Lexicon): PhraseSpan | undefined {
  // Back over the topic's own prepositional phrases ("om skolene i Bergen") to "om".
  let om = left.a - 1;
  while (om >= 2 && left.a - om <= 6 && u.lw[om] !== 'om' && u.toks[om].kind === TokenKind.Word && !u.quoted[om] && !lex.verbs.has(u.lw[om])) om--;
  if (om < 1 || u.lw[om] !== 'om' || u.quoted[om] || !isDocumentNoun(u.lw[om - 1]) || u.quoted[om - 1]) return undefined;
  const s0 = sentenceStartOf(u, om);
  // An article and up to two adjectives before the noun ("Ei ny utgreiing om …").
  if (om - 1 - s0 > 3 || !plainWords(u, s0 + 1, om - 1, lex) || !(om - 1 === s0 || lex.quantifiers.has(u.lw[s0]) || ADJECTIVE_ARTICLES.has(u.lw[s0]))) return undefined;
  return { a: s0, b: om - 1 };
}

/** The phrase from its indefinite article when up to two lower-case words (adjectives) stand between
 *  them and a preposition stands before the article ("I et åpent brev"); else the phrase as it is. */
function withArticleAfterPreposition(u: Unit, left: PhraseSpan, lex: Lexicon): PhraseSpan {
  for (let k = left.a - 1; k >= 1 && k >= left.a - 3; k--) {
    if (INDEFINITE.has(u.lw[k]) && !u.quoted[k]) return lex.prepositions.has(u.lw[k - 1]) && plainWords(u, k + 1, left.a, lex) ? { ...left, a: k } : left;
  }
  return left;
}

/** Tokens [from, to) are lower-case words, none a verb or preposition. */
function plainWords(u: Unit, from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k < to; k++) {
    if (u.toks[k].kind !== TokenKind.Word || u.quoted[k] || isCapitalized(u.toks[k].text) || lex.verbs.has(u.lw[k]) || lex.prepositions.has(u.lw[k])) return false;
  }
  return true;
}

/** "har ikke bekreftet", "bekrefter ikke": a negation in the verb group of the cue. */
function negatedCue(u: Unit, cue: Cue, lo: number): boolean {
  for (let k = Math.max(lo, cue.i - 3); k < cue.i; k++) if (NEGATIONS.has(u.lw[k]) && !u.quoted[k]) return true;
  return cue.j < u.toks.length && NEGATIONS.has(u.lw[cue.j]) && !u.quoted[cue.j];
}

/** Tokens [from, to) are a short noun phrase and its full stop: no clause, quotation or comma. */
function thingOnly(u: Unit, from: number, to: number, lex: Lexicon): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = u.toks[k];
    if (u.quoted[k]) return false;
    if (t.kind === TokenKind.Punct) { if (k === to - 1 && (t.text === '.' || t.text === '!')) continue; return false; }
    if (lex.that.has(u.lw[k]) || lex.verbs.has(u.lw[k]) || lex.auxiliaries.has(u.lw[k]) || ++words > 4) return false;
  }
  return words > 0;
}

/** Words counting people indefinitely ("flere beboere", "mange foreldre"). */
const SOME_OF = new Set(['flere', 'fleire', 'mange', 'noen', 'nokre', 'enkelte', 'somme']);

/** A noun for someone who may speak, or for a text that may ("undersøking", "rapport"). */
function describable(w: string): boolean {
  // ("Flere bedrifter langs elva frykter": bodies speak as people do.)
  // ("Ein grunneigar ved vassdraget meiner": after an article, one of a group is a person.)
  return speakerNoun(w) || isDocumentNoun(w) || isOrgNoun(w) || isGroupMember(w);
}

/** ", og legger til", "og fortsetter:": a second reporting verb of the same speaker at k. */
function coordinatedCueAfter(u: Unit, k: number, lex: Lexicon): boolean {
  if (u.toks[k]?.text === ',') k++;
  return k + 1 < u.toks.length && (u.lw[k] === 'og' || u.lw[k] === 'men') && !u.quoted[k] && lex.verbs.has(u.lw[k + 1]);
}

/** Object pronouns after "ifølge", by the subject form that speaks ("ifølge ham" is "han"). */
const OBJECT_PRONOUNS: Record<string, string | undefined> = { ham: 'han', han: 'han', henne: 'hun', ho: 'ho', dem: 'de', dei: 'dei' };

/** "according to him", "according to them", "according to her," (not "according to her lawyer"):
 *  the subject form that speaks. */
function englishObjectPronoun(u: Unit, k: number): string | undefined {
  const w = u.lw[k];
  if (w === 'him') return 'he';
  if (w === 'them') return 'they';
  if (w === 'her' && (k + 1 >= u.toks.length || u.toks[k + 1].kind === TokenKind.Punct)) return 'she';
  return undefined;
}

const NOUN_FIRST = new Set(['states']);
// Words that make "states" the noun after them ("the early voting states that …", "a dozen states:").
const STATES_MODIFIERS = new Set(['other', 'early', 'dozen', 'swing', 'battleground', 'several', 'many', 'some', 'all', 'both', 'those', 'these',
  'key', 'member', 'red', 'blue', 'few', 'remaining', 'southern', 'northern', 'western', 'eastern', 'border', 'neighboring', 'neighbouring']);

/** "the four early nominating states: …", "delegate-rich states that vote": "states" at i is the plural noun
 *  after a modifier, a figure or a word in -ing or -ed, not a verb. */
function pluralNounAt(u: Unit, i: number): boolean {
  if (i === 0 || u.quoted[i - 1]) return false;
  const p = u.toks[i - 1];
  if (p.kind === TokenKind.Number) return true;
  if (p.kind !== TokenKind.Word || isCapitalized(p.text)) return false;
  const w = u.lw[i - 1];
  return STATES_MODIFIERS.has(w) || w.endsWith('ing') || w.endsWith('ed') || w.endsWith('-rich');
}
const EN_MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'cannot']);

// Prepositions that attach a part of an English subject: "a report in", "advocates for", "an analysis of".
const EN_SUBJECT_PREPOSITIONS = new Set(['of', 'in', 'for', 'at', 'from', 'with', 'on', 'by']);
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);

/** English: the noun phrase before the preposition at `prep`, with the phrase after it, when that opens its clause. */
function subjectWithPreposition(u: Unit, prep: number, left: PhraseSpan, lex: Lexicon): PhraseSpan | undefined {
  let p = prep;
  for (let hops = 0; hops < 3; hops++) {
    if (!EN_SUBJECT_PREPOSITIONS.has(u.lw[p]) || u.quoted[p]) return undefined;
    const inner = phraseLeftOf(u, p, lex);
    if (!inner || inner.b !== p - 1 || u.quoted[inner.b] || u.toks[inner.b].kind !== TokenKind.Word || lex.verbs.has(u.lw[inner.b])) return undefined;
    if (inner.a > 0 && lex.prepositions.has(u.lw[inner.a - 1])) { p = inner.a - 1; continue; }
    const before = inner.a > 0 ? u.toks[inner.a - 1].text : '';
    // "But attorneys for the department said": a conjunction opening the sentence opens the clause too.
    const opens = isOpenerTok(u, inner.a - 1) || before === ',' || lex.that.has(u.lw[inner.a - 1] ?? '')
      || (SENTENCE_CONJUNCTIONS.has(u.lw[inner.a - 1] ?? '') && isOpenerTok(u, inner.a - 2))
      // "…, though a review of records indicates": so does a conjunction or sentence adverb, which no noun phrase holds.
      || lex.notHeads.has(u.lw[inner.a - 1] ?? '')
      // "…, since other emails combed through by Vox suggest": so does a clause's "since" or "after".
      || EN_CLAUSE_PREPOSITIONS.has(u.lw[inner.a - 1] ?? '');
    return opens ? { a: inner.a, b: left.b, head: inner.head ?? inner.b } : undefined;
  }
  return undefined;
}

// Adverbials of more than one word, between a subject and its cue ("har til og med uttrykt").
// "har mange ganger sagt": a frequency is no subject either.
const MULTIWORD_ADVERBS = [['til', 'og', 'med'], ['for', 'eksempel'], ['på', 'nytt'], ['i', 'tillegg'], ['mange', 'ganger'], ['flere', 'ganger'], ['mange', 'gonger'], ['fleire', 'gonger'], ['gang', 'på', 'gang']];

/** The subject before the verb group of the passive at cueI, from the clause's start after a fronted phrase's comma. */
function passiveSubject(u: Unit, cueI: number, lo: number, lex: Lexicon): [number, number] {
  let be = cueI;
  while (be - 1 > lo && (lex.passive.has(u.lw[be - 1]) || lex.auxiliaries.has(u.lw[be - 1]) || lex.adverbs.has(u.lw[be - 1])) && !u.quoted[be - 1]) be--;
  let cs = lo;
  let k = be - 1;
  // "Calls to …, where …, were rejected": a comma right before the verb closes an inserted clause.
  if (k > lo && u.toks[k].text === ',') for (k--; k > lo && (u.toks[k].text !== ',' || u.quoted[k]); k--);
  // "In 2015, the plan was rejected", "a sign that the plan was rejected": not the fronted phrase, nor the clause's "that".
  for (k--; k >= lo; k--) {
    if ((u.toks[k].text === ',' || lex.that.has(u.lw[k])) && !u.quoted[k]) { cs = k + 1; break; }
  }
  return cs < be ? [cs, be] : [lo, cueI];
}

/** The end of the subject before a cue, past an adverbial of several words right before it. */
function beforeAdverbials(u: Unit, i: number): number {
  for (let m = 0; m < MULTIWORD_ADVERBS.length; m++) {
    const seq = MULTIWORD_ADVERBS[m];
    const k = i - seq.length;
    if (k >= 1 && matchSeq(u, k, seq) && !u.quoted[k]) return k;
  }
  return i;
}

// A demonstrative opening the sentence before "VERB PRONOUN" is the fronted object ("Dette mener hun …").
const FRONTED_OBJECT = new Set(['dette', 'denne', 'disse', 'det', 'desse', 'slikt', 'sånt', 'noe', 'noko']);
const DEMONSTRATIVES = new Set(['dette', 'denne', 'disse', 'det', 'den', 'desse']);
// "i går", "i fjor": a time after a preposition is no part of the subject ("lederen i går sa").
const TIME_WORDS = new Set(['går', 'dag', 'fjor', 'morgen', 'kveld', 'helgen', 'helga', 'år', 'uka', 'uken', 'natt', 'høst', 'vår', 'sommer', 'vinter']);

/** "fordi flertallet i X mente": a clause opens after a subordinator, "at" or a comma. */
function clauseOpener(u: Unit, k: number, lex: Lexicon): boolean {
  // Not "og": it joins nouns as often as clauses ("partileder og listetopp for X"); not "etter",
  // a preposition too ("Etter møtet i Oslo sa han").
  const w = u.lw[k];
  return !u.quoted[k] && w !== 'og' && !lex.prepositions.has(w) && (lex.subordinators.has(w) || lex.that.has(w) || u.toks[k].text === ',');
}

const RELATIVE_SOM = new Set(['som']);

/** "Nå har en rapport fra …": after a fronted word and the auxiliary, up to three lower-case words
 *  ending on a noun that may speak, right before the preposition at `prep`. */
function invertedNounBefore(u: Unit, aux: number, prep: number, lex: Lexicon): boolean {
  const words = prep - aux - 1;
  if (words < 1 || words > 3 || aux <= sentenceStartOf(u, aux)) return false;
  // (Not an adverbial: "Flere foreldre har i en e-post til fylkeskommunen krevd".)
  for (let k = aux + 1; k < prep; k++) if (u.quoted[k] || u.toks[k].kind !== TokenKind.Word || isCapitalized(u.toks[k].text) || lex.prepositions.has(u.lw[k])) return false;
  return speakerHead(u, prep - 1);
}

/** A phrase head that can speak: a name, a title, a document. */
function speakerHead(u: Unit, h: number): boolean {
  return isName(u, h) || isRoleWord(u.lw[h]) || isDocumentNoun(u.lw[h]) || isOrgNoun(u.lw[h]) || isGroupNoun(u.lw[h]);
}
const RELATIVE_SPAN = 16;

/** A capitalised name opens at j and ends the sentence, or only a prepositional phrase follows it. */
function invertedNameEnds(u: Unit, j: number, lex: Lexicon): boolean {
  const n = u.toks.length;
  if (j >= n || u.quoted[j] || u.toks[j].kind !== TokenKind.Word || !isCapitalized(u.toks[j].text) || u.sentenceStarts.has(j)) return false;
  const r = phraseRightOf(u, j, lex);
  if (!r) return false;
  const k = r.b + 1;
  return sentenceEnds(u, k) || (lex.prepositions.has(u.lw[k]) && !u.quoted[k]);
}

/**
 * The antecedent of a relative clause that is the cue's subject: "som" right before the cue, or
 * a clause "…, som …," between the subject and the cue. `false` when the cue's subject is a
 * relative pronoun with no speaker in reach (no claim), undefined when no relative is involved.
 */
function relativeSubject(u: Unit, cue: Cue, lex: Lexicon, places: PlaceLookup): Attributed | false | undefined {
  const i = cue.i;
  if (i >= 1 && RELATIVE_SOM.has(u.lw[i - 1]) && !u.quoted[i - 1]) {
    let end = i - 1;
    if (end >= 1 && u.toks[end - 1].text === ',') end--;
    let l = end >= 1 ? phraseLeftOf(u, end, lex) : undefined;
    // "«…», skriver lagmannsretten, som legger vekt på at …": the antecedent is the inverted subject
    // after its verb, not the verb with it.
    if (l) for (let k = l.b - 1; k >= l.a; k--) if (u.toks[k].text === u.lw[k] && lex.verbs.has(u.lw[k])) { l = { a: k + 1, b: l.b, head: l.head }; break; }
    // "magasiner som forteller om …" tells nothing; a speaker-like antecedent or an "at" clause does.
    if (!l || !(speakerHead(u, l.head ?? l.b) || isOrgNoun(u.lw[l.head ?? l.b]) || u.lw[cue.j] === 'at')) return false;
    const sp = speakerOf(u, l, lex, places);
    return sp ? { cue, speaker: sp, subjectStart: l.a, final: false, after: cue.j } : false;
  }
  // "X, som …, sier": walk back over the clause to its "som" ("X, som …, har rekna ut": past the perfect's auxiliary).
  const v = i >= 5 && lex.perfect.has(u.lw[i - 1]) && !u.quoted[i - 1] ? i - 1 : i;
  if (v < 4 || u.toks[v - 1].text !== ',' || u.quoted[v - 1]) return undefined;
  // "Kjøttet kom frå Grønnli Kjøtt, som har anlegg på Klepp, skriv Mattilsynet i ei pressemelding.":
  // a name after the verb with no more than where it was said after it is the inverted subject; the
  // clause with "som" was part of what was said.
  if (v === i && invertedNameEnds(u, cue.j, lex)) return undefined;
  for (let k = v - 2; k >= 2 && v - k <= RELATIVE_SPAN; k--) {
    if (u.quoted[k]) return undefined;
    if (u.toks[k].kind === TokenKind.Punct) return undefined;
    if (!RELATIVE_SOM.has(u.lw[k])) continue;
    // "Ei undersøking som foreldra har gjort, viser …", "Fleire foreldre som NRK har snakka med,
    // seier …": a restrictive clause has no comma before "som"; its noun must open the sentence.
    const restrictive = u.toks[k - 1].text !== ',';
    // "Regninga kom som eit sjokk, fortel ho": after a verb "som" compares; it opens no clause.
    if (restrictive && (STRONG_FINITE.has(u.lw[k - 1]) || NORWEGIAN_FINITE_AUX.has(u.lw[k - 1]))) return undefined;
    let l = phraseLeftOf(u, restrictive ? k : k - 1, lex);
    let headOnly: PhraseSpan | undefined;
    // A restrictive clause inside the aside ("…, som var en av dem som skrev under, sier") is
    // passed over for the "som" further back.
    if (!l) { if (restrictive) continue; return undefined; }
    // "Ein tillitsvald om bord, som …, fortel", "Ei undersøking blant elevane som …, viser": the noun
    // the clause is about may have a prepositional phrase after it; the phrase before that speaks.
    if (l.a >= 2 && lex.prepositions.has(u.lw[l.a - 1]) && !u.quoted[l.a - 1] && !isOpenerTok(u, l.a - 2) && !u.sentenceStarts.has(l.a - 1)) {
      const head = phraseLeftOf(u, l.a - 1, lex);
      const hh = head ? head.head ?? head.b : -1;
      // ("Ein sauebonde i Ål, som …, fortel": between commas any common noun does, the place after it no speaker.)
      if (head && (head.a === 0 || isOpenerTok(u, head.a - 1)) && (speakerHead(u, hh)
        || (!restrictive && u.toks[hh].kind === TokenKind.Word && !isCapitalized(u.toks[hh].text) && !isPronoun(lex, u.lw[hh])))) {
        l = { a: head.a, b: l.b, head: hh };
        headOnly = head;
      }
    }
    // "Dei seks representantane som …": the determiner before a number opens the phrase.
    if (l.a >= 1 && QUANTITY_OF.has(u.lw[l.a - 1]) && !u.quoted[l.a - 1]) l = { a: l.a - 1, b: l.b, head: l.head };
    if (restrictive && !(l.a === 0 || isOpenerTok(u, l.a - 1))) continue;
    // "En av naboene, som …, forteller": a share of a group speaks.
    if (l.a >= 2 && u.lw[l.a - 1] === 'av' && QUANTITY_OF.has(u.lw[l.a - 2]) && !u.quoted[l.a - 2]) l = { a: l.a - 2, b: l.b, head: l.head ?? l.b };
    // "I Energidepartementet, som …, sier statssekretær X at": a fronted prepositional phrase is no
    // subject; the verb's own subject follows it.
    if (l.a >= 1 && lex.prepositions.has(u.lw[l.a - 1]) && (l.a === 1 || isOpenerTok(u, l.a - 2) || u.sentenceStarts.has(l.a - 1))) return undefined;
    // The subject opens its clause; a name needs no proof of that (a headline may run into it).
    const h = l.head ?? l.b;
    // Any noun opening the sentence before ", som …," speaks ("En kilde, som ikke vil bli navngitt, sier");
    // without commas round the clause, only one that can ("Ei undersøking som …, viser").
    const opens = l.a === 0 || isOpenerTok(u, l.a - 1);
    // ("Fleire turgåarar som kom ned, fortel", "Dei seks representantane som røysta imot, meiner":
    // people counted or picked out are a group that speaks.)
    const people = QUANTITY_OF.has(u.lw[l.a]) && l.a < h && PEOPLE_PLURAL.test(u.lw[h]);
    if (!(isName(u, h) && !u.sentenceStarts.has(h)) && !(opens && (speakerHead(u, h) || people || (!restrictive && u.toks[h].kind === TokenKind.Word && !isPronoun(lex, u.lw[h]))))) return undefined;
    // ("En 24 år gammel student i Guadalajara": where the whole is no phrase a speaker is read from, its noun phrase speaks.)
    const sp = speakerOf(u, l, lex, places) ?? (headOnly ? speakerOf(u, headOnly, lex, places) : undefined);
    return sp ? { cue, speaker: sp, subjectStart: l.a, final: false, after: cue.j } : undefined;
  }
  return undefined;
}

/**
 * "Ekspertene Aftenposten har snakket med, mener …": a sentence opening on a noun phrase and a
 * relative clause without "som" that ends on its preposition, then a comma and the cue. The
 * noun phrase speaks.
 */
function contactClauseSubject(u: Unit, cue: Cue, lex: Lexicon, places: PlaceLookup): Attributed | undefined {
  const comma = cue.i - 1;
  if (comma < 4 || u.toks[comma].text !== ',' || u.quoted[comma] || !lex.prepositions.has(u.lw[comma - 1])) return undefined;
  const s0 = sentenceStartOf(u, cue.i);
  // Not a clause of its own ("Da vi kom fram til, sa han …"): the sentence opens on a noun.
  if (u.quoted[s0] || lex.subordinators.has(u.lw[s0]) || lex.adverbs.has(u.lw[s0]) || isPronoun(lex, u.lw[s0])) return undefined;
  // The noun phrase ends where the clause's own subject, a name or a pronoun, begins.
  let b = s0;
  while (b + 1 < comma && !isName(u, b + 1) && !isPronoun(lex, u.lw[b + 1]) && !lex.auxiliaries.has(u.lw[b + 1])) b++;
  if (b + 3 > comma - 1 || !(isName(u, b + 1) || isPronoun(lex, u.lw[b + 1]))) return undefined;
  let aux = false;
  for (let k = b + 2; k < comma - 1; k++) {
    if (u.quoted[k] || u.toks[k].kind !== TokenKind.Word) return undefined;
    if (lex.auxiliaries.has(u.lw[k])) aux = true;
  }
  const sp = aux ? speakerOf(u, { a: s0, b }, lex, places) : undefined;
  return sp?.kind === 'named' ? { cue, speaker: sp, subjectStart: s0, final: false, after: cue.j } : undefined;
}

/** The name or pronoun opening a clause, before prepositional phrases that end at token `prep`. */
function subjectBeforeAdverbials(u: Unit, prep: number, lex: Lexicon): PhraseSpan | undefined {
  let k = prep;
  for (let hops = 0; hops < 4; hops++) {
    if (k <= 0) return undefined;
    const p = phraseLeftOf(u, k, lex);
    if (!p) return undefined;
    const before = p.a > 0 ? u.lw[p.a - 1] : '';
    if (p.a > 0 && lex.prepositions.has(before)) { k = p.a - 1; continue; }
    // Only a phrase that can be a subject, opening its clause.
    if (hops === 0 && k === prep && p.b + 1 !== prep) return undefined;
    const opens = p.a === 0 || u.sentenceStarts.has(p.a) || isOpenerTok(u, p.a - 1) || before === ',' || lex.that.has(before) || lex.subordinators.has(before) || lex.relatives.has(before);
    const h = p.head ?? p.b;
    const subjectLike = (p.a === h && isPronoun(lex, u.lw[p.a])) || isName(u, h) || isRoleWord(u.lw[h]);
    return opens && subjectLike && !u.quoted[h] ? p : undefined;
  }
  return undefined;
}

const COORDINATORS = new Set(['og', 'men']);

/** The comma of ", men"/", og" between every "ifølge" cue (with its source) and every other cue's
 *  subject, or -1. */
function coordinatedAfter(u: Unit, according: readonly Attributed[], governing: readonly Attributed[]): number {
  let from = 0;
  for (const a of according) from = Math.max(from, a.after);
  let to = u.toks.length;
  for (const g of governing) to = Math.min(to, g.subjectStart, g.cue.i);
  for (let k = from; k < to; k++) {
    if (u.toks[k].text === ',' && !u.quoted[k] && COORDINATORS.has(u.lw[k + 1]) && !u.quoted[k + 1]) return k;
  }
  return -1;
}

/** From k, past a preposition and a name, each pair, before `end`: where a verb stands after a
 *  subject's place or body ("Utdanningsforbundet i Ringsaker reagerer", "som X i Jølster har gjort"). */
function pastAffiliation(u: Unit, k: number, end: number, lex: Lexicon): number {
  while (k + 1 < end && lex.prepositions.has(u.lw[k]) && isName(u, k + 1) && !u.quoted[k]) k += 2;
  return k;
}

/** A word at k that opens a subordinate clause: not "og" or "men" joining two verbs of the first clause
 *  ("for å ha gjeve førstehjelp og tilkalla …"), nor "etter" without "at" ("år etter år"). */
function subordinateOpening(u: Unit, k: number, lex: Lexicon): boolean {
  const w = u.lw[k];
  if (COORDINATORS.has(w)) return false;
  if (w === 'etter') return u.lw[k + 1] === 'at';
  return lex.subordinators.has(w);
}

const FOCUS_OPENERS = new Set(['også', 'òg', 'heller', 'bare', 'berre']);

// Endings of a Norwegian finite verb in either tense ("reagerer", "svarar", "ristet"; not "gikk").
const FINITE_LOOKING = /(?:er|ar|et|te|de)$/;

/** The subject opening the clause whose second verb is the cue ("X hisset seg opp, og mente …"). */
function sharedSubject(u: Unit, cue: Cue, lex: Lexicon, places: PlaceLookup): Attributed | undefined {
  const og = cue.i - 1;
  if (og < 2 || !COORDINATORS.has(u.lw[og]) || u.quoted[og]) return undefined;
  // The sentence start, past an opening dash or quotation mark.
  let s = og - 1;
  while (s > 0 && !u.sentenceStarts.has(s)) s--;
  while (s < og && (u.toks[s].kind === TokenKind.Punct)) s++;
  // Past a section label: "Lei ansvarsfraskrivelse: Aps partisekretær er lei av …".
  for (let c = s + 1; c < og && c <= s + 4; c++) if (u.toks[c].text === ':' && sectionLabel(u, c)) { s = c + 1; break; }
  // Past a focus adverb: "Også NSM er koblet inn, og bekrefter …".
  if (FOCUS_OPENERS.has(u.lw[s]) && s + 1 < og && !u.quoted[s]) s++;
  // "Han smilte", "Politiet rykket ut": the subject, then its own finite verb before "og".
  let l = phraseRightOf(u, s, lex);
  // "Mandag ettermiddag ringte sykehuset og sa at …": after a fronted time the subject follows the first verb.
  let t = s;
  while (t < og && t - s < 4 && NB_TIME_AFTER.has(u.lw[t]) && !u.quoted[t]) t++;
  const inverted = t > s && NB_TIME_NOUNS.has(u.lw[t - 1]) && t + 1 < og && !u.quoted[t] && (FINITE_LOOKING.test(u.lw[t]) || NORWEGIAN_FINITE_AUX.has(u.lw[t]) || STRONG_FINITE.has(u.lw[t]));
  if (inverted) l = phraseRightOf(u, t + 1, lex);
  // "Daglig leder Kari Nes …", "Administrerende direktør Kari Nes …": a title's first word, capitalised
  // at the sentence start, is read on its own; the subject is the titled name after it.
  if (l && l.a === l.b && l.b + 1 < og && isRoleWord(u.lw[l.b + 1]) && !u.quoted[l.b + 1]) l = phraseRightOf(u, l.b + 1, lex) ?? l;
  // "Kari Nes ristet", "Kari Nes reagerer kraftig og …": a lower-case word that reads as a verb after a
  // name ending in -s is the verb, not a genitive's noun ("WWF Verdens naturfond" is one name).
  // (A last word as "gikk" reads as no verb by its ending: it is one unless a verb follows it.)
  const verbLike = (k: number) => lex.verbs.has(u.lw[k]) || FINITE_LOOKING.test(u.lw[k]) || NORWEGIAN_FINITE_AUX.has(u.lw[k]);
  for (let k = l ? l.a + 1 : 0; l && k <= l.b; k++) {
    const genitiveLike = isName(u, k - 1) && u.lw[k - 1].endsWith('s') && !isName(u, k) && !isRoleWord(u.lw[k]);
    if (genitiveLike && (verbLike(k) || (k === l.b && !verbLike(k + 1)))) { l.b = k - 1; break; }
  }
  // (Inverted, the verb stands before the subject: "ringte sykehuset og sa".)
  if (!l || (l.b + 2 > og && !(inverted && l.b + 1 <= og)) || u.quoted[l.a]) return undefined;
  // "X er enig i at butikken er viktig, men sier at …": after a comma, "men" joins the main clauses;
  // an "at" clause before it is the first verb's object.
  // So does ", og" ("X er lei av at Frp skylder på alle andre, og mener …"), unless a relative or a
  // subordinate clause stands between ("Min favoritt er den som måler …, og forteller …").
  const mainClauses = u.toks[og - 1].text === ',';
  const andClauses = mainClauses && u.lw[og] === 'og';
  // Where the subject's own verb stands: past a place or body it is of ("Utdanningsforbundet i Ringsaker reagerer").
  const own = pastAffiliation(u, l.b + 1, og, lex);
  for (let k = l.b + 1; k < og; k++) {
    // A second cue or a subordinate clause in between: the verb after "og" may have its own subject.
    // Not the subject's own verb when it reports nothing without "at" ("Sjukehuset ønskjer ikkje å kommentere saka, men skriv …").
    // (After ", men" the verb has no subject of its own: "X vil ikkje seie noko om vilkåra, men meiner …".)
    if (u.quoted[k]) return undefined;
    if (andClauses && (subordinateOpening(u, k, lex) || lex.relatives.has(u.lw[k]))) return undefined;
    if (mainClauses) continue;
    // ("Ho har klaga til helseføretaket og krev at …": the subject's own verb may follow its auxiliary.)
    const ownVerb = k === own || (k === own + 1 && (lex.auxiliaries.has(u.lw[own]) || lex.perfect.has(u.lw[own])));
    // (Nor a cue that is the subject's own verb and reports nothing before "og": "Utdanningsforbundet
    // reagerer kraftig på forslaget og krever at …"; an "at" after it is caught as the loop goes on.)
    if ((lex.verbs.has(u.lw[k]) && !ownVerb) || lex.that.has(u.lw[k]) || lex.subordinators.has(u.lw[k]) || lex.relatives.has(u.lw[k])) return undefined;
  }
  const sp = speakerOf(u, l, lex, places);
  if (!sp) return undefined;
  // "X sier at A, og lover at B": after a comma the second verb is a claim of its own, not part of A.
  return { cue, speaker: sp, subjectStart: l.a, final: false, after: cue.j, coordinated: mainClauses };
}

const IN = new Set(['i', 'in']);

/**
 * "I ein rapport som Noregs vassdrags- og energidirektorat (NVE) la fram, heiter det at …": the
 * sentence opens on "i", a document and "som" with the one who made it. Their mentions, or undefined.
 */
function documentMakerBefore(u: Unit, cueI: number, lex: Lexicon, places: PlaceLookup): Mention[] | undefined {
  let d = sentenceStartOf(u, cueI);
  if (!IN.has(u.lw[d]) || u.quoted[d]) return undefined;
  d++;
  if (INDEFINITE.has(u.lw[d]) || ADJECTIVE_ARTICLES.has(u.lw[d])) d++;
  // An adjective before the noun: "I ein ny rapport".
  if (d + 1 < cueI && !isDocumentNoun(u.lw[d]) && isDocumentNoun(u.lw[d + 1])) d++;
  if (d + 2 >= cueI || !isDocumentNoun(u.lw[d]) || !RELATIVE_SOM.has(u.lw[d + 1]) || u.quoted[d + 1]) return undefined;
  return makerAt(u, d + 2, cueI - 1, lex, places);
}

/**
 * The one who made a document, in a relative clause after it starting at k, before `limit`: a name
 * or a definite noun ("som NVE la fram", "som skolen sendte"), not a verb ("som fulgte saken").
 */
function makerAt(u: Unit, k: number, limit: number, lex: Lexicon, places: PlaceLookup): Mention[] | undefined {
  // "som kommunedirektør Eivind Grov la fram": a title before the name is its role.
  if (k + 1 < limit && !u.quoted[k] && !isName(u, k) && isRoleWord(u.lw[k]) && isName(u, k + 1)) {
    const named = makerAt(u, k + 1, limit, lex, places);
    if (named?.length === 1 && named[0].proper) {
      named[0].role = u.toks[k].text;
      named[0].type = 'person';
    }
    return named;
  }
  const w = u.lw[k];
  if (k >= limit || u.quoted[k] || !(isName(u, k) || (looksDefinite(w) && !anyVerb(w)))) return undefined;
  // (A noun is the one word: its verb follows it.)
  const r = isName(u, k) ? phraseRightOf(u, k, lex) : { a: k, b: k };
  if (!r || r.b >= limit) return undefined;
  const mentions = isName(u, k) ? readPhrase(u, r.a, r.b, lex, places) : commonPhrase(u, r.a, r.b, lex, places);
  return mentions.length ? mentions : undefined;
}

function writtenIn(u: Unit, cue: Cue, lex: Lexicon, places: PlaceLookup): Attributed | undefined {
  const n = u.toks.length;
  const final = cue.i > 0 && CLOSERS.has(u.toks[cue.i - 1].text) && !thatFollows(u, cue.j, lex);
  // A place is where something stands, not a text that says it ("I Oslo står det et hus").
  const text = (a: number, b: number) => (places(u.toks[a].start, u.toks[b].end) ? [] : textPhrase(u, a, b, lex, places));
  // After the cue: "…», står det i brevet", "står det blant annet i notatet", "står det å lese på nettsiden".
  let at = cue.j;
  while (at < n && lex.adverbs.has(u.lw[at]) && !u.quoted[at]) at++;
  if (u.lw[at] === 'å' && u.lw[at + 1] === 'lese') at += 2;
  if (at < n && (IN.has(u.lw[at]) || (at > cue.j && u.lw[at] === 'på'))) {
    const r = phraseRightOf(u, at + 1, lex);
    const mentions = r ? text(r.a, r.b) : [];
    // "i brevet fra kommunen at …": the issuer after the text, before what it says.
    let end = r ? r.b + 1 : n;
    let issuer: Mention[] = [];
    if (r && end < n && lex.from.has(u.lw[end])) {
      const ir = phraseRightOf(u, end + 1, lex);
      end = (ir?.b ?? n) + 1;
      // "står det i notatet fra DA": a body named as the issuer speaks through its text, as NorNE
      // reads it ("heter det i rapporten fra Riksrevisjonen" too); the text is a source beside it.
      if (ir) issuer = readPhrase(u, ir.a, ir.b, lex, places).filter((m) => m.type === 'organisation' || m.type === 'agency' || m.type === 'media' || m.type === 'country');
    }
    const says = final || (end < n && (u.toks[end].text === ':' || lex.that.has(u.lw[end])));
    if (issuer.length && mentions.length && says) return { cue, speaker: { kind: 'named', mentions: issuer }, subjectStart: cue.i, final, after: end, also: mentions };
    if (mentions.length && says) return { cue, speaker: { kind: 'named', mentions }, subjectStart: cue.i, final, after: end };
  }
  // Before it, opening the sentence: "I politiets rapport står det: …".
  if (cue.i >= 2 && IN.has(u.lw[0]) && cue.j < n && (u.toks[cue.j].text === ':' || lex.that.has(u.lw[cue.j]))) {
    const mentions = text(1, cue.i - 1);
    if (mentions.length) return { cue, speaker: { kind: 'named', mentions }, subjectStart: 0, final: false, after: cue.j };
    // "I støyrapporten, som konsulentselskapet X har utarbeidet …, heter det at": the text, and who made
    // it, the relative clause's subject.
    const made = madeBy(u, cue.i, lex, places);
    if (made) return { cue, speaker: { kind: 'named', mentions: made.maker.length ? made.maker : made.text }, subjectStart: 0, final: false, after: cue.j, also: made.maker.length ? made.text : undefined };
  }
  return undefined;
}

/** "I støyrapporten, som konsulentselskapet X har utarbeidet på oppdrag fra kommunen, VERB": the text
 *  named after the opening preposition, and the body or person the relative clause says made it. */
function madeBy(u: Unit, cueI: number, lex: Lexicon, places: PlaceLookup): { text: Mention[]; maker: Mention[] } | undefined {
  if (u.toks[cueI - 1].text !== ',' || u.quoted[cueI - 1]) return undefined;
  // The relative "som", after a comma or right after the text ("I ei fareutgreiing som NVE laga, står det at").
  let c = 2;
  while (c < cueI - 1 && c <= 5 && u.toks[c].kind === TokenKind.Word && !RELATIVE_SOM.has(u.lw[c])) c++;
  const som = u.toks[c].text === ',' ? c + 1 : c;
  if (c >= cueI - 3 || !RELATIVE_SOM.has(u.lw[som]) || u.quoted[som]) return undefined;
  const head = c - 1;
  if (!isDocumentNoun(u.lw[head]) && !isDocumentNoun(u.lw[head].replace(/(?:en|et|a|ene)$/, ''))) return undefined;
  const text = readPhrase(u, 1, head, lex, places);
  if (!text.length) return undefined;
  return { text, maker: makerAfterSom(u, som, cueI - 1, lex, places) };
}

/** "som styret leverte til retten", "som Grunneigarlaget i Jølster har gjort": the body or person a
 *  relative clause from "som" at `som` to the comma at `end` says made a text. */
function makerAfterSom(u: Unit, som: number, end: number, lex: Lexicon, places: PlaceLookup): Mention[] {
  const r = phraseRightOf(u, som + 1, lex);
  // ("som styret leverte til retten torsdag": a past tense of making or handing in, with no auxiliary,
  // which the phrase reader may have read on into.)
  if (r) for (let k = r.a + 1; k <= r.b; k++) if (MADE.has(u.lw[k]) && !isName(u, k)) { r.b = k - 1; break; }
  // (Past the body's place: "som Grunneigarlaget i Jølster har gjort".)
  const v = r ? pastAffiliation(u, r.b + 1, end, lex) : end;
  const verb = v < end ? u.lw[v] : '';
  // (Not who ordered it: "som selskapet har bestilt fra et rådgivningsfirma" is the firm's text.)
  if (ORDERED.has(u.lw[v + 1] ?? '') || ORDERED.has(verb)) return [];
  return r && (lex.auxiliaries.has(verb) || NORWEGIAN_FINITE_AUX.has(verb) || MADE.has(verb))
    // (A body by its common noun too: "som styret leverte", "som kommunen har laga".)
    ? readPhrase(u, r.a, r.b, lex, places).filter((m) => m.proper || m.type === 'organisation') : [];
}

/** A text something is written in: a phrase as a source, or "en minneside", a page nobody named. */
function textPhrase(u: Unit, a: number, b: number, lex: Lexicon, places: PlaceLookup): Mention[] {
  const found = readPhrase(u, a, b, lex, places);
  if (found.length || b !== a + 1 || !INDEFINITE.has(u.lw[a]) || u.toks[b].kind !== TokenKind.Word || isCapitalized(u.toks[b].text)) return found;
  const t0 = u.toks[a];
  const t1 = u.toks[b];
  const text = u.text.slice(t0.start, t1.end);
  const m = mention(t0.start, t1.end, text, text, 'document', false);
  m.indefinite = true;
  return [m];
}


function bareSpeaker(u: Unit, a: number, sp: Speaker, lex: Lexicon): boolean {
  if (sp.kind !== 'named') return true;
  let k = a;
  while (k < u.toks.length && lex.quantifiers.has(u.lw[k])) k++;
  const first = sp.mentions[0];
  // "…, Sen. Jane Roe said.": an abbreviated title, its period read as part of the name.
  // "…, UMWA Director of Government Affairs Phil Smith told X": the phrase starts inside the speaker's title.
  return first.start === u.toks[k].start || !!first.role && isRoleWord(u.lw[k]) || k + 2 < u.toks.length && nameDot(u, k + 1) && first.start === u.toks[k + 2].start
    || (!!first.role && first.start > u.toks[k].start && first.role.endsWith(u.text.slice(u.toks[k].start, first.start).trimEnd()));
}

function groupSpeaker(u: Unit, span: PhraseSpan): Speaker {
  const text = u.text.slice(u.toks[span.a].start, u.toks[span.b].end);
  return { kind: 'named', mentions: [mention(u.toks[span.a].start, u.toks[span.b].end, text, text, 'group', false)] };
}


function speakerOf(u: Unit, span: PhraseSpan, lex: Lexicon, places: PlaceLookup): Speaker | undefined {
  const { a, b } = span;
  // "who helped found X", "accused the board of letting parents decide": an English phrase opening
  // on a verb is the clause before the cue's, no speaker.
  if (!lex.suffixedDefinite && u.toks[a].text === u.lw[a] && (lex.verbs.has(u.lw[a]) || VERBS_BEFORE_BARE.has(u.lw[a]))) return undefined;
  if (a === b && isPronoun(lex, u.lw[a])) {
    return pronounSpeaker(lex, u.lw[a], localNames(u, a, lex, places));
  }
  // "Her vow to …", "his claims that …": an English possessive before a noun cue is the pronoun
  // it stands for, not a source named "Her".
  const owner = a === b && !lex.suffixedDefinite ? POSSESSIVE_PRONOUNS.get(u.lw[a]) : undefined;
  if (owner) return pronounSpeaker(lex, owner, localNames(u, a, lex, places));
  let mentions: Mention[];
  if (span.head !== undefined) {
    // "Professor Tormod Heier ved Forsvarets høgskole": the name speaks, the affiliation joins the role;
    // "en kilde i alliansen": the whole phrase is the source.
    const named = readPhrase(u, a, span.head, lex, places).filter((m) => m.proper);
    const affiliation = u.text.slice(u.toks[span.head + 1].start, u.toks[b].end);
    // "Statsforvalteren i Innlandet", "Politiet i Bergen" capitalised: a body's word is no name with a role.
    if (named.length === 1 && a === span.head && lex.suffixedDefinite && isOrgNoun(u.lw[a]) && !isRoleWord(u.lw[a])) {
      mentions = commonPhrase(u, a, b, lex, places);
    } else if (named.length === 1) {
      const m = named[0];
      m.role = m.role ? `${m.role} ${affiliation}` : affiliation;
      if (m.type === 'organisation' && m.name.includes(' ') === false) m.type = 'person';
      mentions = [m];
    } else if (named.length === 0) {
      // "Secretary of State John Kerry": a person named after the title's complement speaks, the title is the role.
      const tail = isTitleBeforeName(u.lw[span.head]) ? readPhrase(u, span.head + 1, b, lex, places) : [];
      const person = tail.length === 1 && tail[0].proper && tail[0].type === 'person' ? tail[0] : undefined;
      if (person) person.role = u.text.slice(u.toks[a].start, person.start).trimEnd();
      // "Politiet i Bergen", "Direktoratet for X": the institution with its place is the source, not the place.
      mentions = person ? [person] : commonPhrase(u, a, b, lex, places);
    } else {
      mentions = readPhrase(u, a, b, lex, places);
    }
  } else {
    mentions = readPhrase(u, a, b, lex, places);
  }
  if (mentions.length === 0) return undefined;
  // "I en uttalelse": an indefinite document stands for whoever issued it.
  if (mentions.length === 1 && mentions[0].type === 'document' && !mentions[0].proper && isDocumentNoun(u.lw[b]) && a > 0 && lex.quantifiers.has(u.lw[a - 1])) {
    return { kind: 'previous' };
  }
  return { kind: 'named', mentions };
}

const CLAUSE_BEFORE_THAT = new Set(['etter', 'slik', 'uten', 'for', 'så', 'fordi', 'after', 'so', 'such', 'except']);

// Per unit, the last token that is a "that" or a colon: one stands at or after token j exactly
// when j is at most that index. Read once per unit, from the end back to the first one found
// (a scan to the end for every cue is quadratic on a long unit of cues). Units are read one
// after another, so only the last unit's answer is kept.
let lastThatOf: Unit | undefined;
let lastThat = -1;

function thatFollows(u: Unit, j: number, lex: Lexicon): boolean {
  const n = u.toks.length;
  if (lastThatOf !== u) {
    lastThat = -1;
    for (let k = n - 1; k >= 0; k--) {
      // "etter at", "slik at" open an adverbial clause, not reported content.
      const that = lex.that.has(u.lw[k]) && !u.quoted[k] && !(k > 0 && CLAUSE_BEFORE_THAT.has(u.lw[k - 1]));
      if (that || u.toks[k].text === ':') { lastThat = k; break; }
    }
    lastThatOf = u;
  }
  // A quotation counts only right after the speaker ("sier X «…»"): a title in quotation
  // marks later on ("sa X i programmet «Sommar»") is not what was said.
  if (j > n) return false;
  if (u.toks[j]?.text === '«') return true;
  if (j > lastThat) return false;
  // The "at" must be this cue's: not past the sentence's end ("…, sier X. Han mener at …"), nor
  // past a clause of its own ("…, sier X når avisen ringer og forteller at …").
  for (let k = j; k < lastThat; k++) {
    if (u.quoted[k]) continue;
    const w = u.lw[k];
    if (SENTENCE_END.has(u.toks[k].text) || OWN_CLAUSE.has(w) || (w === 'og' && k + 1 < n && lex.verbs.has(u.lw[k + 1]))) return false;
    // ("…, sa X etter at han fekk vite at …": a clause of "etter at" holds the later "at".)
    if (k > j && lex.that.has(w) && CLAUSE_BEFORE_THAT.has(u.lw[k - 1])) return false;
    // "…», sa X da han ble spurt om …": "da" before a subject opens a clause of time ("sa han da" is "then").
    if ((w === 'da' || w === 'då') && k + 1 < n && (isPronoun(lex, u.lw[k + 1]) || isCapitalized(u.toks[k + 1].text))) return false;
  }
  return true;
}

// Words that open a clause of their own after a speaker, whose "at" is not the speaker's.
const OWN_CLAUSE = new Set(['når', 'mens', 'medan', 'fordi', 'dersom', 'hvis', 'viss', 'ettersom', 'while', 'when', 'because']);

/** A subject pronoun at j ("han", "hun", "de") with the report right after it ("at", ":", "til NTB"). */
function invertedPronoun(u: Unit, j: number, lex: Lexicon): boolean {
  if (j >= u.toks.length || u.quoted[j] || !(lex.personPronouns.has(u.lw[j]) || lex.groupPronouns.has(u.lw[j]))) return false;
  const next = u.toks[j + 1];
  // ("Deretter konkluderte han med at …": the verb's preposition before "at".)
  return next !== undefined && (thatFollowsImmediately(u, j + 1, lex) || u.lw[j + 1] === 'til' || next.text === ',' || next.text === '.'
    || (lex.prepositions.has(u.lw[j + 1]) && u.lw[j + 2] === 'at' && !u.quoted[j + 1]));
}

/** Every word of the phrase is lower-case but the sentence's first, and the last is no word for
 *  who may speak ("Rett nok", "Heilt til slutt"; not "Dei tilsette", "Politiet i Agder"). */
function frontedAdverbial(u: Unit, r: PhraseSpan): boolean {
  for (let k = r.a + 1; k <= r.b; k++) if (u.quoted[k] || isCapitalized(u.toks[k].text)) return false;
  return !speakerHead(u, r.b) && !speakerNoun(u.lw[r.b]);
}

/** A name right after the verb at j, then "at", a colon, an adverb and "at", "til" or the sentence's end. */
function invertedName(u: Unit, j: number, lex: Lexicon): boolean {
  let k = j;
  while (k < u.toks.length && isName(u, k) && !u.quoted[k]) k++;
  if (k === j || k >= u.toks.length) return false;
  return thatFollowsImmediately(u, k, lex) || u.lw[k] === 'til' || u.toks[k].text === '.';
}

function thatFollowsImmediately(u: Unit, j: number, lex: Lexicon): boolean {
  for (let k = j; k < u.toks.length && k < j + 4; k++) {
    if (lex.that.has(u.lw[k]) || u.toks[k].text === ':') return true;
    if (!lex.adverbs.has(u.lw[k])) return false;
  }
  return false;
}

function isRefersBack(u: Unit, a: Attributed, lex: Lexicon): boolean {
  // "Det sier X til NTB." — the unit opens with a demonstrative and the cue follows it directly.
  // "Slik beskriver X møtet." — so does "slik", pointing back to what was just quoted.
  return a.cue.i === 1 && (u.lw[0] === 'det' || u.lw[0] === 'dette' || u.lw[0] === 'slik' || u.lw[0] === 'that' || u.lw[0] === 'this') &&
    a.speaker?.kind !== 'previous' && (!thatFollows(u, a.cue.j, lex) || topicOnly(u, a.cue.j, lex));
}

/** "Slik fortel X om natta.": after the speaker, "om" and a short noun phrase ending the sentence
 *  are what the speech was about, not an "om" clause of what was said. */
function topicOnly(u: Unit, from: number, lex: Lexicon): boolean {
  for (let k = from; k < u.toks.length && k < from + 8; k++) {
    if (u.quoted[k]) return false;
    if (u.lw[k] !== 'om') continue;
    let end = k + 1;
    while (end < u.toks.length && !SENTENCE_END.has(u.toks[end].text)) end++;
    return end < u.toks.length && thingOnly(u, k + 1, end + 1, lex);
  }
  return false;
}

/** Does `b` open a clause of its own after `a`'s claim? */
function newClause(u: Unit, a: Attributed, b: Attributed, lex: Lexicon): boolean {
  // Walk back over the connective before b's subject ("etter at", "noe", "mens") to a comma.
  let k = b.subjectStart - 1;
  const between: string[] = [];
  while (k >= a.cue.j && between.length < 3 && (lex.subordinators.has(u.lw[k]) || lex.relatives.has(u.lw[k]) || lex.that.has(u.lw[k]))) {
    between.unshift(u.lw[k]);
    k--;
  }
  if (k < a.cue.j || u.quoted[k]) return false;
  const t = u.toks[k].text;
  if (t !== ',' && t !== ';') return false;
  if (between.length === 0) return b.speaker?.kind === 'named';
  // "…, og at Y mener …" continues a's reported content; "…, etter at Y meldte …" is a new clause.
  if (lex.that.has(between[between.length - 1]) && (between.length === 1 || between[0] === 'og' || between[0] === 'and' || between[0] === 'men' || between[0] === 'but')) return false;
  return between.some((x) => lex.subordinators.has(x) || lex.relatives.has(x));
}

/** ", adding …", ", warning that …": an English participle cue right after a comma outside quotes. */
function adjunctAfterComma(u: Unit, a: Attributed, lex: Lexicon): boolean {
  const k = a.cue.i - 1;
  return k > 0 && u.toks[k].text === ',' && !u.quoted[k] && lex.verbs.get(u.lw[a.cue.i])?.adjunct === true;
}

/** "…, noe ledelsen har avvist": the relative pronoun after a comma that opens a's clause. */
function relativeStart(u: Unit, a: Attributed, lex: Lexicon): number | undefined {
  const k = a.subjectStart - 1;
  if (k >= 1 && lex.relatives.has(u.lw[k]) && u.toks[k - 1].text === ',') return k;
  return undefined;
}

/** ", som mener …", ", which ordered …": a relative word after a comma between the cue's subject
 *  (its antecedent) and the cue, with at most two words between it and the cue. */
function relativeBeforeCue(u: Unit, a: Attributed, lex: Lexicon): number | undefined {
  for (let k = a.cue.i - 1; k >= a.subjectStart && k >= 1 && k >= a.cue.i - 3; k--) {
    if (lex.relatives.has(u.lw[k]) && u.toks[k - 1].text === ',' && !u.quoted[k]) return k;
  }
  return undefined;
}

/**
 * Tokens [cs, ce) of a reported "at" clause cut at each "at" coordinated after it (", og at", "men
 * at", "og at"): start and end of each part, in pairs. Quoted words are never cut.
 */
function thatClauses(u: Unit, cs: number, ce: number, lex: Lexicon): number[] {
  const out = [cs];
  for (let m = cs + 3; m < ce - 1; m++) {
    if (!lex.that.has(u.lw[m]) || u.lw[m] === 'om' || u.quoted[m] || !COORDINATORS.has(u.lw[m - 1]) || u.quoted[m - 1]) continue;
    const end = u.toks[m - 2].text === ',' ? m - 2 : m - 1;
    if (end - out[out.length - 1] < 2) continue;
    out.push(end, m + 1);
  }
  out.push(ce);
  return out;
}

/** Where the previous claim ends when `next` opens a new clause: at the comma before it. */
function boundaryBefore(u: Unit, next: Attributed, lex: Lexicon): number {
  // "…, og lover at": a verb sharing the sentence's subject starts at its coordinator and comma.
  const from = next.coordinated && next.subjectStart < next.cue.i && COORDINATORS.has(u.lw[next.cue.i - 1]) ? next.cue.i - 1 : next.subjectStart;
  for (let k = from - 1; k >= 0; k--) {
    if (u.toks[k].text === ',' || u.toks[k].text === ';') return k;
    if (!lex.subordinators.has(u.lw[k]) && !lex.relatives.has(u.lw[k]) && !lex.that.has(u.lw[k])) break;
  }
  return next.subjectStart;
}

/** A cue-less quotation right after a direct claim whose attribution follows it joins that claim. */
function mergeQuotedPassages(text: string, out: ParagraphAttribution): void {
  if (out.claims.length < 2) return;
  out.claims.sort((x, y) => x.start - y.start);
  const kept: RawClaim[] = [];
  for (const c of out.claims) {
    const p = kept[kept.length - 1];
    if (p && c.speaker.kind === 'quote' && c.cue === '' && p.kind === 'direct' && p.speaker.kind !== 'quote'
      && p.cueStart >= p.end && p.cueEnd <= c.start && c.start - p.end < 200 && !/["“”«»]|''/.test(text.slice(p.end, c.start))) {
      p.end = c.end;
      continue;
    }
    kept.push(c);
  }
  out.claims = kept;
}

/** "Poll: Wealthy Voters Abandon …": a headline's opening name with a colon speaks for the rest. */
function headlineClaim(text: string, para: Paragraph, lex: Lexicon, places: PlaceLookup, out: ParagraphAttribution): void {
  const s = para.sentences[0];
  const h = s && colonHeadline(s.tokens, para.sentences.length);
  if (!h) return;
  const toks = s.tokens as Token[];
  const u: Unit = {
    text, toks, lw: toks.map((_, k) => lowerAt(toks, k, lex)), quoted: toks.map(() => false),
    sentenceStarts: new Set([0]), start: s.start, end: s.end,
  };
  // "The Latest: …" names no one.
  if (lex.quantifiers.has(u.lw[0]) && h.nameEnd === 1) return;
  const sp = speakerOf(u, { a: 0, b: h.nameEnd }, lex, places);
  if (!sp || sp.kind !== 'named') return;
  let end = toks.length;
  while (end - 1 > h.colon + 1 && TRAILING.has(toks[end - 1].text)) end--;
  const colon = toks[h.colon];
  out.claims.push(rawClaim(toks[h.colon + 1].start, toks[end - 1].end, ':', colon.start, colon.end, 'indirect', sp, []));
}

/** '"…" ― Jane Doe': the signed quotation is the name's, whatever cue-less claims were read inside it. */
function signOffClaim(text: string, para: Paragraph, lex: Lexicon, places: PlaceLookup, out: ParagraphAttribution): void {
  const toks = para.tokens;
  const s = signOff(toks);
  if (!s) return;
  const u: Unit = {
    text, toks, lw: toks.map((_, k) => lowerAt(toks, k, lex)), quoted: toks.map(() => false),
    sentenceStarts: new Set([0]), start: para.start, end: para.end,
  };
  const mentions = readPhrase(u, s.a, s.b, lex, places).filter((m) => m.proper);
  if (mentions.length !== 1) return;
  mentions[0].type = 'person';
  const start = toks[s.from].start;
  const end = toks[s.to].end;
  out.claims = out.claims.filter((c) => c.end <= start || c.start >= end || c.speaker.kind !== 'quote');
  const dash = toks[s.dash];
  out.claims.push(rawClaim(start, end, dash.text, dash.start, dash.end, 'direct', { kind: 'named', mentions }, []));
}

/** The phrase up to a finite verb in it: an auxiliary, or a weak past tense (-te, -de) not after a
 *  genitive or a preposition ("NTBs kilde", "i Nordsjøen tidligere"). */
function beforeFiniteVerb(u: Unit, r: PhraseSpan, lex: Lexicon): PhraseSpan {
  for (let k = r.a + 1; k <= r.b; k++) {
    const w = u.lw[k];
    const prev = u.lw[k - 1];
    // (A capitalised word there is a name, not a verb: "Ifølgje seksjonssjef Hilde Kvamme har …".)
    // (Nor a noun after an article: "ifølge en kilde".)
    // (Nor an adjective after a definite article: "Ifølge de siste målingene ligger …".)
    const past = w.length > 3 && (w.endsWith('te') || w.endsWith('de')) && !prev.endsWith('s') && !lex.prepositions.has(prev) && !INDEFINITE.has(prev)
      && !(ADJECTIVE_ARTICLES.has(prev) && k - 1 === r.a) && !isCapitalized(u.toks[k].text);
    // A present tense shows in a reporting verb ("mener") or an "-erer" verb ("vurderer", "reagerer").
    // Not a noun after a quantifier or an article ("flere angrep", "et svar").
    const present = (lex.verbs.has(w) && !lex.quantifiers.has(prev) && !INDEFINITE.has(prev)) || (w.length > 6 && w.endsWith('erer'));
    // Any lower-case word right after a lone definite noun: "Ifølge helseforetaket gjelder det …".
    // (Not after an article: "Ifølge en kilde er det …".)
    const afterDefinite = k === r.a + 1 && !isCapitalized(u.toks[r.a].text) && looksDefinite(prev) && !INDEFINITE.has(prev) && u.toks[k].kind === TokenKind.Word
      && !isCapitalized(u.toks[k].text) && !lex.prepositions.has(w) && !lex.adverbs.has(w) && !lex.boundaries.has(w);
    // And a present tense in -er/-ar right after a name: "Ifølge Skyss rammer streiken …" (not
    // a noun after a genitive, the verb after it: "Ifølge en av Diarras livvakter var det …").
    const pt = u.toks[k - 1].text;
    const genitiveNoun = pt.endsWith('s') && !pt.endsWith('ss') && k + 1 < u.toks.length && lex.auxiliaries.has(u.lw[k + 1]);
    const afterName = isCapitalized(pt) && !genitiveNoun && u.toks[k].kind === TokenKind.Word && !isCapitalized(u.toks[k].text) && w.length >= 5
      && (w.endsWith('er') || w.endsWith('ar')) && !lex.prepositions.has(w) && !lex.adverbs.has(w) && !lex.boundaries.has(w) && !lex.quantifiers.has(w) && !NAME_PARTICLES.has(w);
    if (lex.auxiliaries.has(w) || past || present || afterDefinite || afterName || STRONG_FINITE.has(w)) return { a: r.a, b: k - 1, head: r.head !== undefined && r.head < k ? r.head : undefined };
  }
  return r;
}

// Finite forms of common strong and irregular verbs (Bokmål and Nynorsk), which no ending gives
// away: "Ifølge politiet kom ingen til skade", "Ifølgje NRK fekk mannen …". None is also a noun
// a source phrase would hold ("fall", "dør" are left out).
const STRONG_FINITE = new Set([
  'kom', 'gikk', 'fikk', 'fant', 'tok', 'dro', 'sto', 'stod', 'lå', 'satt', 'ga', 'gav', 'slo', 'brant', 'omkom', 'forsvant',
  'skjøt', 'traff', 'ligger', 'står', 'får', 'tar', 'gjør', 'utgjør', 'skjer', 'finnes', 'fins',
  'gjekk', 'fekk', 'fann', 'drog', 'låg', 'sat', 'brann', 'forsvann', 'skaut', 'ligg', 'tek', 'gjer', 'utgjer', 'finst',
  // Verbs in -s: "Ifølge rapporten skyldes økningen …", "Ifølge politiet trengs det …".
  'skyldes', 'skuldast', 'synes', 'syns', 'trengs', 'trengst', 'lykkes', 'ventes', 'ventast', 'antas', 'regnes', 'reknast',
]);

/** "ifølge X" right after a finite auxiliary, inside the clause it sources ("Kommunen har ifølge NRK brukt …"). */
function midClauseAccording(u: Unit, i: number, lex: Lexicon): boolean {
  return i > 0 && lex.auxiliaries.has(u.lw[i - 1]) && !u.quoted[i - 1];
}

const NONFINITE_AUX = new Set(['ha', 'hatt', 'være', 'vere', 'vært', 'vore', 'bli', 'blitt', 'verte', 'vorte']);

/** The source phrase up to the rest of the verb: an infinitive auxiliary or a participle ("politiet brukt",
 *  "Sogn Avis ha køyrt"); not a genitive's noun ("Forsvarets forskningsinstitutt"). */
function beforeVerbGoesOn(u: Unit, r: PhraseSpan): PhraseSpan {
  for (let k = r.a + 1; k <= r.b; k++) {
    const w = u.lw[k];
    if (u.toks[k].text !== w) continue;
    const participle = w.length > 3 && (w.endsWith('t') || w.endsWith('d')) && !u.lw[k - 1].endsWith('s');
    if (NONFINITE_AUX.has(w) || participle) return { a: r.a, b: k - 1, head: r.head !== undefined && r.head < k ? r.head : undefined };
  }
  return r;
}

/** Words that open a verb's object: a determiner or an object pronoun. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'it', 'him', 'them', 'this', 'that', 'these', 'those']);

/** ", saying …", "…, adding that …": the subject at the start of the sentence speaks, else the previous speaker. */
function adjunctCue(u: Unit, cue: Cue, lex: Lexicon, places: PlaceLookup): Attributed | undefined {
  // "footage of Hillary Clinton saying …": a name right before the participle is its subject.
  if (cue.i > 1 && isName(u, cue.i - 1) && !u.sentenceStarts.has(cue.i - 1) && !u.quoted[cue.i - 1]) {
    const l = phraseLeftOf(u, cue.i, lex);
    const sp = l ? speakerOf(u, l, lex, places) : undefined;
    if (sp?.kind === 'named' && sp.mentions.every((m) => m.proper)) return { cue, speaker: sp, subjectStart: l!.a, final: false, after: cue.j };
  }
  const subject = openingSubject(u, cue.i, lex, places);
  return { cue, speaker: subject ?? { kind: 'previous' }, subjectStart: cue.i, final: false, after: cue.j };
}

/** English: the speaker named by the subject that opens the sentence of the cue at `before`, ending
 *  before it, or undefined. Read for a cue with no subject of its own: an "-ing" adjunct ("…,
 *  arguing that"), or a verb joined on by "and" ("The nominee outlined his plan and vowed to …"). */
function openingSubject(u: Unit, before: number, lex: Lexicon, places: PlaceLookup): Speaker | undefined {
  // "WASHINGTON (AP) — Donors handed …": the sentence's subject comes after its dateline.
  let s = pastFrontedParticiple(u, subjectStartOf(u, before), before);
  // "But Count Every Ballot Georgia sued …, arguing …": a conjunction opening the sentence is no subject,
  // nor is a fronted adverbial ("In June, Acme sued …", "A few days later, Trump reversed himself …").
  if (s + 1 < before && SENTENCE_CONJUNCTIONS.has(u.lw[s]) && !u.quoted[s]) s++;
  s = pastFrontedAdverbial(u, s, before, lex);
  let r = s < before ? phraseRightOf(u, s, lex) : undefined;
  // "The mayor warned residents …, saying …": the subject ends before the sentence's own verb.
  // So does a verb outside the lexicon, told by its past tense and its object ("The attorney
  // general sued the company …, accusing …"; not "The alleged victim").
  if (r && r.b < before) {
    for (let k = r.a + 1; k <= r.b; k++) {
      if (u.toks[k].text === u.lw[k] && ownVerbAt(u, k, lex)) { r.b = k - 1; break; }
    }
  }
  // "Local residents welcomed …, calling …": a capitalised first word is no name by itself; the
  // subject runs up to the sentence's own verb, as it does for that verb's claim.
  if (r && r.b === s && lex.verbs.has(u.lw[s + 2]) && s + 2 < before && u.toks[s + 1].text === u.lw[s + 1] && u.toks[s + 2].text === u.lw[s + 2]) {
    const l = phraseLeftOf(u, s + 2, lex, s);
    if (l && l.a === s) r = l;
  }
  // "The Republican nominee also outlined …": a name-like word then a common noun is one subject;
  // it runs to the sentence's own verb, read leftwards from there as a verb's subject is.
  if (r && r.b + 1 < before && isCapitalized(u.toks[r.b].text) && u.toks[r.b + 1].kind === TokenKind.Word && u.toks[r.b + 1].text === u.lw[r.b + 1] && !u.quoted[r.b + 1]) {
    const v = ownVerbAfter(u, r.b + 1, before, lex);
    const l = v >= 0 ? phraseLeftOf(u, v, lex, r.a) : undefined;
    if (l && l.a <= r.a + 1 && l.b > r.b) r = l;
  }
  // "A spokesman for the governor, David Chen, disputed …, saying …": the name after the title speaks.
  const app = r && r.b < before ? apposition(u, r, lex, places) : undefined;
  if (app && app.after < before) return { kind: 'named', mentions: app.mentions };
  return r && r.b < before ? speakerOf(u, r, lex, places) : undefined;
}

/**
 * "Da Kari sa at alle var enige, tenkte Ola …": a report inside a fronted clause
 * ends where the main clause takes over, at the comma before its finite verb and inverted subject.
 */
function mainClauseAfterFronted(u: Unit, lo: number, cs: number, ce: number, lex: Lexicon): number {
  if (!FRONTING.has(u.lw[lo]) || u.quoted[lo]) return ce;
  for (let k = cs; k + 2 < ce; k++) {
    if (u.quoted[k]) return ce;
    if (u.toks[k].text !== ',') continue;
    const verb = u.toks[k + 1];
    const subject = u.toks[k + 2];
    if (verb.kind === TokenKind.Word && !isCapitalized(verb.text) && !lex.boundaries.has(u.lw[k + 1]) && !lex.that.has(u.lw[k + 1])
      && subject.kind === TokenKind.Word && (isPronoun(lex, u.lw[k + 2]) || (isCapitalized(subject.text) && !u.sentenceStarts.has(k + 2)))) return k;
  }
  return ce;
}

/** "Speaking to the coalition, Trump wavered …", "Asked about it, Christie blamed …": a sentence
 *  opening with a participle's clause has its subject after that clause's comma. */
function pastFrontedParticiple(u: Unit, s: number, hi: number): number {
  const w = u.lw[s];
  if (s >= hi || u.quoted[s] || !(w === 'asked' || (w.length > 5 && w.endsWith('ing')))) return s;
  for (let k = s + 1; k < hi - 1; k++) {
    if (u.quoted[k]) return s;
    if (u.toks[k].text === ',') return k + 1;
  }
  return s;
}

/** The sentence's own verb within a few words from k (a verb of the lexicon, an auxiliary, or a
 *  past tense before its object), past adverbs; -1 if none stands there. */
function ownVerbAfter(u: Unit, k: number, hi: number, lex: Lexicon): number {
  for (let m = k; m < hi && m <= k + 3; m++) {
    if (u.quoted[m] || u.toks[m].kind !== TokenKind.Word || u.toks[m].text !== u.lw[m]) return -1;
    if (ownVerbAt(u, m, lex)) return m;
  }
  return -1;
}

/** English: a clause's own verb at k, told by the lexicon, as an auxiliary, or as a past tense before its object. */
function ownVerbAt(u: Unit, k: number, lex: Lexicon): boolean {
  const w = u.lw[k];
  return lex.verbs.has(w) || lex.auxiliaries.has(w) || (w.length > 3 && w.endsWith('ed') && OBJECT_OPENERS.has(u.lw[k + 1]));
}

/** Past an English adverbial fronted before the subject and its comma: a prepositional phrase ("In
 *  June,", "After the vote,") or a time phrase ("A few days later,", "Two years ago,"); s itself
 *  otherwise. No quotation nor clause on the way: "After the board met, …" has a verb of its own. */
function pastFrontedAdverbial(u: Unit, s: number, hi: number, lex: Lexicon): number {
  let comma = -1;
  for (let k = s + 1; k < hi - 1 && k <= s + FRONTED_ADVERBIAL_MAX; k++) {
    if (u.quoted[k] || lex.verbs.has(u.lw[k]) || lex.auxiliaries.has(u.lw[k]) || RELATIVE_AFTER.has(u.lw[k])) return s;
    if (u.toks[k].text === ',') { comma = k; break; }
  }
  if (comma < 0 || u.quoted[s]) return s;
  return lex.prepositions.has(u.lw[s]) || TIME_PHRASE_ENDS.has(u.lw[comma - 1]) ? comma + 1 : s;
}
const FRONTED_ADVERBIAL_MAX = 8;
const TIME_PHRASE_ENDS = new Set(['later', 'earlier', 'ago', 'afterward', 'afterwards', 'before']);

/** Start of the sentence holding token k. Per claim, not per unit: most units hold no claim. */
function sentenceStartOf(u: Unit, k: number): number {
  if (u.sentenceStarts === ONE_SENTENCE) return k < 0 ? k : 0;
  while (k > 0 && !u.sentenceStarts.has(k)) k--;
  return k;
}

/** Where the subject of the sentence holding token k may start: past a wire dateline that opens
 *  it ("ODDA: Ein rapport frå NVE viser", "OSLO (NTB): En måling …"). */
function subjectStartOf(u: Unit, k: number): number {
  const s0 = sentenceStartOf(u, k);
  const past = pastDateline(u.toks, s0, k);
  return past < k ? past : s0;
}

/** End (exclusive) of the sentence holding token k. */
function sentenceEndOf(u: Unit, k: number): number {
  const n = u.toks.length;
  if (u.sentenceStarts === ONE_SENTENCE) return n;
  k++;
  while (k < n && !u.sentenceStarts.has(k)) k++;
  return Math.min(k, n);
}

/**
 * Words in tokens [x, y) that are not adverbs ("said Friday", "then" are not content), counted
 * up to two: contentOf asks only for none, one or more. Stopping there spares reading the rest
 * of the sentence once per cue.
 */
function contentWords(u: Unit, lex: Lexicon, x: number, y: number): number {
  let c = 0;
  for (let k = x; k < y && c < 2; k++) if (u.toks[k].kind === TokenKind.Word && !lex.adverbs.has(u.lw[k])) c++;
  return c;
}

/** A comma, a colon or a quotation in tokens [from, to): something more than a modifier follows. */
function clauseAfter(u: Unit, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (u.quoted[k] || u.toks[k].text === ',' || u.toks[k].text === ':' || u.toks[k].text === ';') return true;
  return false;
}

const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** After "seems" at k: a state ("to be …", "confident"), not a report of the subject's ("seemed to blame …") nor a place ("appeared on TV"). */
function raisedState(u: Unit, k: number, hi: number, lex: Lexicon): boolean {
  while (k < hi && lex.adverbs.has(u.lw[k])) k++;
  if (k >= hi || u.quoted[k] || u.lw[k] === 'set') return false;
  if (u.lw[k] === 'to') return k + 1 < hi && !lex.verbs.has(u.lw[k + 1]);
  return !lex.prepositions.has(u.lw[k]);
}
const TRAILING = new Set(['.', ',', ';', ':', '–', '—', '-', '!']);
const LEADING = new Set([',', ':', '–', '—', '-']);

/** Tokens a..b hold a word or a figure, not punctuation alone. */
function wordIn(u: Unit, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (u.toks[k].kind !== TokenKind.Punct) return true;
  return false;
}

/**
 * "While X talked about Y, he mentioned Z.": a clause fronted before the speaker, which its comma
 * made look like "Y, X said". Not "As for Y, '…'" (a phrase), nor "If Y, X argues, Z": around a
 * parenthetical cue the fronted clause is part of what was said.
 */
function frontedClauseBefore(u: Unit, lo: number, cueFirst: number, after: number, hi: number, lex: Lexicon, lang: Lang): boolean {
  if (lang !== 'en' || !frontedOpener(u, lo) || cueFirst < lo + 3 || u.toks[cueFirst - 1].text !== ',' || lex.prepositions.has(u.lw[lo + 1])) return false;
  if (clauseAfter(u, lo, cueFirst - 1)) return false;
  // '…, the announcer said, “…”': a quotation after the cue is what was said.
  const quoteNext = after + 2 < hi && (u.toks[after].text === ',' || u.toks[after].text === ':') && u.quoted[after + 2];
  return quoteNext || !clauseAfter(u, after, hi);
}

/** English words from lo to an "according to" at cueI that only open the sentence ("In addition,",
 *  "While most were elevated,"), with a main clause after the source's comma at `comma`. */
function adverbialOpening(u: Unit, lo: number, cueI: number, comma: number, lex: Lexicon): boolean {
  if (cueI < lo + 2 || u.toks[cueI - 1].text !== ',' || u.quoted[lo] || comma + 2 >= u.toks.length || u.toks[comma].text !== ',') return false;
  if (!(lex.prepositions.has(u.lw[lo]) || frontedOpener(u, lo))) return false;
  // "When X is tailored, it can be effective, according to Y": a main clause is there already.
  for (let k = lo + 1; k < cueI - 1; k++) if (u.toks[k].text === ',' || u.toks[k].text === ';') return false;
  // "…, according to X, who …" goes on about the source, not with the sourced clause.
  return !RELATIVE_AFTER.has(u.lw[comma + 1]);
}
const RELATIVE_AFTER = new Set(['who', 'which', 'whose', 'where', 'that', 'when']);

/** "… after, according to him, the network …": the word before the cue's comma opens the clause it sources. */
function clauseOpensBefore(u: Unit, lo: number, cueI: number): boolean {
  return cueI >= lo + 2 && u.toks[cueI - 1].text === ',' && (frontedOpener(u, cueI - 2) || (u.lw[cueI - 2] === 'that' && !u.quoted[cueI - 2])
    // "But, according to the poll, 46 percent …": a sentence's opening conjunction leaves the clause to come.
    || (cueI - 2 === lo && OPENING_CONJUNCTIONS.has(u.lw[lo]) && !u.quoted[lo]));
}
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'still', 'now', 'however', 'meanwhile', 'indeed', 'instead', 'also']);

/** The hyphen of a tally written close, "5-4". */
function tally(u: Unit, k: number): boolean {
  return u.toks[k].text === '-' && k > 0 && k + 1 < u.toks.length && u.toks[k - 1].kind === TokenKind.Number && u.toks[k + 1].kind === TokenKind.Number
    && u.toks[k - 1].end === u.toks[k].start && u.toks[k].end === u.toks[k + 1].start;
}

/** Past the first comma after cs (bounded, none quoted on the way); cs itself when none is near. */
function pastFrontedComma(u: Unit, cs: number, hi: number): number {
  for (let k = cs; k < hi - 1 && k < cs + 30; k++) {
    if (u.quoted[k]) return cs;
    if (u.toks[k].text === ',') return k + 1;
  }
  return cs;
}

/**
 * The claimed content of a claim in tokens [startTok, endTok): without the speaker,
 * the cue and what stands between them and the content ("X said on Wednesday that Y" → "that Y"
 * in English, "Y" after Norwegian "at"; "Y, X said." → "Y"; "According to X, Y" → "Y").
 */
// What contentOf found, read by its caller right after the call: no pair array per claim.
let contentStart = 0;
let contentEnd = 0;
/** And whether the cue was denied with nothing reported ("har ikkje kommentert saka"); its one reader clears it before the call. */
let deniedCue = false;

/** A sentence opening with these may point back at what was said before ("Det har hun sagt"). */
const REFERS_BACK = new Set(['det', 'dette', 'slik', 'så']);

function contentOf(u: Unit, a: Attributed, startTok: number, endTok: number, lex: Lexicon, lang: Lang): void {
  const cueFirst = Math.max(startTok, Math.min(a.cue.i, a.subjectStart));
  // "uttalte seg": a reflexive right after the cue belongs to the verb, not to what was said.
  let after = Math.max(a.cue.j, a.after);
  if (lang !== 'en' && u.lw[after] === 'seg' && !u.quoted[after]) after++;
  // "sier statssekretær Jon Erik Vassbotn (Ap) at": a party or an age after the speaker's name is no
  // part of what was said; nor are a body's initials ("mener Statens vegvesen (SVV) at").
  if (after > 0 && after < u.toks.length && (isName(u, after - 1) || initialsAt(u.toks, after))) after = pastShortParenthesis(u, after);
  // The sentence holding the cue: a passage of several sentences is content as a whole,
  // less an attribution at its start or end.
  const ss = sentenceStartOf(u, a.cue.i);
  const se = sentenceEndOf(u, a.cue.i);
  const lo = Math.max(startTok, ss);
  const hi = Math.min(endTok, se);
  // Content words before and after the cue, each counted up to two. A dateline opening the
  // sentence is none ("WASHINGTON — The senator asked regulators to act": nothing before the subject).
  const before = contentWords(u, lex, lo === ss ? pastDateline(u.toks, lo, cueFirst) : lo, cueFirst);
  const following = contentWords(u, lex, after, hi);
  // "At Monday's debate, X said Y": a fronted adverbial before the speaker is not what was said,
  // nor is "Asked about Y, X said Z" (the question is the asker's claim, Z the speaker's).
  // ("Staffing is worst, …": a word in -ing before an auxiliary is the subject of a clause, not an adjunct.)
  const adverbialBefore = before > 0 && (lex.prepositions.has(u.lw[lo]) || (u.lw[lo].endsWith('ing') && !lex.auxiliaries.has(u.lw[lo + 1] ?? '')) || (a.cue.type === 'according' && lang === 'en' && (adverbialOpening(u, lo, cueFirst, a.after, lex) || clauseOpensBefore(u, lo, cueFirst))) || frontedClauseBefore(u, lo, cueFirst, after, hi, lex, lang) || (lang === 'en' && lo < a.cue.i && askedOpening(u, lo) !== undefined)) && !u.quoted[lo];
  // "Kommunen har ifølgje NRK brukt …": the sourced clause stands on both sides of the cue.
  const midClause = a.cue.type === 'according' && lang !== 'en' && cueFirst > lo && following > 0 && midClauseAccording(u, a.cue.i, lex);
  let useBefore = a.final || (a.cue.type === 'according' && cueFirst > lo);
  // "In 2014, crime rose, according to data released by the FBI.": after the source only its
  // modifiers follow, so what went before the cue is the content, fronted adverbial or not.
  const trailingAccording = lang === 'en' && a.cue.type === 'according' && a.cue.i > lo && u.toks[a.cue.i - 1].text === ',' && !clauseAfter(u, after, hi);
  // ("Blant de drepte er to barn, opplyser guvernør X i Odesa på Telegram.": a Norwegian cue after
  // the content has it before, whatever the sentence opens on.)
  // ('"Why?" Smith asked.': the attribution a sentence of its own after the quotation it closes.)
  const closesPassage = a.final && before === 0 && startTok < ss;
  if (useBefore && ((before === 0 && !closesPassage) || (adverbialBefore && following >= 2 && !trailingAccording && !(lang !== 'en' && a.final)))) useBefore = false;
  // "Hun vet at kommunen ikke har bekreftet.", "Kommunen har ikke svart.": a Norwegian subject
  // before its cue with nothing after it reports nothing; what stands before the subject is the
  // narrator's. (Before an inverted cue, "…, sier X", or after a closing quotation mark, it is not.)
  if (lang !== 'en' && following === 0 && !a.final && a.cue.type === 'verb' && a.subjectStart >= lo && a.subjectStart < a.cue.i
    && (a.subjectStart === lo || !CLOSERS.has(u.toks[a.subjectStart - 1].text)) && !REFERS_BACK.has(u.lw[lo])) {
    contentStart = contentEnd = after;
    return;
  }
  // "Statsråden har ikkje kommentert saka", "har ikke bekreftet opplysningene": a verb denied with
  // only a thing after it reports nothing (a denial of a claim, "har avvist meldingene", still does).
  if (lang !== 'en' && a.cue.type === 'verb' && !a.final && negatedCue(u, a.cue, lo) && thingOnly(u, after, hi, lex)) {
    contentStart = contentEnd = after;
    deniedCue = true;
    return;
  }
  if (!useBefore && following === 0 && before > 0) useBefore = true;
  let cs = startTok;
  let ce = endTok;
  if (useBefore) {
    // Sentences of the passage after the attribution stay in; so does a quotation that
    // resumes after it ('"A," he told the host, "B."').
    let resumes = false;
    for (let m = after; lang === 'en' && m + 2 < hi && m < after + 6 && !u.quoted[m]; m++) {
      if (u.toks[m].text === ',') { resumes = (!u.quoted[m + 1] && u.quoted[m + 2]) || parentheticalGoesOn(u, lo, m, hi, lex); break; }
    }
    if (hi >= endTok && !resumes) ce = cueFirst;
    // '“…,” she said.' after "Berg was far less patient:": the lead-in is the narrator's.
    if (lang === 'en' && startTok >= ss) cs = pastLeadColon(u.toks, cs, cueFirst);
    // So is a dateline: "OSLO (NTB): Prisene stiger, ifølge …".
    if (startTok >= ss) cs = pastDateline(u.toks, cs, cueFirst);
  } else if (following > 0 && lo <= startTok) {
    cs = after;
    // "was asked about Trump's claim that …", "was asked to give a talk": after an "asked" with no
    // asker the question itself follows, with no listener before it.
    const question = lang === 'en' && a.cue.passive === true && a.cue.agent === undefined && u.lw[a.cue.i] === 'asked';
    // "told Congress on Tuesday that …": skip the listener and adverbials up to the complementiser.
    // After "ifølge X" the rest is the content as it stands ("Ifølge X køyrde om lag …": no "om" clause).
    for (let m = after; a.cue.type !== 'according' && !question && m < hi && m < after + 8; m++) {
      // ("vedtaket om å legge ned skolen": "om" before an infinitive is a preposition, not "whether".)
      // ("tror nedgangen henger sammen med debatten om strømprisene": "om" after a noun is "about".)
      if (lex.that.has(u.lw[m]) && !u.quoted[m] && !(lang !== 'en' && (u.lw[m + 1] === 'å' || (!ASKING.has(lex.verbs.get(u.lw[a.cue.i])?.lemma ?? '') && nounBeforeOm(u, m, after, lex))))) {
        if (lang === 'en' && m > after && thatInsideContent(u, a.cue.i, after, m, lex)) break;
        // "advarer om at …": the "at" after "om" opens the content too.
        cs = lang === 'en' ? m : u.lw[m] === 'om' && u.lw[m + 1] === 'at' && !u.quoted[m + 1] ? m + 2 : m + 1;
        break;
      }
      // "told me, «…»": the quotation after the listener.
      if (lang === 'en' && (u.toks[m].text === ',' || u.toks[m].text === ':') && m + 2 < hi && !u.quoted[m + 1] && u.quoted[m + 2]) { cs = m + 1; break; }
      // "meiner bryggeriet har vist at …": a clause without "at" has begun; the "at" further on is its own.
      if (lang !== 'en' && m > after && NORWEGIAN_FINITE_AUX.has(u.lw[m]) && !u.quoted[m]) break;
      // "believes, for example, that …": past an aside between commas to its "that".
      if (u.toks[m].text === ',' && !u.quoted[m] && asideThenThat(u, m, lex)) { m = asideEnd(u, m); continue; }
      // "ruled 5-4 that …": a vote's tally is no punctuation that ends the search.
      // "skriv 140 fiskarar frå Lofoten, Vesterålen og Senja at …": nor is a comma in a list of names.
      if (u.toks[m].kind === TokenKind.Punct && !(lang === 'en' && tally(u, m)) && !(u.toks[m].text === ',' && m > after && isName(u, m - 1) && m + 1 < hi && isName(u, m + 1))) break;
    }
    if (lang === 'en') {
      // "According to early results of exit polls conducted for …, Clinton led …": the source
      // phrase read stops short of a long noun phrase; an opening "according to" ends at its comma.
      if (a.cue.type === 'according' && a.cue.i === lo) cs = pastFrontedComma(u, cs, hi);
      if (cs === after) {
        const m = pastCuePreposition(u, cs, hi, lex);
        // After "asked by the host" the question follows; no listener stands there.
        cs = m === cs && a.cue.agent === undefined && !question ? pastListener(u, a.cue.i, cs, hi, lex) : m;
        if (a.cue.type !== 'according') cs = pastOpinionNoun(u, cs, hi);
      }
      ce = clauseEnd(u, cs, ce, lex, clauseCue(u, a.cue.i, lex));
      if (a.speaker?.kind === 'named' && a.speaker.relative) ce = relativeClauseEnd(u, cs, ce, lex);
      if (a.cue.type !== 'according') ce = frontedClauseEnd(u, ss, a.cue.i, cs, ce);
    } else if (a.subjectStart > lo) {
      ce = mainClauseAfterFronted(u, lo, cs, ce, lex);
    }
  }
  if (midClause && useBefore && ce === cueFirst) ce = hi;
  // "Since last November, according to Human Rights Watch, forces have killed 400": the fronted
  // time or place belongs to what is sourced, so the sentence is the content, the source inside.
  // (After "While X was …," only the main clause is.)
  if (lang === 'en' && a.cue.type === 'according' && cueFirst > lo && following > 0 && !frontedOpener(u, lo) && adverbialOpening(u, lo, cueFirst, a.after, lex)) {
    cs = lo;
    ce = Math.min(hi, endTok);
  }
  // "The plan was rejected by the council": what the agent judged is the subject (PolNeAR marks it alone).
  // "She was asked by the host whether …": the question follows the agent.
  if (a.cue.agent !== undefined) { if (u.lw[a.cue.i] !== 'asked') [cs, ce] = passiveSubject(u, a.cue.i, lo, lex); }
  // "Obama is expected to win": with no speaker, the subject is part of what is expected.
  // (Not who "was asked": the question is what was asked, PolNeAR marks it alone.)
  else if (a.cue.passive && u.lw[a.cue.i] !== 'asked' && a.subjectStart >= startTok && a.subjectStart < cs) cs = a.subjectStart;
  // "The plan seems to be failing": nobody speaks; the subject is part of what seems so (PolNeAR), unless it is "it".
  else if (lang === 'en' && RAISING.has(u.lw[a.cue.i]) && a.subjectStart >= lo && a.subjectStart < cs && u.lw[a.subjectStart] !== 'it' && raisedState(u, a.cue.j, hi, lex)) cs = a.subjectStart;
  // "Asked whether she would run, Jones laughed.": the question ends at the comma.
  if (a.cue.passive && a.cue.i === ss) for (let k = after; k < ce; k++) if (u.toks[k].text === ',' && !u.quoted[k]) { ce = k; break; }
  while (cs < ce - 1 && LEADING.has(u.toks[cs].text)) cs++;
  while (ce - 1 > cs && TRAILING.has(u.toks[ce - 1].text) && !u.quoted[ce - 1]) ce--;
  if (cs < ce) {
    contentStart = cs;
    contentEnd = ce;
  } else {
    contentStart = startTok;
    contentEnd = endTok;
  }
}
