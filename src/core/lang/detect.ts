// Language identification between Bokmål, Nynorsk and English by counting
// function words that only one of them uses. Cheap, deterministic, and good
// enough for whole articles; it looks at the first few thousand words only.

import type { Lang } from '../model';
import type { Paragraph } from '../text/segment';
import { TokenKind } from '../text/tokenize';

const MARKERS: Record<Lang, readonly string[]> = {
  nb: [
    'ikke', 'jeg', 'hva', 'hvor', 'hvordan', 'hvorfor', 'hvis', 'noe', 'mye', 'hun', 'dem', 'fra', 'bare', 'være',
    'vært', 'sier', 'mener', 'også', 'etter', 'blir', 'ble', 'selv', 'hele', 'fikk', 'komme', 'siden', 'derfor',
    'mellom', 'nå', 'enn', 'dette', 'disse', 'kunne', 'skulle', 'ville', 'hadde', 'ett', 'et', 'meg', 'deg',
    'seg', 'vår', 'våre', 'hvilke', 'hvem', 'uten', 'mot', 'mange', 'noen', 'ingen', 'sammen', 'første',
  ],
  nn: [
    'ikkje', 'eg', 'kva', 'kvar', 'korleis', 'kvifor', 'viss', 'noko', 'mykje', 'ho', 'dei', 'dykk', 'frå',
    'berre', 'vere', 'vore', 'seier', 'meiner', 'òg', 'etter', 'vert', 'vart', 'sjølv', 'heile', 'fekk', 'kome',
    'sidan', 'difor', 'mellom', 'no', 'enn', 'dette', 'desse', 'kunne', 'skulle', 'ville', 'hadde', 'eit', 'ein',
    'meg', 'deg', 'seg', 'vår', 'våre', 'kven', 'utan', 'mot', 'mange', 'nokon', 'ingen', 'saman', 'fyrste',
    'meir', 'berre', 'heilt', 'ikkje', 'gjer', 'gjekk', 'kjem', 'ut', 'jamfør', 'medan', 'sett', 'verte',
  ],
  en: [
    'the', 'and', 'of', 'is', 'was', 'said', 'that', 'with', 'for', 'on', 'are', 'were', 'this', 'which', 'have',
    'has', 'had', 'not', 'but', 'from', 'they', 'their', 'will', 'would', 'been', 'by', 'an', 'it', 'its', 'be',
    'according', 'told', 'says', 'who', 'what', 'when', 'where', 'there', 'these', 'those', 'after', 'about',
  ],
};

// Words shared by Bokmål and Nynorsk tell the two apart from English but not
// from each other; each word counts for every language listing it. Keys are
// stored lower-case and capitalised so tokens can be looked up as written.
const WEIGHTS = new Map<string, Lang[]>();
for (const lang of Object.keys(MARKERS) as Lang[]) {
  for (const w of MARKERS[lang]) {
    for (const key of [w, w[0].toUpperCase() + w.slice(1)]) {
      const list = WEIGHTS.get(key) ?? [];
      if (!list.includes(lang)) list.push(lang);
      WEIGHTS.set(key, list);
    }
  }
}

const MAX_WORDS = 3000;
const MIN_WORDS = 256;

function decided(score: Record<Lang, number>): boolean {
  const [a, b] = Object.values(score).sort((x, y) => y - x);
  return a >= 40 && a >= 3 * b;
}

/** Votes of the words as written; returns false once the verdict is settled. */
class Tally {
  readonly score: Record<Lang, number> = { nb: 0, nn: 0, en: 0 };
  private n = 0;

  add(w: string): boolean {
    if (++this.n > MAX_WORDS) return false;
    const langs = WEIGHTS.get(w);
    if (!langs) return true;
    // A word unique to one language is strong evidence; shared ones weak.
    const weight = langs.length === 1 ? 3 : 1;
    for (const l of langs) this.score[l] += weight;
    // Stop once one language is far ahead: the rest of the text will not change the verdict.
    return !(this.n >= MIN_WORDS && (this.n & 31) === 0 && decided(this.score));
  }

  verdict(): Lang {
    const { nb, nn, en } = this.score;
    if (en > nb && en > nn) return 'en';
    return nn > nb ? 'nn' : 'nb';
  }
}

/** Picks the language from words as written (tokens of the text, in order). */
export function detectLanguageOfWords(words: Iterable<string>): Lang {
  const tally = new Tally();
  for (const w of words) if (!tally.add(w)) break;
  return tally.verdict();
}

/** The same over segmented paragraphs, without building a word list. */
export function detectLanguageOfParagraphs(paragraphs: Paragraph[]): Lang {
  const tally = new Tally();
  for (const p of paragraphs) for (const s of p.sentences) for (const t of s.tokens) {
    if (t.kind === TokenKind.Word && !tally.add(t.text)) return tally.verdict();
  }
  return tally.verdict();
}

const WORD = /[\p{L}]+/gu;

/** Language of a plain string (for callers without tokens). */
export function detectLanguage(text: string): Lang {
  return detectLanguageOfWords((function* () {
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(text)) !== null) yield m[0];
  })());
}
