// English-only attribution logic: the cue list learned from PolNeAR train
// (data/enCues.generated.ts) and the English claim-content rules.

import type { CueForm, Lexicon } from './lexicon';
import { Token, TokenKind, isCapitalized } from '../text/tokenize';
import { EN_MONTHS, EN_WEEKDAYS } from '../numbers/calendar';
import { AP_DOTTED_STATES, AP_STATES } from '../places/context';
import { EN_CARDINALS } from '../numbers/words';
import { BoundedMemo } from '../text/memo';
import { isDocumentNoun, isEnglishPeopleNoun, isRoleWord } from './kinds';
import { isFirstName } from '../names/firstNames';
import { FLOATING, PhraseSpan, TITLE_ABBREVIATIONS, Unit, isName, nameDot, phraseLeftOf, sentenceEnds } from './phrases';
import { OPEN_QUOTES, doubledApostrophe } from './quotes';
import { EN_BARE_CUE_COUNTS, EN_BARE_NEGATED, EN_BARE_OPENERS, EN_CUE_COUNTS, EN_LY_ADVERBS } from './data/enCues.generated';

// Words that open an adverbial clause ("after X criticized Y", "while X spoke").
const SUBORDINATORS = ['after', 'while', 'as', 'since', 'when', 'although', 'though', 'if', 'because', 'once', 'before', 'until', 'whereas'];

/** A learned form is a cue when it is one at least this share of the times it appears. */
export const EN_CUE_MIN_PRECISION = 0.12;
/** Below this share, a learned form reports only with "that" or a colon after it. */
export const EN_CUE_FREE_PRECISION = 0.25;

// Base forms that report without "that" after "to", a modal or "did" ("declined to discuss the
// deal", "did not respond to requests"): learned where they stand there, not over all their uses.
const EN_BARE_CUES = new Set(EN_BARE_CUE_COUNTS.map(([form]) => form));
// The openers the learner counted those forms after: one list, so the two cannot drift apart.
const BARE_OPENERS = new Set(EN_BARE_OPENERS);
const NEGATED_OPENERS = new Set(EN_BARE_NEGATED);

/** The hand-written English verbs plus the learned ones (the hand-written entry wins). */
export function withLearnedCues(verbs: Map<string, CueForm>): Map<string, CueForm> {
  for (const [form, cue, seen] of EN_CUE_COUNTS) {
    const precision = cue / seen;
    if (precision < EN_CUE_MIN_PRECISION) continue;
    const adjunct = form.endsWith('ing');
    const old = verbs.get(form);
    if (old) { if (adjunct) old.adjunct = true; continue; }
    const needsComplement = precision < EN_CUE_FREE_PRECISION && !adjunct;
    verbs.set(form, { lemma: form, adjunct, needsComplement, infinitive: needsComplement && INTENTION.test(form) });
  }
  // Elsewhere a learned base form ("we discuss the plan") reports only with "that", as a rare cue does.
  for (const form of EN_BARE_CUES) if (!verbs.has(form)) verbs.set(form, { lemma: form, needsComplement: true });
  return verbs;
}

/** A learned base form after "to", a modal or "did", adverbs and "not" between ("will not discuss"). */
export function bareCue(u: Unit, i: number, lex: Lexicon): boolean {
  if (!EN_BARE_CUES.has(u.lw[i])) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3 && !u.quoted[k]; k--) {
    const w = u.lw[k];
    if (BARE_OPENERS.has(w) || ((w.endsWith('’t') || w.endsWith("'t")) && NEGATED_OPENERS.has(w.slice(0, -2)))) return true;
    if (!lex.adverbs.has(w)) return false;
  }
  return false;
}

// Verbs of intention report with an infinitive too ("wants to", "plans to", "vowed to").
const INTENTION = /^(?:want|hope|plan|vow|pledge|promise|intend|threaten|expect|urge|seek)(?:s|ed|d|ned)?$/;

/**
 * English verbs that may stand before their speaker ('"…," said X', '"…," added X'). Others take
 * an object there ("told Congress", "criticized Obama"), never the speaker.
 */
export const EN_INVERTING = new Set([
  'said', 'says', 'say', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'explained', 'explains', 'continued',
  'noted', 'notes', 'recalled', 'replied', 'responded', 'insisted', 'argued', 'argues', 'warned', 'concluded', 'declared',
  'acknowledged', 'observed', 'quipped', 'joked', 'claimed', 'stated', 'tweeted', 'countered', 'agreed', 'remarked',
  'reported', 'reports', 'suggested', 'announced', 'cautioned', 'conceded', 'admitted', 'predicted', 'complained',
]);

/** Adverbs that stand between a speaker and the cue ("Clinton repeatedly said"). */
export const EN_CUE_ADVERBS = [
  'widely', 'quickly', 'strongly', 'formally', 'initially', 'officially', 'openly', 'privately', 'regularly',
  'enthusiastically', 'forcefully', 'originally', 'barely', 'suddenly', 'seemingly', 'consistently', 'frequently',
  'harshly', 'sharply', 'angrily', 'bluntly', 'flatly', 'firmly', 'explicitly', 'loudly', 'quietly', 'falsely',
  'wrongly', 'correctly', 'famously', 'bitterly', 'openly', 'clearly', 'directly', 'specifically', 'subsequently',
  'immediately', 'eventually', 'finally', 'ultimately', 'once', 'never', 'just', 'even', 'personally',
  'simply', 'largely', 'generally', 'particularly', 'especially', 'usually', 'typically', 'apparently', 'increasingly',
  'egregiously', 'powerfully', 'been', 'twice', 'thrice', 'ever',
  // An emphatic or negated "did" stands between the speaker and the cue ("he did say", "she did not mention").
  'did', 'does', 'didn’t', 'doesn’t', "didn't", "doesn't",
  ...EN_LY_ADVERBS,
];

// The longest apposition read between a speaker and the cue, in tokens: a title with its
// affiliation runs long ("an associate professor at New York University School of Law").
const APPOSITION_MAX = 32;

/**
 * "John Smith, a senior adviser with the campaign, said" and "The F.B.I. director, James B. Comey,
 * said": the speaker of a cue after an apposition between commas. Returns the speaker's tokens
 * (the name where there is one, a title before a name is not part of it) and where the subject starts.
 */
export function appositionLeftOf(u: Unit, cueI: number, lex: Lexicon): { span: PhraseSpan; subjectStart: number } | undefined {
  let k = (rareAdverbBefore(u, cueI, lex) ?? cueI) - 1;
  while (k >= 0 && (lex.adverbs.has(u.lw[k]) || lex.perfect.has(u.lw[k]))) k--;
  k = pastTimeAfterAside(u, k);
  const inside = commaInsideClosingQuote(u, k);
  if (inside >= 0) k = inside;
  else if (k < 3 || u.toks[k].text !== ',' || u.quoted[k]) return undefined;
  if (k < 3) return undefined;
  const opening = nameOpeningAside(u, k);
  if (opening) return opening;
  let c2 = k;
  let c1 = commaBefore(u, c2);
  // "Derek Haldane, a spokesman for the commission, which runs the program, said": past a relative
  // clause about the apposition's noun.
  // (Only where an apposition stands before it: "Priya Raman, who chairs it, said" keeps its subject.)
  if (c1 > 1 && EN_RELATIVES.has(u.lw[c1 + 1])) {
    const before = commaBefore(u, c1);
    // (A noun phrase with its article describes too: "Dana Whitcomb, the special agent in charge of
    // the bureau's field office, which covers Nashville, said".)
    let described = before > 0 && ARTICLES.has(u.lw[before + 1]) && isName(u, before - 1);
    for (let m = before + 1; m < c1 && !described; m++) described = u.toks[m].kind === TokenKind.Word && !isName(u, m) && isRoleWord(u.lw[m]);
    if (before > 0 && described) {
      c2 = c1;
      c1 = before;
    }
  }
  // "Denise Rutherford, of Portsmouth, whose son died in 2016, said": past where the speaker is from
  // too, before a relative clause about the speaker.
  if (c1 > 1 && (EN_RELATIVES.has(u.lw[c1 + 1]) || u.lw[c1 + 1] === 'whose')) {
    const home = commaBefore(u, c1);
    // So is a lawmaker's party and home ("Rachel Dunmore, R-Prescott, who leads the committee, said").
    if (home > 0 && ((u.lw[home + 1] === 'of' && c1 - home <= 5 && isName(u, home + 2)) || (c1 - home <= 5 && PARTY_HOME.test(u.toks[home + 1].text)))) {
      c2 = c1;
      c1 = home;
    }
  }
  // "Owen Draper, product safety director at the institute, a Washington-based advocacy group,
  // criticized": an indefinite aside about the body that closes a title's aside; the title's is
  // the apposition, and the name before it speaks.
  if (c1 > 1 && INDEFINITE_ARTICLES.has(u.lw[c1 + 1])) {
    const before = commaBefore(u, c1);
    if (before > 0 && isName(u, before - 1) && titleOfBody(u, { a: before + 1, b: c1 - 1 })) {
      c2 = c1;
      c1 = before;
    }
  }
  if (c1 < 1 || c2 - c1 > APPOSITION_MAX || u.toks[c1].text !== ',' || c2 - c1 < 2) return undefined;
  // "State Sen. Gary Pohlman, R-Lima, the bill's sponsor, denied": past the lawmaker's party and home.
  // (Only before an apposition, not "Sen. Ted Cruz, R-Texas, and virulently opposed …".)
  const home = u.toks[c1 - 1]?.text === '.' ? c1 - 2 : c1 - 1;
  if (home >= 2 && PARTY_HOME.test(u.toks[home].text) && u.toks[home - 1].text === ',' && !u.quoted[home - 1]
    && (ARTICLES.has(u.lw[c1 + 1]) || isRoleWord(u.lw[c1 + 1]) || isName(u, c1 + 1))) c1 = home - 1;
  // "Jane Hill, 27, a nurse in Ohio, said": an age between commas before the apposition.
  if (c1 >= 3 && u.toks[c1 - 1].kind === TokenKind.Number && u.toks[c1 - 2].text === ',' && !u.quoted[c1 - 2]) c1 -= 2;
  let outer = phraseLeftOf(u, c1, lex);
  if (!outer) return undefined;
  // "Joyce Abernathy, 58, of Dayton, Ohio, testified": the town and state between commas are where
  // the person before them is from; that person speaks.
  if (outer.a >= 3 && u.lw[outer.a - 1] === 'of' && u.toks[outer.a - 2].text === ',' && !u.quoted[outer.a - 2] && isName(u, outer.b)) {
    let home = outer.a - 2;
    if (home >= 3 && u.toks[home - 1].kind === TokenKind.Number && u.toks[home - 2].text === ',') home -= 2;
    const person = phraseLeftOf(u, home, lex);
    if (person && isName(u, person.b)) return { span: person, subjectStart: person.a };
  }
  // The inner part is a name: initials, capitalised words and name particles only, perhaps after
  // a title of its own ("Its chair, history professor Elena Vasquez-Hill, said").
  let innerName = true;
  let first = c1 + 1;
  while (first < c2 - 1 && first < c1 + 4 && !isName(u, first) && u.toks[first].kind === TokenKind.Word) first++;
  // ("The study's lead author, hydrologist Priya Raman, said": a title the lexicon does not know,
  // before a first name.)
  // (Nor a first name it knows, where two or more capitalised words close the aside: "hydrologist Keiko Abernathy".)
  if (first > c1 + 1 && !(isName(u, first) && (isRoleWord(u.lw[first - 1]) || isFirstName(u.toks[first].text) || allNames(u, first, c2)))) first = c1 + 1;
  for (let m = first; m < c2; m++) {
    const t = u.toks[m];
    // An initial's period, or a title's ("Dr. Lorraine Whitaker").
    if (t.text === '.' && m > c1 + 1 && (u.toks[m - 1].text.length === 1 || TITLE_ABBREVIATIONS.has(u.lw[m - 1]))) continue;
    if (!isName(u, m)) { innerName = false; break; }
  }
  // ("A spokeswoman for Parcelly, Amanda Greer, said": a title with its employer is no name, though a name ends it.)
  // (Only before a full name: "a pastor at the church of Elizabeth, Colorado," has a state there.)
  const outerName = isName(u, outer.b) && !isRoleWord(u.lw[outer.b]) && !(c2 - first >= 2 && titleOfBody(u, outer));
  if (innerName && !outerName) {
    // The name's last word: a trailing initial's period is not part of it.
    let b = c2 - 1;
    while (b > first && u.toks[b].text === '.') b--;
    let a = b;
    while (a - 1 >= first && (isName(u, a - 1) || nameDot(u, a - 1))) a--;
    return { span: { a, b }, subjectStart: outer.a };
  }
  return { span: outer, subjectStart: outer.a };
}

