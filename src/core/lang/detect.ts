// Language identification between Bokmål, Nynorsk and English by counting
// function words that only one of them uses. Cheap, deterministic, and good
// enough for whole articles; it looks at the first few thousand words only.

import type { Lang } from '../model';

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

/** Picks the language from words as written (tokens of the text, in order). */
export function detectLanguageOfWords(words: Iterable<string>): Lang {
  const score: Record<Lang, number> = { nb: 0, nn: 0, en: 0 };
  let n = 0;
  for (const w of words) {
    if (++n > MAX_WORDS) break;
    const langs = WEIGHTS.get(w);
    if (!langs) continue;
    // A word unique to one language is strong evidence; shared ones weak.
    const weight = langs.length === 1 ? 3 : 1;
    for (const l of langs) score[l] += weight;
  }
  if (score.en > score.nb && score.en > score.nn) return 'en';
  return score.nn > score.nb ? 'nn' : 'nb';
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
