// First and last word of a short phrase ("Siw Treider", "forlagssjef i Oktober")
// without split(): these run once per name in a document, and a split allocates
// an array and a string per word only for one or two of them to be read.

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
const isGap = (c: number, commas: boolean) => isSpace(c) || (commas && c === 44);

/** The first word, up to whitespace (or a comma, with `commas`: "forlagssjef, Oktober"). */
export function firstWord(phrase: string, commas = false): string {
  let e = 0;
  while (e < phrase.length && !isGap(phrase.charCodeAt(e), commas)) e++;
  return e === phrase.length ? phrase : phrase.slice(0, e);
}

/** The last word, after the last whitespace. */
export function lastWord(phrase: string): string {
  let s = phrase.length;
  while (s > 0 && !isSpace(phrase.charCodeAt(s - 1))) s--;
  return s === 0 ? phrase : phrase.slice(s);
}

/** How many words, separated by whitespace. */
export function wordCount(phrase: string): number {
  let n = 0;
  let inWord = false;
  for (let k = 0; k < phrase.length; k++) {
    const gap = isSpace(phrase.charCodeAt(k));
    if (!gap && !inWord) n++;
    inWord = !gap;
  }
  return n;
}