const EN_RELATIVES = new Set(['which', 'who']);
/** A US lawmaker's party and home after the name: "R-Prescott", "D-N.Y.", "I-Vt.". */
const PARTY_HOME = /^[DRI]-\p{Lu}/u;
const OF_BODY = new Set(['for', 'of', 'at', 'with', 'in']);

/** The phrase is a title and the body or place it serves: "a spokeswoman for Parcelly", "executive
 *  director of X", "the agency's federal coordinating officer in Louisiana". */
function titleOfBody(u: Unit, r: PhraseSpan): boolean {
  for (let k = r.a; k < r.b && k < r.a + 7; k++) {
    if (isRoleWord(u.lw[k]) && OF_BODY.has(u.lw[k + 1]) && !isName(u, k)) return true;
  }
  return false;
}

/** Tokens [from, to) are two or more capitalised words (a full name), none quoted. */
function allNames(u: Unit, from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let m = from; m < to; m++) if (!isName(u, m) || u.toks[m].kind !== TokenKind.Word || u.quoted[m]) return false;
  return true;
}

/**
 * "Tom Kessler, who grows cotton, alfalfa and wheat, expects", "Jeffrey Pham, an Atlanta lawyer who
 * represents the former supervisor, Tamara Okonkwo, dismissed": a name opens the sentence, and an
 * aside about it (a relative clause or an apposition, commas and names of its own in it) runs to the
 * comma at `k` before the cue. The name speaks.
 */
function nameOpeningAside(u: Unit, k: number): { span: PhraseSpan; subjectStart: number } | undefined {
  let s0 = k;
  while (s0 > 0 && !u.sentenceStarts.has(s0)) s0--;
  // The name: capitalised words (a title's period among them), then the aside's first comma.
  let c = s0;
  while (c < k && c - s0 <= 5 && (isName(u, c) || (u.toks[c].text === '.' && c > s0)) && !u.quoted[c]) c++;
  // (Or a title: "Teresa Vaughn, executive director of Gulf Coast Air Watch, an advocacy group, argued".)
  // (Only after a person's name: "On Saturday, Senator X, a rival, assailed" opens on no name.)
  const titled = personOpening(u, s0, c) && (isRoleWord(u.lw[c + 1]) || (c + 2 < k && u.toks[c + 1].kind === TokenKind.Word && !isName(u, c + 1) && isRoleWord(u.lw[c + 2])));
  if (c === s0 || c >= k - 2 || u.toks[c].text !== ',' || u.quoted[c] || !(ASIDE_OPENERS.has(u.lw[c + 1]) || titled)) return undefined;
  // A lone capitalised opener is no name ("Today, a …").
  if (c - s0 === 1 && !isFirstName(u.toks[s0].text)) return undefined;
  // (A dotted name before "which" is left to the phrase reader: "The U.N., which …, called".)
  if (u.lw[c + 1] === 'which' && u.toks[c - 1].kind !== TokenKind.Word) return undefined;
  for (let m = c + 1; m < k; m++) if (u.quoted[m] || (u.toks[m].kind === TokenKind.Punct && u.toks[m].text !== ',' && u.toks[m].text !== '.' && u.toks[m].text !== '-' && u.toks[m].text !== "'" && u.toks[m].text !== '’')) return undefined;
  let a = s0;
  // ("The Southern Nevada Water Authority, which supplies …": the article is no part of the name.)
  while (a < c - 1 && (TITLE_ABBREVIATIONS.has(u.lw[a]) || u.toks[a].text === '.' || u.lw[a] === 'the')) a++;
  return { span: { a, b: c - 1 }, subjectStart: s0 };
}
const ASIDE_OPENERS = new Set(['who', 'whose', 'which', 'a', 'an']);
// Capitalised openers of a sentence that are no name: a preposition, a time word.
const NOT_NAME_OPENERS = new Set(['on', 'in', 'at', 'last', 'this', 'after', 'before', 'during', 'since', 'by', 'for', 'from', 'the', 'earlier', 'later', 'then']);

/** Tokens [s0, c) are a person's name: a known first name opening it, or two or more capitalised
 *  words, none a preposition or a date word. */
function personOpening(u: Unit, s0: number, c: number): boolean {
  if (isFirstName(u.toks[s0].text)) return true;
  if (c - s0 < 2) return false;
  for (let m = s0; m < c; m++) {
    const w = u.lw[m];
    if (u.toks[m].kind !== TokenKind.Word || NOT_NAME_OPENERS.has(w) || EN_WEEKDAYS.has(w) || EN_MONTHS.has(w)) return false;
  }
  return true;
}

/** The comma before the one at c2 within an apposition's reach (no other punctuation between), or -1. */
function commaBefore(u: Unit, c2: number): number {
  // (A comma set inside the quotation's closing mark is read from before the quotation.)
  const quotedComma = c2 + 1 < u.toks.length && commaInsideClosingQuote(u, c2 + 1) === c2 ? quotationOpening(u, c2 + 1, c2 - APPOSITION_MAX) : -1;
  for (let c1 = quotedComma >= 0 ? quotedComma - 1 : c2 - 1; c1 >= 0 && c2 - c1 <= APPOSITION_MAX; c1--) {
    // 'Hill, who called it a “sociopath,” said': a short quotation inside the aside is read past whole.
    const opened = CLOSING_QUOTES.has(u.toks[c1].text) ? quotationOpening(u, c1, c2 - APPOSITION_MAX) : -1;
    if (opened >= 0) { c1 = opened; continue; }
    const t = u.toks[c1];
    if (u.quoted[c1] || u.sentenceStarts.has(c1 + 1) && c1 + 1 < c2 && t.text !== '.') return -1;
    // ("a firm in Arlington, Va., found": a state after its town is read past, with its commas.)
    if (t.text === ',') {
      if (apStateBetween(u, c1, c2)) continue;
      return c1;
    }
    if (t.kind === TokenKind.Punct && t.text !== '.' && t.text !== '-' && t.text !== '’' && t.text !== "'") return -1;
  }
  return -1;
}

/** The opening mark of the quotation whose closing mark is at k, if it stands after `lo` with only
 *  words and inner punctuation between, else -1. */
function quotationOpening(u: Unit, k: number, lo: number): number {
  for (let m = k - 1; m >= 0 && m > lo && m > k - 12; m--) {
    const t = u.toks[m].text;
    if (OPEN_QUOTES.has(t) || t === '"') return m > k - 2 ? -1 : m;
    if (t === '.' || t === '!' || t === '?' || CLOSING_QUOTES.has(t)) return -1;
  }
  return -1;
}

/** 'a “sociopath,” said': the comma American style sets inside a closing quotation mark, at the mark k; -1 if none. */
function commaInsideClosingQuote(u: Unit, k: number): number {
  return k >= 1 && CLOSING_QUOTES.has(u.toks[k].text) && u.toks[k - 1].text === ',' && u.toks[k - 1].end === u.toks[k].start
    && quotationOpening(u, k, k - 12) >= 0 ? k - 1 : -1;
}

/**
 * "Beck, who backed Cruz, last week said", "Roe, a lawyer, on Monday said": a time phrase between
 * the comma closing an aside and the verb. Returns that comma's index when k ends such a phrase, else k.
 */
function pastTimeAfterAside(u: Unit, k: number): number {
  let m = k;
  if (m >= 2 && TIME_NOUNS.has(u.lw[m]) && TIME_DETERMINERS.has(u.lw[m - 1])) m -= 2;
  else if (m >= 1 && EN_WEEKDAYS.has(u.lw[m])) m -= u.lw[m - 1] === 'on' ? 2 : 1;
  // (The adverb skip before has passed the weekday itself, which the lexicon lists as an adverb.)
  else if (m >= 1 && u.lw[m] === 'on' && m + 1 < u.toks.length && EN_WEEKDAYS.has(u.lw[m + 1])) m -= 1;
  else return k;
  return m >= 3 && u.toks[m].text === ',' && !u.quoted[m] && !u.quoted[k] ? m : k;
}

/** Between the commas c1 and c2 stands only a US state as the AP abbreviates it ("Va.", "N.Y."). */
function apStateBetween(u: Unit, c1: number, c2: number): boolean {
  const n = c2 - c1 - 1;
  if (n === 2) return AP_STATES.has(u.toks[c1 + 1].text) && u.toks[c1 + 2].text === '.';
  if (n < 3 || n > 5) return false;
  return AP_DOTTED_STATES.has(u.text.slice(u.toks[c1 + 1].start, u.toks[c2 - 1].end));
}

/** A dash that sets off an aside: a long dash, or a hyphen with a space before it ("Roe - a lawyer -"). */
function asideDash(u: Unit, k: number): boolean {
  const t = u.toks[k].text;
  return !u.quoted[k] && (t === '—' || t === '–' || (t === '-' && k > 0 && (u.toks[k].start > u.toks[k - 1].end || u.toks[k - 1].text === '-')));
}

/**
 * "Jane Roe — a lawyer for the city — said": an aside between dashes right before the cue.
 * Returns where the first dash starts (the subject ends there), or undefined.
 */
export function dashAsideBefore(u: Unit, cueI: number, lex: Lexicon): number | undefined {
  let k = cueI - 1;
  while (k >= 0 && lex.adverbs.has(u.lw[k])) k--;
  if (k < 3 || !asideDash(u, k)) return undefined;
  // "--" is two tokens.
  if (u.toks[k - 1].text === '-') k--;
  for (let m = k - 2; m > 0 && k - m <= APPOSITION_MAX; m--) {
    if (u.quoted[m] || u.sentenceStarts.has(m + 1)) return undefined;
    if (asideDash(u, m)) return u.toks[m - 1].text === '-' && m > 1 ? m - 1 : m;
  }
  return undefined;
}

/**
 * "Trump, speaking at a rally in Wilmington, N.C., warned", "Sen. Jane Roe, facing a challenge in
 * Iowa, a swing state, said": a participle's aside between commas right before the cue. Returns
 * the comma that opens it (the subject ends there), or undefined.
 */
export function participleAsideBefore(u: Unit, cueI: number, lex: Lexicon): number | undefined {
  let k = cueI - 1;
  while (k >= 0 && lex.adverbs.has(u.lw[k])) k--;
  if (k < 3 || u.toks[k].text !== ',' || u.quoted[k]) return undefined;
  for (let m = k - 1; m > 1 && k - m <= APPOSITION_MAX; m--) {
    const t = u.toks[m];
    if (u.quoted[m] || u.sentenceStarts.has(m)) return undefined;
    if (t.kind === TokenKind.Punct && t.text !== ',' && t.text !== '.') return undefined;
    // ("The study, prepared by a Dallas firm, noted": a past participle with its agent too; "The lawsuit,
    // filed in federal court in Austin, alleges", "A survey, released this month by X, found": or a time or place.)
    if (u.toks[m - 1].text === ',' && (participle(t.text) || (t.kind === TokenKind.Word && !isCapitalized(t.text)
      && (u.lw[m + 1] === 'by' || (t.text.endsWith('ed') && (lex.prepositions.has(u.lw[m + 1]) || ASIDE_TIMES.has(u.lw[m + 1]))))))) return m - 1;
  }
  return undefined;
}

