// Does a sentence speak of the future? Decides whether "fredag" or "i mars"
// means the coming one or the last one. A few auxiliaries near the word are
// enough for news prose; everything else reads as past.

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
