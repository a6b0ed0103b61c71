// Newspaper text often runs a dash quotation and the narration after it into one
// paragraph ("- Jeg er glad for forbudet. Venninnen Noreen Walsh er ikke enig.").
// A sentence there that has a named person as its subject and no first or second
// person is the narrator speaking again: the quotation ends before it, and the
// people it names are antecedents, not people the speaker talks about.

import type { Token } from '../text/tokenize';
import { TokenKind } from '../text/tokenize';

const SPEAKER_WORDS = new Set([
  'jeg', 'meg', 'min', 'mitt', 'mine', 'vi', 'oss', 'vår', 'vårt', 'våre', 'du', 'deg', 'din', 'ditt', 'dine', 'dere', 'deres',
  'eg', 'dykk', 'dykkar',
]);

/** The sentence reads as narration: no first or second person, no question or exclamation. */
export function narratorVoice(toks: readonly Token[]): boolean {
  const last = toks[toks.length - 1];
  if (!last || last.text === '?' || last.text === '!') return false;
  for (const t of toks) {
    if (t.kind !== TokenKind.Word) continue;
    const w = t.text.length <= 6 ? t.text.toLowerCase() : '';
    if (SPEAKER_WORDS.has(w)) return false;
  }
  return true;
}