const ASIDE_TIMES = new Set(['this', 'last', 'earlier']);

/** A lower-case -ing form of some length ("speaking", "facing"; not "king", "thing", nor the preposition "including"). */
function participle(w: string): boolean {
  return w.length > 5 && w.endsWith('ing') && !isCapitalized(w) && w !== 'including';
}

/**
 * "She said leaders had agreed …": the subject of a reported clause starts after the verb
 * that reports it; a phrase read leftwards from the inner cue must not take that verb in.
 * Returns the span from the word after the last speech verb in it.
 */
export function afterSpeechVerb(u: Unit, span: PhraseSpan): PhraseSpan {
  for (let k = span.b; k >= span.a; k--) {
    if (!SPEECH_VERBS.has(u.toks[k].text)) continue;
    // "Steyer announced plans to …": a verb right before the cue leaves no subject to cut out.
    if (k === span.b) return span;
    return span.head !== undefined && span.head <= k ? { a: k + 1, b: span.b } : { ...span, a: k + 1 };
  }
  return span;
}
// Forms that are verbs only (never nouns or names), written in lower case.
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'wrote', 'added', 'argued', 'insisted', 'stated', 'claimed', 'noted', 'explained', 'warned', 'declared', 'announced', 'suggested', 'acknowledged', 'admitted', 'believes', 'believed', 'thinks', 'thought']);

// Cues that report a clause more often than an object ("said officers stopped him").
const CLAUSE_LEMMAS = new Set(['say', 'state', 'claim', 'add', 'believe', 'argue', 'insist', 'write', 'note', 'explain', 'acknowledge', 'admit', 'allege', 'think', 'observe', 'contend', 'assert']);

/** The cue at cueI mostly reports a clause, with or without "that". */
export function clauseCue(u: Unit, cueI: number, lex: Lexicon): boolean {
  const w = u.lw[cueI];
  return SPEECH_VERBS.has(w) || CLAUSE_LEMMAS.has(lex.verbs.get(w)?.lemma ?? w);
}

const VERB_JOINS = new Set(['and', 'but', 'yet']);

/** "X urged Y, and criticized Z": the index of the "and"/"but"/", yet" right before the cue (adverbs between), if any. */
export function coordinatedVerb(u: Unit, cueI: number, lex: Lexicon): number | undefined {
  let k = cueI - 1;
  while (k > 0 && !VERB_JOINS.has(u.lw[k]) && (lex.adverbs.has(u.lw[k]) || lex.notHeads.has(u.lw[k])) && !lex.perfect.has(u.lw[k])) k--;
  // "…, and has called for …": the perfect of the same subject.
  if (k > 1 && lex.perfect.has(u.lw[k]) && VERB_JOINS.has(u.lw[k - 1])) k--;
  if (k <= 0 || !VERB_JOINS.has(u.lw[k]) || u.quoted[k]) return undefined;
  // "demands accountability, yet refuses to …": "yet" joins verbs only after a comma.
  if (u.lw[k] === 'yet' && u.toks[k - 1].text !== ',') return undefined;
  return k;
}

// A reported clause ends before these after a comma ("…, although he …", "…, which …").
// Not ", which …" after "that": a relative clause there goes on with the report as often as not (PolNeAR train).
const CLAUSE_BREAK = new Set(['but', 'although', 'though', 'while', 'whereas', 'because', 'despite', 'meaning', 'according']);
const OBJECT_BREAK = new Set([...CLAUSE_BREAK, 'which', 'he', 'she', 'they', 'where', 'even']);
const OBJECT_THEN_CLAUSE = new Set(['because', 'while', 'when', 'although', 'though', 'whereas', 'unless']);
const DASHES = new Set([';', '—', '–', '―', '--']);

const TIME_UNITS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
const TIME_COUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'just', 'only', 'mere']);

/** "days after", "two weeks before", "a day after", "hours after" at token k: a time clause. */
function timeClauseAt(u: Unit, k: number, ce: number): boolean {
  let m = k;
  while (m < ce && m < k + 2 && (TIME_COUNTS.has(u.lw[m]) || u.toks[m].kind === TokenKind.Number)) m++;
  return m + 1 < ce && TIME_UNITS.has(u.lw[m]) && (u.lw[m + 1] === 'after' || u.lw[m + 1] === 'before') && !u.quoted[m];
}

/** The end of reported content starting at token cs: before a dash, a semicolon or ", and …" outside quotes. */
export function clauseEnd(u: Unit, cs: number, ce: number, lex: Lexicon, clauseCue = false): number {
  // An object or a clause without "that" ends before a new subject more often than a "that" clause (PolNeAR train).
  const breaks = u.lw[cs] === 'that' ? CLAUSE_BREAK : OBJECT_BREAK;
  let words = 0;
  let object = breaks === OBJECT_BREAK && u.lw[cs] !== 'to';
  // Content opening with a preposition or holding a gerund ("her of being asleep when …") is no plain object.
  let gerund = lex.prepositions.has(u.lw[cs]);
  // Bounded: a unit of thousands of cues must not read its tail once per cue.
  for (let k = cs; k < ce && k < cs + 400; k++) {
    const t = u.toks[k];
    if (t.kind === TokenKind.Word) words++;
    // "criticized Jones in a tweet on Sunday": where and when it was said is no part of what was said.
    if (words > 1 && !u.quoted[k] && object && occasionAt(u, k, ce, lex)) return k;
    // A clause ("said he will attack provisions in the tax code") keeps its phrases; only an object ends before one.
    if (object && (lex.auxiliaries.has(u.lw[k]) || lex.personPronouns.has(u.lw[k]) || lex.verbs.has(u.lw[k]))) object = false;
    if (words > 1 && object && !u.quoted[k] && u.lw[k] === 'and' && secondPredicate(u, k, ce, lex)) return u.toks[k - 1].text === ',' ? k - 1 : k;
    if (words > 1 && !object && !u.quoted[k] && u.lw[k] === 'and' && secondCue(u, k, ce, lex)) return u.toks[k - 1].text === ',' ? k - 1 : k;
    // "he had asked for engines from across the state, and Tollefson said …": a second speaker's clause.
    if (words > 1 && !u.quoted[k] && u.lw[k] === 'and' && u.toks[k - 1].text === ',' && namedCueAfter(u, k, ce, lex)) return k - 1;
    if (u.lw[k].length > 4 && u.lw[k].endsWith('ing') && (k === cs || lex.prepositions.has(u.lw[k - 1]))) gerund = true;
    // "called the hearing because they felt …": a bare subordinator after an object opens the narrator's clause.
    // Not after "said": what follows it is a clause whose verb the word lists may not know ("said officers stopped him because …").
    if (words > 1 && object && !clauseCue && !gerund && !u.quoted[k] && OBJECT_THEN_CLAUSE.has(u.lw[k])) return k;
    if (u.quoted[k] || words < 3) continue;
    if (t.kind === TokenKind.Punct && DASHES.has(t.text)) return k;
    if (t.text === ',' && k + 1 < ce && breaks.has(u.lw[k + 1]) && !u.quoted[k + 1]) return k;
    // "…, days after the agency warned that …": a time clause after a comma is the narrator's.
    if (t.text === ',' && k + 2 < ce && !u.quoted[k + 1] && timeClauseAt(u, k + 1, ce)) return k;
    // "…, encouraging his supporters to …": a participle of reporting after a comma opens a report of its own.
    if (t.text === ',' && k + 1 < ce && !u.quoted[k + 1] && lex.verbs.get(u.lw[k + 1])?.adjunct) return k;
    if (t.text === ',' && k + 1 < ce && !u.quoted[k + 1] && narratorParticiple(u, k + 1, lex)) return k;
  }
  return ce;
}

// Words in -ing after a comma that are no participle of the narrator's: prepositions
// ("…, including …", "…, beginning in May") and nouns.
const NOT_PARTICIPLE = new Set([
  'including', 'according', 'during', 'regarding', 'concerning', 'following', 'notwithstanding', 'excluding',
  'beginning', 'starting', 'ending', 'barring', 'pending', 'considering',
  'nothing', 'something', 'anything', 'everything', 'being', 'morning', 'evening', 'building', 'spring', 'thing', 'king',
]);

/**
 * "urged students to sign up, focusing on those under 30": a lower-case participle at k after a
 * comma tells what the speaker did besides, no part of what was reported (PolNeAR). Not a form of
 * a cue verb ("…, suggesting that …", "…, joking that …"): that one reports something of its own.
 */
function narratorParticiple(u: Unit, k: number, lex: Lexicon): boolean {
  const w = u.lw[k];
  if (w.length < 6 || !w.endsWith('ing') || NOT_PARTICIPLE.has(w) || u.toks[k].text !== w) return false;
  if (k + 1 >= u.toks.length || u.toks[k + 1].kind !== TokenKind.Word || u.lw[k + 1] === 'that' || lex.verbs.has(w)) return false;
  const stem = w.slice(0, -3);
  return !lex.verbs.has(stem + 'ed') && !lex.verbs.has(stem + 'd') && !(stem.endsWith('y') && lex.verbs.has(stem.slice(0, -1) + 'ied'));
}

/**
 * "urged them to keep supporting her and said she would …": after a clause or an infinitive,
 * the "and" at k followed by a cue verb with no subject of its own is the speaker's next report,
 * no part of this one (PolNeAR ends the content there; an object's "and" is secondPredicate's).
 */
function secondCue(u: Unit, k: number, ce: number, lex: Lexicon): boolean {
  let m = k + 1;
  while (m < ce && lex.adverbs.has(u.lw[m]) && !u.quoted[m]) m++;
  if (m >= ce || u.quoted[m]) return false;
  const form = lex.verbs.get(u.lw[m]);
  return form !== undefined && !form.needsComplement;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** After the "and" at k, a capitalised name of one to three words, then what secondCue asks after
 *  "and" ("and Tollefson said"); not an -ing adjunct ("and Tollefson, saying …"). */
function namedCueAfter(u: Unit, k: number, ce: number, lex: Lexicon): boolean {
  let m = k + 1;
  while (m < ce && m <= k + 3 && u.toks[m].kind === TokenKind.Word && isCapitalized(u.toks[m].text) && !u.quoted[m]) m++;
  if (m === k + 1 || !secondCue(u, m - 1, ce, lex)) return false;
  while (lex.adverbs.has(u.lw[m])) m++;
  return !lex.verbs.get(u.lw[m])!.adjunct;
}

/**
 * "endorsed Cruz and has appeared at his side", "called for a boycott, and he warned …": after
 * an object, the "and" at k opens a second predicate or clause of the speaker's, no part of what was reported.
 */
function secondPredicate(u: Unit, k: number, ce: number, lex: Lexicon): boolean {
  let m = k + 1;
  while (m < ce && lex.adverbs.has(u.lw[m]) && !u.quoted[m]) m++;
  if (m >= ce || u.quoted[m] || u.toks[m].kind !== TokenKind.Word) return false;
  const w = u.lw[m];
  return (lex.verbs.has(w) && !lex.verbs.get(w)!.needsComplement) || lex.auxiliaries.has(w) || SUBJECT_PRONOUNS.has(w);
}

// Where a statement was made: "in a tweet", "at a rally", "during an interview with …".
const OCCASION_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'through']);
const OCCASION_NOUNS = new Set([
  'interview', 'interviews', 'tweet', 'tweets', 'statement', 'statements', 'speech', 'speeches', 'post', 'posting', 'email',
  'e-mail', 'letter', 'op-ed', 'blog', 'video', 'rally', 'conference', 'debate', 'appearance', 'hearing', 'briefing', 'address',
  'remarks', 'broadcast', 'podcast', 'twitter', 'facebook', 'instagram', 'memo', 'event',
  'meeting', 'forum', 'editorial', 'column', 'essay', 'book', 'call', 'session', 'stop', 'town',
]);
const OCCASION_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'last', 'separate', 'recent']);

