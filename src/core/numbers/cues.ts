// Hedges before a figure ("ca.", "rundt", "så mange som", "more than"). They
// mark the figure approximate and say which way it may be off, which the
// conflict check uses: "over 10.000" does not contradict "12.000".

export type Bound = 'about' | 'lower' | 'upper';

interface Cue {
  words: string[];
  bound: Bound;
}

const CUES: Array<[string, Bound]> = [
  // Bokmål and Nynorsk
  ['ca.', 'about'], ['ca', 'about'], ['cirka', 'about'], ['sirka', 'about'], ['rundt', 'about'], ['omkring', 'about'],
  ['kring', 'about'], ['om lag', 'about'], ['omlag', 'about'], ['omtrent', 'about'], ['anslagsvis', 'about'],
  ['anslått', 'about'], ['drøyt', 'lower'], ['drøye', 'lower'], ['vel', 'lower'], ['knapt', 'upper'],
  ['knappe', 'upper'], ['snaue', 'upper'], ['snaut', 'upper'], ['nesten', 'upper'], ['nær', 'about'],
  ['nærmere', 'about'], ['nærare', 'about'], ['bortimot', 'upper'], ['oppunder', 'upper'], ['opp mot', 'upper'],
  ['tett på', 'about'], ['over', 'lower'], ['under', 'upper'], ['mer enn', 'lower'], ['meir enn', 'lower'],
  ['flere enn', 'lower'], ['fleire enn', 'lower'], ['mindre enn', 'upper'], ['færre enn', 'upper'],
  ['minst', 'lower'], ['maks', 'upper'], ['maksimalt', 'upper'], ['høyst', 'upper'], ['opptil', 'upper'],
  ['inntil', 'upper'], ['så mange som', 'upper'], ['så mye som', 'upper'], ['så få som', 'lower'],
  ['i overkant av', 'lower'], ['i underkant av', 'upper'], ['godt over', 'lower'], ['godt under', 'upper'],
  ['langt over', 'lower'], ['like over', 'lower'], ['like under', 'upper'], ['rett over', 'lower'],
  ['rett under', 'upper'], ['noe over', 'lower'], ['noe under', 'upper'], ['litt over', 'lower'],
  ['litt under', 'upper'],
  // Vague quantities: "noen hundre", "flere tusen", "et par tusen".
  ['noen', 'about'], ['nokre', 'about'], ['noen få', 'about'], ['et par', 'about'], ['eit par', 'about'],
  ['flere', 'lower'], ['fleire', 'lower'], ['several', 'lower'], ['a few', 'about'],
  // English
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['roughly', 'about'],
  ['some', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['close to', 'about'], ['nearly', 'upper'],
  ['almost', 'upper'], ['more than', 'lower'], ['over', 'lower'], ['above', 'lower'], ['upwards of', 'lower'],
  ['in excess of', 'lower'], ['at least', 'lower'], ['just over', 'lower'], ['well over', 'lower'],
  ['less than', 'upper'], ['fewer than', 'upper'], ['under', 'upper'], ['below', 'upper'], ['just under', 'upper'],
  ['at most', 'upper'], ['up to', 'upper'], ['as many as', 'upper'], ['as much as', 'upper'],
];

// Keyed by the cue's last word so that a look-up costs one probe.
const BY_LAST = new Map<string, Cue[]>();
for (const [text, bound] of CUES) {
  const words = text.split(' ');
  const last = words[words.length - 1];
  const list = BY_LAST.get(last) ?? [];
  list.push({ words, bound });
  // Longest first, so "så mange som" wins over a shorter cue with the same last word.
  list.sort((a, b) => b.words.length - a.words.length);
  BY_LAST.set(last, list);
}

/** Reads the word ending right before token index `end`: its lower-cased text
 *  (a glued period joined, "ca.") and the index of its first token. An object
 *  with a method, not a callback, so the caller need not allocate a closure. */
export interface WordBefore {
  wordBefore(end: number): { w: string; first: number } | undefined;
}

export interface CueMatch {
  /** Token index of the cue's first token. */
  first: number;
  bound: Bound;
}

/** The hedge ending right before token `at`, if any. */
export function cueBefore(at: number, words: WordBefore): CueMatch | undefined {
  const lastWord = words.wordBefore(at);
  if (!lastWord) return undefined;
  const list = BY_LAST.get(lastWord.w);
  if (!list) return undefined;
  for (const cue of list) {
    let cur = lastWord;
    let ok = true;
    for (let k = cue.words.length - 2; k >= 0; k--) {
      const prev = words.wordBefore(cur.first);
      if (!prev || prev.w !== cue.words[k]) { ok = false; break; }
      cur = prev;
    }
    if (ok) return { first: cur.first, bound: cue.bound };
  }
  return undefined;
}

const BOUND_BY_TEXT = new Map(CUES.map(([t, b]) => [t, b]));

/** Which way a hedge as written ("Så mange som", "ca.") lets the figure be off. */
export function boundOf(cue: string): Bound | undefined {
  return BOUND_BY_TEXT.get(cue.toLowerCase().replace(/\s+/g, ' '));
}
