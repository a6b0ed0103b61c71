// Does a sentence speak of the future? Decides whether "fredag" or "i mars"
// means the coming one or the last one. A few auxiliaries near the word are
// enough for Norwegian news prose; everything else reads as past. English
// marks tense on more words ("is to", "plans to", "'ll", "said"), so it
// reads the nearest cue in the date's own clause.

import type { Cx } from './context';

const FUTURE = new Set(['skal', 'ska', 'will', 'shall', 'kommende', 'neste', 'førstkommende', 'next']);

// The auxiliary usually stands before the date in its clause ("skal møtes igjen i Moskva
// i desember"), so look further back than ahead, but not past the sentence.
const BACK = 8;
const AHEAD = 3;
const SENTENCE_END = new Set(['.', '!', '?']);

// "3." in "3. og 4. desember" is an ordinal, not the end of a sentence.
const endsSentence = (cx: Cx, j: number) => SENTENCE_END.has(cx.raw(j)) && !(cx.raw(j) === '.' && /^\d+$/.test(cx.raw(j - 1)));

export function futureContext(cx: Cx, i: number): boolean {
  if (!cx.no) return englishFuture(cx, i);
  for (let j = i - 1; j >= 0 && j >= i - BACK; j--) {
    if (endsSentence(cx, j)) break;
    if (FUTURE.has(cx.w(j))) return true;
  }
  for (let j = i + 1; j < cx.n && j <= i + AHEAD; j++) {
    if (endsSentence(cx, j)) break;
    if (FUTURE.has(cx.w(j))) return true;
  }
  return false;
}

// Words that put what follows in the future on their own ("will meet", "is
// scheduled for", "a decision is expected on", "the coming days").
const EN_FUTURE = new Set(['will', 'shall', "won't", 'won’t', 'next', 'coming', 'upcoming', 'scheduled', 'slated',
  'expected', 'due', 'tomorrow']);
// Words that do so with an infinitive after them: "is to vote", "plans to
// sign", "going to meet", "due to arrive".
const EN_FUTURE_TO = new Set(['is', 'are', 'am', 'going', 'gonna', 'plan', 'plans', 'planning', 'intend', 'intends',
  'aims', 'aim', 'expects', 'expect', 'set', 'due', 'hopes', 'hope', 'wants', 'want', 'promised', 'vowed', 'pledged',
  'agreed', 'decided', 'threatened', 'prepares', 'preparing', 'ready', 'likely', 'unlikely', 'poised']);
// "to the", "due to rain": not an infinitive after "to".
const NOT_INFINITIVE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that',
  'these', 'those', 'some', 'any', 'no', 'all', 'each', 'every', 'him', 'them', 'us', 'me', 'you', 'it']);
// A deadline looks ahead: "until Wednesday", "by Friday", "before Thursday",
// unless the clause is told in the past ("had left by Friday").
const EN_DEADLINE = new Set(['until', 'till', 'by', 'before']);
// Past tense that is not spelt with -ed, and the perfect and past auxiliaries.
const EN_PAST = new Set(['was', 'were', 'had', 'did', "didn't", 'didn’t', "wasn't", 'wasn’t', "weren't", 'weren’t',
  "hadn't", 'hadn’t', 'said', 'told', 'ago', 'earlier', 'yesterday', 'last', 'met', 'went', 'came', 'began', 'left',
  'held', 'took', 'made', 'gave', 'saw', 'found', 'fell', 'rose', 'won', 'lost', 'sent', 'spoke', 'wrote', 'struck',
  'shot', 'fled', 'led', 'broke', 'brought', 'caught', 'chose', 'drove', 'flew', 'fought', 'got', 'heard', 'kept',
  'knew', 'paid', 'ran', 'sat', 'sold', 'stood', 'thought', 'threw', 'became', 'won', 'spent', 'meant', 'felt']);
// Where a clause ends, looking back from the date: the tense of another
// clause ("said on Monday that they will ...") is not the date's.
const EN_CLAUSE_BREAK = new Set([',', ';', ':', 'that', 'when', 'while', 'after', 'because', 'but', 'and']);

type Tense = 'future' | 'past' | undefined;

/** The tense a single word at j gives its clause, if any. */
function englishTenseAt(cx: Cx, j: number): Tense {
  if (!cx.isWord(j)) return undefined;
  const w = cx.w(j);
  if (EN_FUTURE_TO.has(w) && cx.w(j + 1) === 'to') {
    const v = cx.w(j + 2);
    if (cx.isWord(j + 2) && !cx.capitalized(j + 2) && !NOT_INFINITIVE.has(v)) return 'future';
  }
  if (EN_FUTURE.has(w) || w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
  if (EN_PAST.has(w)) return 'past';
  // Regular past tenses and participles: "announced", "arrested".
  if (w.length > 4 && w.endsWith('ed') && !EN_FUTURE_TO.has(w)) return 'past';
  return undefined;
}

function englishFuture(cx: Cx, i: number): boolean {
  let deadline = false;
  for (let j = i - 1; j >= 0 && j >= i - BACK; j--) {
    if (endsSentence(cx, j)) break;
    const w = cx.w(j);
    // "until Wednesday", "by next Friday", "before the Wednesday meeting" ends at the date.
    if (j >= i - 2 && EN_DEADLINE.has(w)) { deadline = true; continue; }
    const t = englishTenseAt(cx, j);
    if (t) return t === 'future';
    if (EN_CLAUSE_BREAK.has(w)) break;
  }
  for (let j = i + 1; j < cx.n && j <= i + AHEAD + 1; j++) {
    if (endsSentence(cx, j)) break;
    const w = cx.w(j);
    if (w === 'that' || w === ';') break;
    const t = englishTenseAt(cx, j);
    if (t) return t === 'future';
  }
  return deadline;
}