// After the occasion, these carry on what was said ("described him in an interview as …", "in a post about …").
const OCCASION_THEN_CONTENT = new Set(['as', 'about', 'of', 'that', 'to']);

/** Lower-cased words that are only an occasion, whole: "in a phone interview", "during the debate". */
export function occasionWords(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 2 || n > 6 || !OCCASION_PREPOSITIONS.has(words[0]) || !OCCASION_NOUNS.has(words[n - 1])) return false;
  return n === 2 || OCCASION_DETERMINERS.has(words[1]) || n <= 4;
}

/**
 * Token k opens a phrase saying where or when something was said (a preposition, up to three
 * modifiers, an occasion noun) and nothing reported follows it before ce: "refused in an
 * interview to say that …" still has its content to come.
 */
function occasionAt(u: Unit, k: number, ce: number, lex: Lexicon): boolean {
  if (!OCCASION_PREPOSITIONS.has(u.lw[k])) return false;
  let m = k + 1;
  if (m < ce && OCCASION_DETERMINERS.has(u.lw[m])) m++;
  for (let end = Math.min(ce, m + 4); m < end; m++) {
    if (u.quoted[m] || u.toks[m].kind !== TokenKind.Word) return false;
    if (OCCASION_NOUNS.has(u.lw[m])) break;
  }
  if (m >= ce || !OCCASION_NOUNS.has(u.lw[m])) return false;
  if (m + 1 < ce && OCCASION_THEN_CONTENT.has(u.lw[m + 1])) return false;
  for (let j = m + 1; j < ce && j < m + 40; j++) if (u.quoted[j] || u.toks[j].text === ':' || lex.that.has(u.lw[j])) return false;
  return true;
}

// Words that open an adverbial clause fronted before the main clause ("After X criticized Y, Z …").
const FRONTED = new Set([...SUBORDINATORS, 'unless']);
const FRONTED_FIRST = new Set(['ever', 'even', 'right', 'shortly', 'soon', 'just', 'long']);

/** "While X talked about Y, …": the word at k opens an adverbial clause fronted before the main clause. */
export function frontedOpener(u: Unit, k: number): boolean {
  return FRONTED.has(u.lw[k]) && !u.quoted[k];
}

/**
 * "While critics dismissed him as an actor, the truth was …", "Citing the costs, the mayor …":
 * a cue inside a clause fronted before the main clause reports only up to the comma that
 * closes it. The end (exclusive) of content [cs, ce) of the cue at cueI in the sentence from ss.
 */
export function frontedClauseEnd(u: Unit, ss: number, cueI: number, cs: number, ce: number): number {
  let k = ss;
  if (k < cueI && u.toks[k].kind === TokenKind.Punct && !u.quoted[k]) k++;
  if (k < cueI && FRONTED_FIRST.has(u.lw[k]) && FRONTED.has(u.lw[k + 1])) k++;
  // A participle opening the sentence is the cue itself or stands right before it ("Since announcing …").
  const fronted = (k < cueI && FRONTED.has(u.lw[k])) || (k === cueI && u.lw[k].endsWith('ing'));
  if (!fronted || u.quoted[k]) return ce;
  for (let m = k; m < cueI; m++) if (u.toks[m].text === ',' && !u.quoted[m]) return ce;
  for (let m = cs + 1; m < ce - 2; m++) {
    // '“obligations in Tennessee,” the spokeswoman said': a comma inside a closing quotation ends it too.
    if (u.toks[m].text === ',' && (!u.quoted[m] || (!u.quoted[m + 1] && QUOTE_MARKS.has(u.toks[m + 1].text)))) return u.quoted[m] ? m + 2 : m;
  }
  return ce;
}

// A verb's particle and the preposition that takes its object belong to the cue: "called for",
// "warned against", "laid out", "weighed in with" (PolNeAR marks the object alone as content).
const CUE_PARTICLES = new Set(['out', 'up']);
const CUE_PARTICLES_BEFORE_PREPOSITION = new Set(['out', 'up', 'in', 'off', 'down', 'back']);
const CUE_PREPOSITIONS = new Set(['about', 'for', 'on', 'against', 'with', 'of', 'into', 'at', 'over']);

/** "said Tuesday the …", "voted on Thursday to …", "announced this week that …": past a time phrase right after the cue. */
function pastTimePhrase(u: Unit, k: number, hi: number): number {
  let m = k;
  if (m + 2 < hi && u.lw[m] === 'on' && EN_WEEKDAYS.has(u.lw[m + 1])) m++;
  if (m + 1 < hi && EN_WEEKDAYS.has(u.lw[m])) m++;
  else if (m + 2 < hi && TIME_DETERMINERS.has(u.lw[m]) && u.lw[m] !== 'that' && TIME_NOUNS.has(u.lw[m + 1])) m += 2;
  else return k;
  return u.quoted[m - 1] ? k : m;
}

/** Where the content starts when it follows the cue at token k: past a particle and an object's preposition. */
export function pastCuePreposition(u: Unit, k: number, hi: number, lex: Lexicon): number {
  let m = pastTimePhrase(u, k, hi);
  if (m + 1 < hi && !u.quoted[m] && (CUE_PARTICLES.has(u.lw[m]) || (CUE_PARTICLES_BEFORE_PREPOSITION.has(u.lw[m]) && CUE_PREPOSITIONS.has(u.lw[m + 1])))) m++;
  if (m + 1 < hi && !u.quoted[m] && CUE_PREPOSITIONS.has(u.lw[m])) m++;
  // "pointing to the sale", "referring to herself": "to" before its object; before a verb it opens the content ("vowed to fight").
  else if (m + 1 < hi && !u.quoted[m] && u.lw[m] === 'to' && !u.quoted[m + 1] && u.toks[m + 1].kind !== TokenKind.Punct && !infinitiveAfter(u, m + 1, lex)) m++;
  return m;
}

// Nouns of opinion that a cue takes before what the opinion is about ("expressed concerns about X").
const OPINION_NOUNS = new Set([
  'concern', 'concerns', 'thoughts', 'views', 'view', 'doubts', 'note', 'worries', 'worry', 'criticism',
  'praise', 'opposition', 'frustration', 'misgivings', 'reservations', 'skepticism', 'scepticism',
  'confidence', 'optimism', 'fears', 'hopes', 'opinion', 'opinions', 'objections', 'outrage', 'anger', 'insights',
  'offense', 'offence', 'disappointment', 'displeasure', 'dismay', 'alarm', 'regret', 'sympathy', 'condolences',
]);
const OPINION_PREPOSITIONS = new Set(['about', 'on', 'over', 'at', 'into', 'regarding']);

/**
 * "expressed concerns about the plan", "offered his thoughts on the race": past a short object
 * whose noun is an opinion to what it is about, starting at k; k itself when there is none.
 */
export function pastOpinionNoun(u: Unit, k: number, hi: number): number {
  for (let m = k; m < hi - 1 && m < k + 4; m++) {
    // ("said he shared those concerns about …": a subject pronoun opens a clause, which is the content.)
    if (u.quoted[m] || u.toks[m].kind !== TokenKind.Word || CLAUSE_SUBJECTS.has(u.lw[m])) return k;
    if (OPINION_NOUNS.has(u.lw[m]) && OPINION_PREPOSITIONS.has(u.lw[m + 1]) && !u.quoted[m + 1]) return m + 2 < hi ? m + 2 : k;
  }
  return k;
}

// Verbs that take a person before a "that" clause ("warned Congress that …").
const PERSON_THEN_THAT = new Set(['warned', 'warns', 'warning', 'promised', 'promises', 'convinced', 'persuaded', 'notified', 'showed', 'shows', 'taught', 'reassured', 'advised', 'advises']);

/**
 * "wants policies that create …", "said he is satisfied that …", "warned North Korea to refrain
 * from actions that …": a "that" after an object or a clause of its own belongs inside the
 * content; only a listener, a time or a prepositional phrase stands between a cue and its "that".
 */
export function thatInsideContent(u: Unit, cueI: number, after: number, m: number, lex: Lexicon): boolean {
  for (let k = after; k < m - 1; k++) if (u.lw[k] === 'to' && infinitiveAfter(u, k + 1, lex)) return true;
  const k = pastTimePhrase(u, after, m);
  if (k >= m || LISTENER_CUES.has(u.lw[cueI]) || PERSON_THEN_THAT.has(u.lw[cueI])) return false;
  const t = u.toks[k];
  if (t.kind !== TokenKind.Word || u.quoted[k] || lex.prepositions.has(u.lw[k]) || lex.adverbs.has(u.lw[k]) || TIME_NOUNS.has(u.lw[k])) return false;
  return true;
}

// Verbs that take the listener before what was said: "told his audience they …", "asked them why …".
const LISTENER_CUES = new Set(['told', 'tell', 'tells', 'telling', 'asked', 'ask', 'asks', 'asking', 'assured', 'assuring', 'reminded', 'reminding', 'informed', 'emailed']);
// What was said opens with these after the listener: a subject pronoun, a question word or an infinitive.
const AFTER_LISTENER = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'why', 'what', 'how', 'whether', 'if', 'who', 'when', 'where', 'to']);

const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those']);

/** "told reporters they …", "asked the campaigns why …": past a short listener after such a cue at cueI, content starting at k. */
export function pastListener(u: Unit, cueI: number, k: number, hi: number, lex: Lexicon): number {
  // ("asked whether …": the question comes first, with no listener before it.)
  if (!LISTENER_CUES.has(u.lw[cueI]) || QUESTION_WORDS.has(u.lw[k])) return k;
  for (let m = k + 1; m < hi && m <= k + 6; m++) {
    if (u.quoted[m] || u.toks[m].kind === TokenKind.Punct && !nameDot(u, m)) return k;
    if (AFTER_LISTENER.has(u.lw[m])) return m;
    // "told reporters the river had …": a second noun phrase after the listener is what was said.
    if (SUBJECT_DETERMINERS.has(u.lw[m]) && !SUBJECT_DETERMINERS.has(u.lw[m - 1]) && !lex.prepositions.has(u.lw[m - 1]) && u.toks[m - 1].kind === TokenKind.Word) return m;
    if (lex.verbs.has(u.lw[m]) || lex.auxiliaries.has(u.lw[m]) || lex.that.has(u.lw[m])) return k;
  }
  return k;
}

// Verbs whose listener may stand between the cue and the end of the attribution ("told The Post").
const TELL = new Set(['told', 'tells', 'tell']);

