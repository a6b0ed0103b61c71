// A transcript names each turn's speaker in capitals before a colon:
//
//   "WALLACE: Let's start with breaking news …
//   "PENCE: Well, look, …
//
// One such line alone is as likely an editor's note ("UPDATE: …", "CORRECTION: …"). A run of them
// with two labels or more is a dialogue, and each turn is what its speaker said. The paragraph
// reader finds a turn here; the resolver, which sees the paragraphs in order, keeps it only inside
// such a run (TranscriptRuns).
//
// A printed interview labels the reporter's questions "Q:" and the answers "A:" or the
// interviewee's name as written ("Halvorsen: Nothing has gone wrong."). A question is no claim;
// an "A:" answer is the interviewee's, found by the resolver. A name in ordinary case before a
// colon is as often a section label ("Fiskeri: …"), so it counts only in a run with questions.

import type { Lang } from '../model';
import type { Paragraph } from '../text/segment';
import { Token, TokenKind } from '../text/tokenize';
import { Mention, PlaceLookup, mention } from './phrases';
import { isAllCaps } from '../places/normalize';

/** Words in a speaker label: "PENCE", "JAKE TAPPER", "MARY ANN JONES". */
const MAX_LABEL_WORDS = 3;
/** A turn of a transcript lies at most this many paragraphs after the one before ("(CROSSTALK.)" between). */
export const TURN_GAP = 2;
const OPENING_MARKS = new Set(['"', '“', '«']);

/** A turn: its speaker's label as written ("PENCE"), the colon, and what was said, to the paragraph's end. */
export interface Turn {
  label: Mention;
  colon: Token;
  start: number;
  end: number;
  /** Only asks (Norwegian): the reporter's question, no claim, though it is a turn of the dialogue. */
  asks: boolean;
  /** One word of four letters at most ("AP", "UN", "NATO"): as likely a body's initials as a speaker's name. */
  initials: boolean;
  /** "A: …": an interview's answer, labelled with no name. */
  answer: boolean;
  /** A label in ordinary case ("Halvorsen"): a turn only in a run with questions ("Q:"). */
  plain: boolean;
}

/** An interview's question and answer labels. */
const QUESTION = 'Q';
const ANSWER = 'A';

/** The turn a paragraph opens ("PENCE: Well, …"), or undefined. A place is a dateline's ("OSLO: …",
 *  "BERGEN: …" in a run of news briefs), not a speaker's label. */
export function transcriptTurn(para: Paragraph, lang: Lang, places: PlaceLookup): Turn | undefined {
  const toks = para.tokens;
  let k = 0;
  if (k < toks.length && OPENING_MARKS.has(toks[k].text)) k++;
  const first = k;
  const single = k < toks.length && (toks[k].text === QUESTION || toks[k].text === ANSWER);
  // A name as written, capitalised words only: "Halvorsen", "Corinne Halvorsen" (English; see above).
  const plain = !single && lang === 'en' && k < toks.length && plainWord(toks[k]);
  if (single) k++;
  else while (k < toks.length && k - first < MAX_LABEL_WORDS && (plain ? plainWord(toks[k]) : labelWord(toks[k])) && (k === first || toks[k].start === toks[k - 1].end + 1)) k++;
  if (k === first || k >= toks.length || toks[k].text !== ':' || toks[k].start !== toks[k - 1].end) return undefined;
  if (places(toks[first].start, toks[k - 1].end)) return undefined;
  const colon = toks[k];
  const content = toks[k + 1];
  // A label with nothing after it heads what follows ("TRANSCRIPT:"); it is no turn.
  if (!content || content.kind !== TokenKind.Word && content.kind !== TokenKind.Number && !OPENING_MARKS.has(content.text)) return undefined;
  // In Norwegian the reporter's questions are no claims (as a dash paragraph that only asks); nor
  // is an interview's "Q:" in any language.
  const written = textOf(toks, first, k);
  const asks = written === QUESTION || (lang !== 'en' && para.sentences.every((s) => s.tokens.length > 0 && s.tokens[s.tokens.length - 1].text === '?'));
  const start = toks[first].start;
  const end = toks[k - 1].end;
  return {
    label: mention(start, end, written, plain ? written : titleCase(written), 'person', true), colon, start: content.start, end: para.end, asks,
    initials: !single && k - first === 1 && written.length <= 4, answer: written === ANSWER, plain,
  };
}

/** A label that gives an interview's answer: "A", or a name in ordinary case ("Halvorsen"). */
export function answerLabel(label: string): boolean {
  return label === ANSWER || (label.length > 1 && !isAllCaps(label));
}

/** A capitalised word in ordinary case ("Halvorsen", "McCall"), not one in capitals. */
function plainWord(t: Token): boolean {
  if (t.kind !== TokenKind.Word || t.text.length < 2) return false;
  const c = t.text.charCodeAt(0);
  return ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde)) && !isAllCaps(t.text);
}

/** A word in capitals of two letters or more, as a transcript writes a speaker's name. */
function labelWord(t: Token): boolean {
  return t.kind === TokenKind.Word && isAllCaps(t.text);
}

function textOf(toks: readonly Token[], from: number, to: number): string {
  let s = toks[from].text;
  for (let k = from + 1; k < to; k++) s += ' ' + toks[k].text;
  return s;
}

/** "JAKE TAPPER" → "Jake Tapper": the mention's display name (a name the text writes otherwise
 *  elsewhere keeps that spelling). */
function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Decides, paragraph by paragraph in document order, which turns belong to a dialogue. A turn is
 * held until its run has two different labels; then the held turns and every later one in the run
 * are released.
 */
export class TranscriptRuns<T> {
  private labels = new Set<string>();
  private held: T[] = [];
  private lastPara = -Infinity;
  /** The run has a label in ordinary case, which needs questions beside it. */
  private plain = false;

  /** The turns (this one and any held before it) that are now known to be a dialogue's. */
  add(label: string, para: number, turn: T): T[] {
    if (para - this.lastPara > TURN_GAP) {
      this.labels.clear();
      this.held = [];
      this.plain = false;
    }
    this.lastPara = para;
    this.labels.add(label);
    this.plain ||= label !== ANSWER && answerLabel(label);
    if (this.labels.size < 2 || (this.plain && !this.labels.has(QUESTION))) {
      this.held.push(turn);
      return [];
    }
    const out = this.held;
    out.push(turn);
    this.held = [];
    return out;
  }
}