/** '"…," X said on Monday.' / '…, X said, adding …': no "that", quotation or clause follows the cue before the next comma. */
export function nothingReportedAfter(u: Unit, j: number, lex: Lexicon): boolean {
  let words = 0;
  const from = j;
  // '…, X told The Huffington Post on Thursday.': a named listener is no reported clause.
  // (Not in a headline whose every word is capitalised.)
  if (j > 0 && TELL.has(u.lw[j - 1]) && !isCapitalized(u.toks[j - 1].text)) {
    if (u.lw[j] === 'the' && j + 1 < u.toks.length && isName(u, j + 1)) j++;
    while (j < u.toks.length && !u.quoted[j] && (isName(u, j) && u.toks[j].kind === TokenKind.Word && !lex.boundaries.has(u.lw[j]) && !lex.prepositions.has(u.lw[j]) || nameDot(u, j))) j++;
    if (j === from + 1 && u.lw[from] === 'the') j = from;
  }
  for (let k = j; k < u.toks.length && k < from + 60; k++) {
    const t = u.toks[k].text;
    if (t === ',' || t === '.' || t === '!' || t === '?' || t === ';' || u.sentenceStarts.has(k)) return true;
    if (lex.that.has(u.lw[k]) || t === ':' || u.quoted[k] || t === '“' || t === '"') return false;
    // "refused to disclose …": an infinitive is what was reported, not an adverbial.
    if (k === j && u.lw[k] === 'to' && infinitiveAfter(u, k + 1, lex)) return false;
    // "she called for an end to …", "warned against a deal": the object of these is what was reported.
    if (k === j && (u.lw[k] === 'for' || u.lw[k] === 'against') && k + 1 < u.toks.length && u.toks[k + 1].kind === TokenKind.Word) return false;
    // "X said he would …": a clause, unless it is an adverbial ("in an interview on Monday"); a
    // short one too when it opens on a subject pronoun and its verb ("said it was over").
    if (k === j && CLAUSE_SUBJECTS.has(u.lw[k]) && k + 1 < u.toks.length && lex.auxiliaries.has(u.lw[k + 1]) && !u.quoted[k + 1]) return false;
    if (u.toks[k].kind === TokenKind.Word && ++words > 3 && !lex.prepositions.has(u.lw[j]) && !lex.adverbs.has(u.lw[j])) return false;
  }
  return true;
}

const CLAUSE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'this', 'that']);

// After "to", these open a noun phrase ("said to the crowd"), not an infinitive.
const TO_OBJECT = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'reporters', 'me', 'him', 'them', 'us', 'you', 'whom', 'some', 'all', 'both', 'each', 'every', 'any', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);

/** "to disclose": a lower-case word after "to" that opens no noun phrase. */
function infinitiveAfter(u: Unit, k: number, lex: Lexicon): boolean {
  if (k >= u.toks.length || u.quoted[k] || u.toks[k].kind !== TokenKind.Word || isCapitalized(u.toks[k].text)) return false;
  const w = u.lw[k];
  return !TO_OBJECT.has(w) && !lex.personPronouns.has(w) && !lex.groupPronouns.has(w) && !/\d/.test(w) && !w.endsWith('ing');
}

/**
 * "Poll: Wealthy Voters Abandon …", "Jane Doe: The Plan Is Dead": a one-sentence paragraph
 * (a headline) opening with a short name and a colon attributes the rest to that name.
 * Returns the name's last token index and the colon's, or undefined.
 */
export function colonHeadline(sentTokens: readonly Token[], paragraphSentences: number): { nameEnd: number; colon: number } | undefined {
  if (paragraphSentences !== 1 || sentTokens.length < 5) return undefined;
  for (let k = 0; k < sentTokens.length && k <= 4; k++) {
    const t = sentTokens[k];
    // "Q:", "A:", "Contributing:", "Breaking:": a letter or an -ing word labels the line; it is no name.
    if (t.text === ':') return k > 0 && sentTokens.length - k > 3 && !labelBeforeColon(sentTokens[k - 1].text) ? { nameEnd: k - 1, colon: k } : undefined;
    if (t.kind !== TokenKind.Word || !isCapitalized(t.text)) return undefined;
  }
  return undefined;
}

function labelBeforeColon(w: string): boolean {
  return w.length === 1 || (w.length > 5 && w.endsWith('ing'));
}

// A name goes on into a genitive or a list; a title-case headline's verb ends with a period or a quotation ("Obama Says.").
const NAME_RUN_GOES_ON = new Set([',', '’', ';', ')']);

/** "the United States said": a capitalised cue word inside a sentence written in lower case is part of a name. */
export function nameInsideSentence(u: Unit, i: number): boolean {
  if (i === 0 || u.sentenceStarts.has(i) || !isName(u, i) || i + 1 >= u.toks.length) return false;
  const prev = u.toks[i - 1];
  if (prev.kind === TokenKind.Punct) return false;
  // "the United States.", "the Gulf States": a capitalised "States" after a name word ends a place name.
  if (u.lw[i] === 'states' && isName(u, i - 1)) return true;
  const next = u.toks[i + 1];
  // "the United States’ military", "the United States, Britain and France": the last word of a name run.
  if (NAME_RUN_GOES_ON.has(next.text) && isName(u, i - 1)) return true;
  return next.kind === TokenKind.Word && !isName(u, i + 1);
}

const SIGN_DASHES = new Set(['―', '—', '–', '-', '--']);
const QUOTE_MARKS = new Set(['“', '”', '"', '«', '»']);

/**
 * '"We must vote him out." ― Jane Doe': a paragraph that is a quotation signed with a dash
 * and a name. Returns the quotation's first and last token, the dash, and the name's tokens.
 */
export function signOff(toks: readonly Token[]): { from: number; to: number; dash: number; a: number; b: number } | undefined {
  const n = toks.length;
  if (n < 6 || !QUOTE_MARKS.has(toks[0].text)) return undefined;
  let b = n - 1;
  while (b > 0 && toks[b].text === '.') b--;
  // The name: capitalised words, initials with their periods, at most five tokens and words.
  let a = b;
  let words = 0;
  for (let k = b; k > 0 && b - k < 7; k--) {
    const t = toks[k];
    if (t.kind === TokenKind.Word && isCapitalized(t.text)) { a = k; words++; continue; }
    if (t.text === '.' && k > 0 && toks[k - 1].text.length === 1 && k < b) continue;
    break;
  }
  if (words === 0 || words > 5 || toks[b].kind !== TokenKind.Word) return undefined;
  const dash = a - 1;
  const to = dash - 1;
  if (to < 2 || !SIGN_DASHES.has(toks[dash].text) || !QUOTE_MARKS.has(toks[to].text)) return undefined;
  // Not a name that just ends a sentence of the quotation: the dash stands right after the closing quote.
  return { from: 0, to, dash, a, b };
}

/**
 * '"…," Graham told The New York Times then.': a quotation closes right before the subject and
 * the cue is followed by a listener or adverbials, with no "that", colon or quotation soon after:
 * the quotation is what was said, however many words follow the cue.
 */
export function quoteThenAttribution(u: Unit, subjectStart: number, j: number, lex: Lexicon): boolean {
  let q = subjectStart - 1;
  // ''…,'' Mr. Smith told: two apostrophes close the quotation as one mark.
  if (q >= 2 && doubledApostrophe(u.toks, q - 1)) q--;
  else if (q < 1 || !CLOSING_QUOTES.has(u.toks[q].text)) return false;
  if (q < 1 || !u.quoted[q - 1] || u.quoted[q]) return false;
  // 'The four "loopholes" he cited are …': a quoted word is no quotation closing before its speaker; that ends in punctuation.
  if (!QUOTE_CLOSING_PUNCT.has(u.toks[q - 1].text)) return false;
  // 'Wednesday on Fox News Channel's "Hannity," Newt Gingrich said if …': a programme's title after
  // "on" or a possessive, not a quotation.
  let o = q - 1;
  while (o > 0 && u.quoted[o - 1]) o--;
  let titleWords = 0;
  for (let k = o; k < q; k++) if (u.toks[k].kind === TokenKind.Word) titleWords++;
  const lead = o >= 2 ? u.lw[o - 2] : '';
  if (titleWords <= 4 && (lead === 'on' || lead === 'in' || lead === 'at' || lead.endsWith('’s') || lead.endsWith("'s"))) return false;
  // '"…," she said he would …': a clause with its own subject follows.
  if (j < u.toks.length && (lex.personPronouns.has(u.lw[j]) || lex.groupPronouns.has(u.lw[j]))) return false;
  for (let k = j; k < u.toks.length && k < j + 25; k++) {
    const t = u.toks[k].text;
    if (u.sentenceStarts.has(k) || t === '.' || t === ',' || t === ';' || t === '!' || t === '?') return true;
    // '"…," she said when asked whether …': a "that" or "whether" after another reporting verb is that verb's.
    if (k > j && lex.verbs.has(u.lw[k])) return true;
    // "the meeting that was held": a relative "that" before its verb reports nothing.
    const relative = k > j && lex.that.has(u.lw[k]) && lex.auxiliaries.has(u.lw[k + 1] ?? '');
    if ((lex.that.has(u.lw[k]) && !relative) || t === ':') return false;
    // 'said in an interview on "New Day."': a quotation after some words is a title or a scare quote, not more of what was said.
    if (k === j && (u.quoted[k] || QUOTE_MARKS.has(t))) return false;
  }
  // A long tail with no "that" or colon is a listener and adverbials: the quotation is still what was said.
  return true;
}
/** Marks that close a quotation, curly or straight. */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '"', '»']);
const QUOTE_CLOSING_PUNCT = new Set([',', '.', '?', '!', '…', '—', '-', '–']);

/**
 * "Polls show Clinton leads", "Voters believe the plan is bad": a complement clause without
 * "that" — a short phrase, then a finite auxiliary — after a verb that otherwise needs one.
 */
export function zeroThatClause(u: Unit, j: number, lex: Lexicon): boolean {
  if (j >= u.toks.length || lex.prepositions.has(u.lw[j]) || lex.auxiliaries.has(u.lw[j]) || u.lw[j] === 'to') return false;
  for (let k = j; k < u.toks.length && k < j + 6; k++) {
    // ("thinks Mr. Trump will …": a title's period is part of the name.)
    if ((u.toks[k].kind !== TokenKind.Word && !nameDot(u, k)) || u.quoted[k]) return false;
    if (k > j && lex.auxiliaries.has(u.lw[k])) return true;
  }
  // "believes they are", "think Obama advanced the agenda": a subject pronoun, or a name followed by
  // a verb in -s or -ed, opens a clause. ("it" and "you" are objects as often: "found it hard".)
  if (SUBJECT_PRONOUNS.has(u.lw[j]) && !u.quoted[j]) {
    const next = u.toks[j + 1];
    return next !== undefined && next.kind === TokenKind.Word && !u.quoted[j + 1] && !lex.prepositions.has(u.lw[j + 1]) && u.lw[j + 1] !== 'to';
  }
  let k = j;
  while (k < u.toks.length && (isName(u, k) || nameDot(u, k)) && !u.quoted[k]) k++;
  return k > j && k < u.toks.length && u.toks[k].kind === TokenKind.Word && !u.quoted[k] && u.lw[k].length > 3
    && (u.lw[k].endsWith('ed') || (u.lw[k].endsWith('s') && !u.lw[k].endsWith('ss'))) && !lex.prepositions.has(u.lw[k]);
}

// Plural records that report what they hold, besides the document nouns ("records show", "emails showed").
const RECORD_NOUNS = new Set(['records', 'emails', 'e-mails', 'results', 'numbers', 'filings', 'statistics', 'research']);

/**
 * "A new poll shows Clinton leading", "records show he …": a verb that reports only before
 * "that" reports what follows it when its subject, right before it, is a poll, a study or records.
 */
export function documentSubject(u: Unit, i: number, lex: Lexicon): boolean {
  // "statements made by", "a poll released on Monday.": a participle after the noun, not its verb.
  const next = i + 1 < u.toks.length ? u.toks[i + 1] : undefined;
  if (!next || u.lw[i + 1] === 'by' || ((next.kind !== TokenKind.Word || TIME_DETERMINERS.has(u.lw[i + 1]) || EN_WEEKDAYS.has(u.lw[i + 1])) && u.lw[i].endsWith('ed'))) return false;
  // "A CNN poll last month showed": past a time phrase too.
  let k = subjectEndBeforeTime(u, i, lex) - 1;
  while (k > 0 && lex.adverbs.has(u.lw[k])) k--;
  if (k < 0 || u.quoted[k] || u.toks[k].kind !== TokenKind.Word) return false;
  if (!(isCapitalized(u.toks[k].text) && !u.sentenceStarts.has(k)) && (RECORD_NOUNS.has(u.lw[k]) || documentNoun(u.lw[k]))) return true;
  return documentHeadsSubject(u, i, lex) !== undefined;
}

// Words that may stand between the start of a sentence and its subject ("But a study …").
const SUBJECT_OPENERS = new Set(['but', 'and', 'yet', 'still', 'now']);
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose']);
// How far back from the verb a document heading its subject is looked for.
const DOCUMENT_SUBJECT_MAX = 16;

// isDocumentNoun tries some seventeen endings of the word against a trie, and documentHeadsSubject
// asks it of up to sixteen words before every English cue without a subject: the same everyday
// words each time. The answer is kept per word (bounded, like the mention layer's caches).
const DOCUMENT_NOUN_CACHE = new BoundedMemo<boolean>(20_000);

function documentNoun(lower: string): boolean {
  const known = DOCUMENT_NOUN_CACHE.get(lower);
  return known !== undefined ? known : DOCUMENT_NOUN_CACHE.set(lower, isDocumentNoun(lower));
}

/**
 * "A 2014 study by a law professor found …", "a report released by the agency last month reveals …":
 * the document heads a subject that goes on after it (a prepositional phrase, a participle, a relative)
 * up to the verb at i; the subject opens the sentence, so the verb is the subject's own.
 * Returns the document's phrase, or undefined.
 */
export function documentHeadsSubject(u: Unit, i: number, lex: Lexicon): PhraseSpan | undefined {
  let k = i - 1;
  while (k > 0 && lex.adverbs.has(u.lw[k])) k--;
  // A relative or complement clause word other than the one right after the document: the verb may be that clause's.
  let clauses = 0;
  for (let m = k - 1; m >= 0 && m >= k - DOCUMENT_SUBJECT_MAX; m--) {
    if (u.quoted[m] || u.sentenceStarts.has(m + 1)) return undefined;
    if (RELATIVE_WORDS.has(u.lw[m])) clauses++;
    if ((isCapitalized(u.toks[m].text) && !u.sentenceStarts.has(m)) || !(RECORD_NOUNS.has(u.lw[m]) || documentNoun(u.lw[m]))) continue;
    const after = u.lw[m + 1];
    // "a study that appeared in …": the relative's own verb is not the document's.
    const relative = after === 'that' || after === 'which';
    if (!(lex.prepositions.has(after) || relative || after.endsWith('ed')) || clauses > (relative ? 1 : 0) || k < m + (relative ? 2 : 1)) return undefined;
    const l = phraseLeftOf(u, m + 1, lex);
    if (!l || l.b !== m) return undefined;
    // The phrase read may stop at a year ("A 2014 study"); the document's noun alone names it.
    let a = l.a;
    while (a > 0 && (u.toks[a - 1].kind === TokenKind.Number || ARTICLES.has(u.lw[a - 1]))) a--;
    if (SUBJECT_OPENERS.has(u.lw[a - 1] ?? '')) a--;
    return a === 0 || u.sentenceStarts.has(a) ? { a: m, b: m } : undefined;
  }
  return undefined;
}

// A participle that reports with no agent named: "is expected to win". (Verbs of regard with
// "as", "is widely seen as", were tried: PolNeAR marks only half of them, and half B did not gain.)
const PASSIVE_TO = new Set(['expected']);

/** Every participle that may report in the passive, for the list of words that can start a cue. */
export const EN_PASSIVE_CUES = [...PASSIVE_TO, 'asked'];
// "was asked about the plan", "Asked whether she would run, …": the question follows.
const ASKED_WHAT = new Set(['about', 'if', 'whether', 'why', 'what', 'how', 'who', 'when', 'to']);

/**
 * "Obama is expected to join …", "She was asked about the leak": after a form of "be", such a
 * participle reports a view or a question with nobody in particular behind it. Returns the index
 * after the cue ("to"/"about" included), or undefined.
 */
export function passiveReport(u: Unit, i: number): number | undefined {
  const next = u.lw[i + 1];
  if (i + 2 >= u.toks.length || u.quoted[i + 1] || u.quoted[i + 2]) return undefined;
  if (next === 'to' && PASSIVE_TO.has(u.lw[i])) return i + 2;
  if (u.lw[i] === 'asked' && ASKED_WHAT.has(next)) return next === 'about' || next === 'to' ? i + 2 : i + 1;
  return undefined;
}

/** "Asked about the plan, the mayor said …": a sentence opening with "Asked" and its question. */
export function askedOpening(u: Unit, i: number): number | undefined {
  if (u.toks[i].text !== 'Asked' || !(i === 0 || u.sentenceStarts.has(i))) return undefined;
  return askedQuestion(u, i)?.j;
}

/**
 * "Asked by reporters on Monday whether …", "…, she said when asked about the vote": an "asked"
 * with no subject (opening a sentence, or after "when"), the question it puts after it. Returns
 * where the question starts and the "by" of who asked, if named; undefined when it is no such cue.
 */
export function askedQuestion(u: Unit, i: number): { j: number; agent?: number } | undefined {
  if (u.lw[i] !== 'asked' || u.quoted[i]) return undefined;
  const opening = (i === 0 || u.sentenceStarts.has(i)) && u.toks[i].text === 'Asked';
  if (!opening && !(i >= 1 && u.lw[i - 1] === 'when' && !u.quoted[i - 1])) return undefined;
  const n = u.toks.length;
  let k = i + 1;
  let agent: number | undefined;
  // "Asked by a reporter whether …": who asked, a short phrase up to the question word.
  if (u.lw[k] === 'by') {
    agent = k;
    k++;
    while (k < n && k < i + 8 && !ASKED_WHAT.has(u.lw[k]) && u.toks[k].kind === TokenKind.Word && !u.quoted[k]) k++;
    if (k === agent + 1) return undefined;
  }
  // "Asked later about …", "asked on Monday whether …", "asked in an interview if …".
  for (let guard = 0; guard < 3 && k < n && !u.quoted[k]; guard++) {
    const w = u.lw[k];
    if (ASKED_TIMES.has(w)) k++;
    else if (w === 'on' && k + 1 < n && EN_WEEKDAYS.has(u.lw[k + 1])) k += 2;
    else if (EN_WEEKDAYS.has(w)) k++;
    else if ((w === 'last' || w === 'this') && k + 1 < n && TIME_NOUNS.has(u.lw[k + 1])) k += 2;
    else if (w === 'in' && k + 2 < n && (u.lw[k + 1] === 'an' || u.lw[k + 1] === 'a') && u.lw[k + 2] === 'interview') k += 3;
    else break;
  }
  if (k >= n || u.quoted[k] || !ASKED_WHAT.has(u.lw[k])) return undefined;
  return { j: u.lw[k] === 'about' ? k + 1 : k, agent };
}
// What may be asked, less the prepositions that put it ("about", "to"): a question word.
const QUESTION_WORDS = new Set([...ASKED_WHAT].filter((w) => w !== 'about' && w !== 'to'));
const ASKED_TIMES = new Set(['later', 'again', 'repeatedly', 'recently', 'earlier', 'specifically', 'directly', 'once', 'then', 'also']);

// After ", X said," these open an adverbial or a new report, not the rest of the reported sentence.
const NOT_RESUMING = new Set(['and', 'compared', 'based', 'but', 'or', 'as', 'adding', 'saying', 'according', 'citing', 'noting', 'in', 'on', 'at', 'after', 'before', 'during', 'while', 'when', 'because', 'since', 'although', 'though', 'which', 'who', 'where', 'referring', 'speaking', 'calling', 'with', 'without', 'for', 'to', 'from', 'by', 'than', 'then', 'so', 'if', 'unless', 'until']);

// Words opening an adverbial clause, whose verb reports nothing of its own after a final attribution.
const ADVERBIAL_OPENERS = new Set([...SUBORDINATORS, 'where', 'than', '(']);

/**
 * Token k, before a subject after a final attribution, shows the clause is part of another:
 * an adverbial ("where X spoke"), a complement ("adding that the phrase suggests"), an aside
 * in parentheses, or a preposition's object rather than a subject ("bristled at the questions").
 */
export function notOwnClause(u: Unit, k: number, lex: Lexicon): boolean {
  const w = u.lw[k];
  return ADVERBIAL_OPENERS.has(w) || lex.that.has(w) || lex.prepositions.has(w);
}

/**
 * "The plan, the mayor said, would cost more": the reported sentence goes on after a
 * parenthetical attribution; `comma` is the comma that closes it.
 */
export function parentheticalGoesOn(u: Unit, from: number, comma: number, hi: number, lex: Lexicon): boolean {
  const next = comma + 1;
  if (next >= hi || u.quoted[from] || u.quoted[next] || u.toks[next].kind !== TokenKind.Word) return false;
  // '"…," said Jane Doe, a lawyer for …': a sentence opening with a quotation said it all; the
  // words after the speaker's comma describe the speaker.
  // Some newspapers open it with two apostrophes ('' … ,'').
  const opener = QUOTE_MARKS.has(u.toks[from].text) ? from + 1 : doubledApostrophe(u.toks, from) ? from + 2 : -1;
  if (opener > 0 && opener < comma && u.quoted[opener]) return false;
  const w = u.lw[next];
  if (NOT_RESUMING.has(w) || lex.prepositions.has(w) || w.endsWith('ing') || lex.subordinators.has(w)) return false;
  // At least a couple of words follow before the sentence ends; after an inverted tag, a verb among
  // them too: "…, said Jane Doe, the board's chair." ends in an apposition that describes the speaker.
  let words = 0;
  let verb = !invertedTag(u, comma);
  for (let k = next; k < hi && k < next + 40 && !u.sentenceStarts.has(k) && !(verb && words >= 2); k++) {
    if (u.toks[k].kind !== TokenKind.Word) continue;
    words++;
    const v = u.lw[k];
    if (lex.auxiliaries.has(v) || lex.passive.has(v) || lex.perfect.has(v) || lex.verbs.has(v) || v.endsWith('ed')) verb = true;
  }
  return words >= 2 && verb;
}

/** ", said Jane Doe," ending at `comma`: the cue stands before its speaker. */
function invertedTag(u: Unit, comma: number): boolean {
  let k = comma - 1;
  while (k > 0 && comma - k < 8 && u.toks[k].kind === TokenKind.Word && !EN_INVERTING.has(u.lw[k])) k--;
  return k > 0 && k < comma - 1 && EN_INVERTING.has(u.lw[k]) && !u.quoted[k] && CLOSING_PUNCT.has(u.toks[k - 1].text);
}
const CLOSING_PUNCT = new Set([',', '”', '"', "'"]);

const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'summer', 'spring', 'fall', 'autumn', 'winter', 'day', 'time']);
const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'that', 'each', 'every']);

/**
 * "The court last month rejected", "Trump this week also said": the end (exclusive) of the
 * subject before a time phrase and adverbs standing between it and the cue, or `cueI` when there is none.
 */
export function subjectEndBeforeTime(u: Unit, cueI: number, lex: Lexicon): number {
  const adverb = rareAdverbBefore(u, cueI, lex);
  if (adverb !== undefined) return adverb;
  let k = cueI - 1;
  while (k >= 0 && lex.adverbs.has(u.lw[k])) k--;
  const skipped = k < cueI - 1;
  const date = dateBefore(u, k, cueI);
  if (date !== undefined) return date;
  if (k < 2 || !TIME_NOUNS.has(u.lw[k]) || !TIME_DETERMINERS.has(u.lw[k - 1]) || u.quoted[k]) {
    // "A report released Tuesday found": a participle with its date modifies the subject.
    return skipped && k >= 1 && reducedRelative(u, k) ? k : cueI;
  }
  k -= 2;
  // "just this month", "earlier this year".
  while (k >= 0 && (lex.adverbs.has(u.lw[k]) || u.lw[k] === 'earlier')) k--;
  if (k >= 1 && reducedRelative(u, k)) return k;
  // "Jane Roe (D-Calif.) last week said": the subject may end on a parenthesis, which the phrase reader skips.
  return k >= 0 && (u.toks[k].kind === TokenKind.Word || (u.toks[k].text === ')' && !u.quoted[k])) ? k + 1 : cueI;
}

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * "Tom Berg on Saturday said", "The council Tuesday night voted", "Berg on June 5 said": a day
 * between the subject and its verb is no part of the subject (a weekday alone would otherwise
 * be read as the subject's head). Returns where the day starts, or undefined; k is its last token.
 */
function dateBefore(u: Unit, k: number, cueI: number): number | undefined {
  if (k < 1 || u.quoted[k]) return undefined;
  let a: number;
  // The lexicon reads a weekday as an adverb, so the skip before stopped at what precedes it.
  if (k + 1 < cueI && EN_WEEKDAYS.has(u.lw[k + 1])) a = k + 1;
  else if (DAY_PARTS.has(u.lw[k]) && EN_WEEKDAYS.has(u.lw[k - 1])) a = k - 1;
  else if (k >= 2 && u.toks[k].kind === TokenKind.Number && EN_MONTHS.has(u.lw[k - 1]) && u.lw[k - 2] === 'on') a = k - 1;
  else return undefined;
  // "Super Tuesday" names an event, not a day.
  if (u.lw[a - 1] === 'super') return undefined;
  if (a >= 1 && (u.lw[a - 1] === 'on' || u.lw[a - 1] === 'early' || u.lw[a - 1] === 'late')) a--;
  const before = a - 1;
  if (before < 0 || u.quoted[before] || NOUN_DETERMINERS.has(u.lw[before])) return undefined;
  return u.toks[before].kind === TokenKind.Word || u.toks[before].text === ')' ? a : undefined;
}

/**
 * "Cruz has long said", "The mayor has steadfastly refused": an adverb too rare for the learned
 * list stands between an auxiliary and the cue; a word in -ly there is never the subject (and
 * "long" right before a cue never is). Returns the adverb's index, or undefined.
 */
function rareAdverbBefore(u: Unit, cueI: number, lex: Lexicon): number | undefined {
  const k = cueI - 1;
  if (k < 1 || u.quoted[k] || lex.adverbs.has(u.lw[k])) return undefined;
  const w = u.lw[k];
  if (w === 'long' && u.toks[k].text === 'long') return k;
  if (w.length <= 4 || !w.endsWith('ly') || isCapitalized(u.toks[k].text)) return undefined;
  const aux = lex.perfect.has(u.lw[k - 1]) || lex.auxiliaries.has(u.lw[k - 1]);
  // "Bill Clinton disingenuously claimed": a longer word in -ly after the subject's last word
  // (not after a determiner: "the assembly said") is an adverb too.
  const afterSubject = w.length > 6 && u.toks[k - 1].kind === TokenKind.Word && !u.quoted[k - 1] && !NOUN_DETERMINERS.has(u.lw[k - 1]);
  return aux || afterSubject ? k : undefined;
}

/**
 * "Mary Olsen, who said …", "Olsen, who has long argued that …": the cue's subject is a relative
 * "who" after a comma. Returns the comma's index (where the antecedent ends), or undefined.
 */
export function relativeWho(u: Unit, cueI: number, lex: Lexicon, subjectEnd = subjectEndBeforeTime(u, cueI, lex)): number | undefined {
  let k = subjectEnd - 1;
  // ("Rhimes and Rihanna who both shared": a quantifier floated off the relative too.)
  while (k >= 2 && (lex.adverbs.has(u.lw[k]) || lex.perfect.has(u.lw[k]) || FLOATING.has(u.lw[k])) && !u.quoted[k]) k--;
  // ("Neighbors who argue that …": the antecedent may be the sentence's first word.)
  if (k < 1 || u.quoted[k]) return undefined;
  // "The union, which endorsed X, …": "which" after a comma speaks for its antecedent like "who".
  // Not "her records in July, which showed …": a date is no antecedent that speaks.
  if (u.lw[k] === 'which' && k >= 2 && u.toks[k - 1].text === ',') return u.toks[k - 2].kind === TokenKind.Word && !EN_MONTHS.has(u.lw[k - 2]) && !EN_WEEKDAYS.has(u.lw[k - 2]) ? k - 1 : undefined;
  if (u.lw[k] !== 'who') return undefined;
  return u.toks[k - 1].text === ',' ? k - 1 : k;
}

/**
 * "X, who backed the bill, said …": what the relative clause reports ends at the comma before
 * the main clause's verb (a known verb, an auxiliary or a past form in -ed), which is no part of it.
 */
export function relativeClauseEnd(u: Unit, cs: number, ce: number, lex: Lexicon): number {
  // Bounded like clauseEnd: a long unit is not read to its end once per cue.
  for (let k = cs + 1; k + 1 < ce && k < cs + 200; k++) {
    // ('who called him a “sociopath,” said': a comma inside the closing mark ends the clause with the quotation.)
    const inQuote = u.quoted[k] && u.toks[k].text === ',' && commaInsideClosingQuote(u, k + 1) === k;
    if (u.toks[k].text !== ',' || (u.quoted[k] && !inQuote)) continue;
    let m = inQuote ? k + 2 : k + 1;
    while (m < ce && lex.adverbs.has(u.lw[m]) && !u.quoted[m]) m++;
    if (m >= ce || u.quoted[m] || u.toks[m].kind !== TokenKind.Word || isCapitalized(u.toks[m].text)) continue;
    const w = u.lw[m];
    if (lex.verbs.has(w) || lex.auxiliaries.has(w) || lex.perfect.has(w) || (w.length > 4 && w.endsWith('ed'))) return inQuote ? k + 2 : k;
  }
  return ce;
}

const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'our', 'your', 'my', 'every', 'each', 'any', 'no']);

/** "poll released", "study published": a past participle right after a lower-case noun. */
function reducedRelative(u: Unit, k: number): boolean {
  return u.lw[k].length > 4 && u.lw[k].endsWith('ed') && !u.quoted[k] && u.toks[k - 1].kind === TokenKind.Word && !isName(u, k);
}

/**
 * "A poll released last week found", "an analysis of campaign-finance reports shows": a cue
 * form right before another reporting verb (a date between) is a noun or a participle
 * modifying the subject, not the report.
 */
export function beforeAnotherCue(u: Unit, i: number, lex: Lexicon): boolean {
  // "He said states like …": after a subject pronoun the cue is the finite verb, and a word in -s
  // right after a past form is a plural noun, its object, not a verb of its own.
  if (i > 0 && SUBJECT_PRONOUNS.has(u.lw[i - 1]) && !u.quoted[i - 1]) return false;
  for (let k = i + 1; k < u.toks.length && k <= i + 4; k++) {
    const w = u.lw[k];
    if (u.quoted[k] || u.toks[k].kind !== TokenKind.Word) return false;
    if (k === i + 1 && w.endsWith('s') && (u.lw[i].endsWith('ed') || u.lw[i] === 'said' || u.lw[i] === 'told')) return false;
    const form = lex.verbs.get(w);
    if (form && !form.adjunct && (!form.needsComplement || k === i + 1)) return true;
    if (k === i + 1 ? !(lex.adverbs.has(w) || TIME_DETERMINERS.has(w)) : !(lex.adverbs.has(w) || TIME_NOUNS.has(w))) return false;
  }
  return false;
}

/** Prepositions that also open a clause: "after Trump attacked her" has Trump as the subject. */
export const EN_CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until']);

/**
 * '"…," said Republican party boss Jane Doe': after an inverted cue, a capitalised word (a party,
 * a state) with lower-case title words after it is the title of the name that follows; the
 * phrase read after the cue goes on to that name. Returns the longer span, or `r` itself.
 */
export function titleRunToName(u: Unit, r: PhraseSpan, lex: Lexicon): PhraseSpan {
  if (!isName(u, r.b)) return r;
  const n = u.toks.length;
  let k = r.b + 1;
  while (k < n && k - r.b <= 3) {
    const t = u.toks[k];
    const w = u.lw[k];
    if (t.kind !== TokenKind.Word || u.quoted[k] || isCapitalized(t.text)) break;
    if (lex.boundaries.has(w) || lex.adverbs.has(w) || lex.verbs.has(w) || lex.auxiliaries.has(w) || lex.that.has(w)) return r;
    k++;
  }
  if (k === r.b + 1 || k >= n || !isName(u, k) || u.quoted[k]) return r;
  let b = k;
  while (b + 1 < n && !u.quoted[b + 1] && (isName(u, b + 1) || nameDot(u, b + 1))) b++;
  while (b > k && u.toks[b].text === '.') b--;
  return { a: r.a, b };
}

// Words that name a share of a group: "most of them", "a majority of voters", "two-thirds of respondents".
const SHARE_HEADS = new Set(['most', 'many', 'some', 'several', 'few', 'all', 'half', 'both', 'majority', 'minority', 'plurality', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'percent', 'none', 'dozens', 'hundreds', 'thousands']);
/** "eight in 10", "nine out of 10": a count in words, one to twelve, as the press writes small counts. */
function countWord(w: string): boolean {
  const n = w === 'one' ? 1 : EN_CARDINALS.get(w);
  return n !== undefined && n >= 1 && n <= 12;
}
// Before a share: "nearly", "only about", "a full", "more than", "the vast".
const SHARE_MODIFIERS = new Set(['nearly', 'almost', 'about', 'roughly', 'around', 'approximately', 'only', 'just', 'some', 'over', 'under', 'more', 'than', 'fewer', 'less', 'a', 'an', 'the', 'full', 'vast', 'slim', 'narrow', 'clear', 'overwhelming', 'large', 'bare', 'mere', 'estimated', 'another']);
// What opens the clause a share stands first in.
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'when', 'as']);

function isCount(u: Unit, k: number): boolean {
  return (u.toks[k].kind === TokenKind.Number && !u.lw[k].includes(':')) || countWord(u.lw[k]);
}

/** The token after a share at k ("eight in 10", "nine out of 10", "42 percent", "42%", "most", "two-thirds"), or k itself when none is there. */
function pastShare(u: Unit, k: number, end: number): number {
  const w = u.lw[k];
  if (SHARE_HEADS.has(w) || /^[a-z]+-(?:thirds?|quarters?|fifths?)$/.test(w)) {
    // "all but two".
    if (w === 'all' && u.lw[k + 1] === 'but' && k + 2 < end && isCount(u, k + 2)) return k + 3;
    return k + 1;
  }
  if (!isCount(u, k)) return k;
  const n = k + 1;
  if (n < end && (u.lw[n] === 'percent' || u.toks[n].text === '%')) return n + 1;
  if (n + 1 < end && u.lw[n] === 'in' && isCount(u, n + 1)) return n + 2;
  if (n + 2 < end && u.lw[n] === 'out' && u.lw[n + 1] === 'of' && isCount(u, n + 2)) return n + 3;
  // "two thirds", "three quarters".
  if (n < end && SHARE_HEADS.has(u.lw[n]) && u.lw[n] !== 'all') return n + 1;
  return k;
}

/**
 * "Nearly eight in 10 Democratic voters said", "Most of them said", "42% say", "all but two
 * said": a share of a group opening its clause speaks for those asked, as PolNeAR marks it.
 * `end` is where the subject ends (exclusive), before the cue at `cueI`. Returns the share with its group, or undefined.
 */
export function shareSubject(u: Unit, cueI: number, end: number, lex: Lexicon): PhraseSpan | undefined {
  // "some calls into the hotline": a share takes a plural verb; a form in -s is a noun here.
  const w = u.lw[cueI];
  if (w.length >= 2 && w.charCodeAt(w.length - 1) === 115 && w.charCodeAt(w.length - 2) !== 115) return undefined;
  let b = end - 1;
  while (b >= 0 && lex.adverbs.has(u.lw[b]) && !SHARE_HEADS.has(u.lw[b])) b--;
  if (b < 0 || u.quoted[b] || (u.toks[b].kind === TokenKind.Punct && u.toks[b].text !== '%')) return undefined;
  // The clause start: at most a dozen tokens back, before any verb.
  let s = b;
  while (s > 0 && b - s < 12) {
    const k = s - 1;
    const t = u.toks[k];
    if (u.quoted[k] || u.sentenceStarts.has(s) || (CLAUSE_OPENERS.has(u.lw[k]) && !(u.lw[k] === 'but' && u.lw[k - 1] === 'all')) || (t.kind === TokenKind.Punct && t.text !== '%' && t.text !== '-')) break;
    if (lex.auxiliaries.has(u.lw[k]) || lex.verbs.has(u.lw[k]) && !SHARE_HEADS.has(u.lw[k])) return undefined;
    s = k;
  }
  if (s > 0 && !u.sentenceStarts.has(s) && !CLAUSE_OPENERS.has(u.lw[s - 1]) && u.toks[s - 1].kind !== TokenKind.Punct) return undefined;
  let k = s;
  // "Some 42%", "more than half": a modifier stands before the share.
  while (k < b && SHARE_MODIFIERS.has(u.lw[k]) && (SHARE_MODIFIERS.has(u.lw[k + 1]) || pastShare(u, k + 1, b + 1) > k + 1)) k++;
  const after = pastShare(u, k, b + 1);
  if (after === k) return undefined;
  // The group after the share: "of them", "of Democrats", "Republican voters in Ohio".
  let m = after;
  if (m <= b && u.lw[m] === 'of') m++;
  for (; m <= b; m++) {
    const t = u.toks[m];
    if (t.kind !== TokenKind.Word && t.kind !== TokenKind.Number && !nameDot(u, m)) return undefined;
    // "Many times he said": a subject of its own.
    if (lex.personPronouns.has(u.lw[m]) || lex.groupPronouns.has(u.lw[m])) return undefined;
  }
  return { a: s, b };
}

// Before the head of a document or a count: "one global index", "a 2014 study", "the 2009 paper".
const ACCORDING_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'this', 'his', 'her', 'its', 'their', 'our', 'another']);

/**
 * "according to one global index", "according to a 2014 Labor Department study": the phrase
 * reader stops at "one" and at a figure; the source's words are read from past them (from the
 * head when a year stood before it). Returns that token, or undefined when nothing is to skip.
 */
export function accordingWordsFrom(u: Unit, start: number): number | undefined {
  let k = start;
  let from: number | undefined;
  while (k + 1 < u.toks.length && k < start + 3 && !u.quoted[k]) {
    if (u.toks[k].kind === TokenKind.Number && u.toks[k + 1].kind === TokenKind.Word) from = ++k;
    else if (ACCORDING_DETERMINERS.has(u.lw[k])) k++;
    else break;
  }
  if (from !== undefined) return from;
  return u.lw[start] === 'one' && k > start ? start : undefined;
}

// After "by", these make a phrase of manner or time, not an agent: "by far", "by then", "by name".
const NOT_AGENT = new Set(['far', 'then', 'now', 'name', 'phone', 'email', 'mail', 'law', 'hand', 'default', 'contrast', 'comparison', 'itself', 'themselves', 'himself', 'herself', 'mistake', 'chance', 'design', 'week', 'month', 'year', 'day']);

/**
 * "The plan was rejected by the council", "She has been criticized by some of her rivals": a
 * reporting participle after a form of "be" with its agent after "by". Returns the index of
 * "by", or undefined. ("by the time", "by a margin": an article is let through only before a noun phrase's head.)
 */
export function passiveAgent(u: Unit, i: number, lex: Lexicon): number | undefined {
  // "were angered by the deal": the one who feels speaks, not what moved them.
  if (FEELING.has(u.lw[i])) return undefined;
  const by = i + 1;
  if (by + 1 >= u.toks.length || u.lw[by] !== 'by' || u.quoted[by] || u.quoted[by + 1]) return undefined;
  const w = u.lw[by + 1];
  if (u.toks[by + 1].kind === TokenKind.Punct || NOT_AGENT.has(w) || w.endsWith('ing') || lex.adverbs.has(w)) return undefined;
  if (ARTICLES.has(w) && (u.lw[by + 2] === 'time' || u.lw[by + 2] === 'margin' || u.lw[by + 2] === 'end')) return undefined;
  return by;
}
const ARTICLES = new Set(['the', 'a', 'an']);
const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** "asked by the host whether …": the agent's phrase ends before the question. */
export function agentPhrase(u: Unit, r: PhraseSpan): PhraseSpan {
  let b = r.b;
  while (b > r.a && ASKED_WHAT.has(u.lw[b])) b--;
  return b === r.b ? r : { a: r.a, b };
}
const FEELING = new Set(['startled', 'outraged', 'angered', 'upset', 'delighted', 'impressed', 'shaken', 'scared', 'frightened', 'worried', 'concerned', 'troubled', 'encouraged', 'disappointed', 'surprised', 'pleased', 'alarmed', 'offended', 'disturbed', 'heartened', 'stunned', 'shocked', 'moved', 'inspired', 'amused', 'annoyed', 'irritated', 'bothered', 'dismayed', 'horrified', 'saddened', 'thrilled', 'excited', 'embarrassed', 'frustrated', 'gripped']);

// Words before a noun that make a participle after them an adjective ("its own proposed maps").
const MODIFIER_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'own', 'this', 'these', 'those']);
const FINITE_AFTER = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'will', 'would']);

/**
 * A past participle at i that modifies a noun rather than reports: before one ("its own proposed
 * maps", "the reported cases"), or after one as a reduced relative clause whose sentence goes on to
 * its own verb ("the damage described in the report was textbook", "a repair contract recommended
 * in 2021 had been put off"). A verb that reports takes its content instead ("described in the
 * report that …").
 */
export function participleModifier(u: Unit, i: number, lex: Lexicon): boolean {
  const w = u.lw[i];
  if (!w.endsWith('ed') || u.quoted[i] || i < 1) return false;
  const next = u.toks[i + 1];
  if (next === undefined || u.quoted[i + 1]) return false;
  if (w === 'called' && namedThing(u, i, next)) return true;
  if (MODIFIER_DETERMINERS.has(u.lw[i - 1]) && !u.quoted[i - 1]) {
    return next.kind === TokenKind.Word && !isCapitalized(next.text) && !lex.prepositions.has(u.lw[i + 1]) && !lex.that.has(u.lw[i + 1]);
  }
  // The noun before: a lower-case word, after a determiner one or two words back.
  const noun = u.toks[i - 1];
  if (noun.kind !== TokenKind.Word || isCapitalized(noun.text) || u.quoted[i - 1] || !lex.prepositions.has(u.lw[i + 1])) return false;
  const det = i >= 2 && MODIFIER_DETERMINERS.has(u.lw[i - 2]) ? i - 2
    : i >= 3 && MODIFIER_DETERMINERS.has(u.lw[i - 3]) && u.toks[i - 2].kind === TokenKind.Word && !isCapitalized(u.toks[i - 2].text) ? i - 3 : -1;
  if (det < 0 || u.quoted[det]) return false;
  // "A wildfire pushed by gusty winds tore …", "A poll released in February by X found": with its
  // agent after it (a time or place between) the participle is passive.
  for (let k = i + 1; k < u.toks.length && k <= i + 5 && !u.quoted[k] && u.toks[k].kind !== TokenKind.Punct; k++) if (u.lw[k] === 'by') return true;
  for (let k = i + 2; k < u.toks.length && k <= i + 10; k++) {
    if (u.quoted[k] || u.toks[k].kind === TokenKind.Punct || lex.that.has(u.lw[k])) return false;
    if (FINITE_AFTER.has(u.lw[k])) return true;
  }
  return false;
}

/** "a program called Sandy Hook Promise", "a website called “…”": a thing brought in by an
 *  indefinite article and named ("called" is "named" there). A person so brought in may call someone
 *  something ("A spokesman called Trump a liar"); so may a body with a possessive before it. */
function namedThing(u: Unit, i: number, next: Token): boolean {
  if (!(isCapitalized(next.text) || next.text === '“' || next.text === '"')) return false;
  const noun = u.lw[i - 1];
  if (u.toks[i - 1].kind !== TokenKind.Word || isCapitalized(u.toks[i - 1].text) || isRoleWord(noun) || isEnglishPeopleNoun(noun + 's')) return false;
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) {
    if (u.quoted[k] || u.toks[k].kind !== TokenKind.Word) return false;
    if (u.lw[k] === 'a' || u.lw[k] === 'an') return true;
    if (isCapitalized(u.toks[k].text)) return false;
  }
  return false;
}

// The nouns of opinion polling: what a poll finds is attributed to it ("In a CNN poll released
// Monday, 50 percent chose …"), as PolNeAR annotates it.
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys']);
// Nouns a poll word may modify instead of heading the phrase ("in the poll numbers").
const POLL_COMPOUNDS = new Set(['numbers', 'results', 'result', 'data', 'question', 'questions', 'respondents', 'station', 'stations',
  'workers', 'booth', 'booths', 'tax', 'taxes', 'watchers', 'site', 'sites', 'closing', 'closings', 'hours', 'position', 'positions', 'standing', 'standings']);
// A poll's words are those of a noun phrase: these end it before any poll noun is reached.
const NOT_IN_POLL_PHRASE = new Set(['which', 'that', 'who', 'where', 'when', 'and', 'or', 'but', 'to', 'for', 'with', 'by', 'as', 'at', 'on', 'in', 'is', 'was', 'are', 'were', 'has', 'have', 'had']);

/** "In a new Fox News poll, …": "in" opening a sentence before a noun phrase headed by a poll noun
 *  (within a few words: names, dates, "/" and "-" between); or closing one after what the poll
 *  found ("Trump has a decisive lead in the polls."). Returns the poll noun's index, or -1.
 *  (Inside a sentence, "has been mired in single digits in the polls and …" is as often no report;
 *  at its end, two in three are PolNeAR train's.) */
export function pollAfterIn(u: Unit, i: number): number {
  if (u.lw[i] !== 'in' || u.quoted[i]) return -1;
  const opening = u.sentenceStarts.has(i);
  for (let k = i + 1; k < u.toks.length && k <= i + 10; k++) {
    if (u.quoted[k]) return -1;
    const t = u.toks[k];
    if (t.kind === TokenKind.Punct) {
      if (t.text === '/' || t.text === '-') continue;
      return -1;
    }
    const w = u.lw[k];
    if (POLL_NOUNS.has(w)) {
      if (k + 1 < u.toks.length && POLL_COMPOUNDS.has(u.lw[k + 1])) return -1;
      return opening || (sentenceEnds(u, k + 1) && wordsSinceSentenceStart(u, i) >= 3) ? k : -1;
    }
    if (NOT_IN_POLL_PHRASE.has(w)) return -1;
  }
  return -1;
}

/** Words from the start of the sentence holding token i up to it. */
function wordsSinceSentenceStart(u: Unit, i: number): number {
  let words = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (u.toks[k].kind === TokenKind.Word) words++;
    if (u.sentenceStarts.has(k)) break;
  }
  return words;
}
