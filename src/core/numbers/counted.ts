// What a figure counts: the noun after it, past at most two adjectives
// ("12.000 nordkoreanske soldater"). Without a part-of-speech tagger this is
// a guess, so it errs towards no answer: function words, verbs that follow a
// bare figure ("1500 sendt") and adverbs are refused.

import { isCapitalized } from '../text/tokenize';

const STOP = new Set([
  // Bokmål / Nynorsk
  'av', 'på', 'i', 'til', 'fra', 'frå', 'for', 'med', 'mot', 'om', 'og', 'eller', 'men', 'som', 'at', 'er', 'var',
  'ble', 'blei', 'vart', 'blir', 'vert', 'har', 'hadde', 'skal', 'vil', 'kan', 'må', 'kunne', 'skulle', 'ville',
  'de', 'dei', 'dem', 'seg', 'oss', 'dere', 'han', 'hun', 'ho', 'den', 'det', 'denne', 'dette', 'disse', 'sine',
  'sitt', 'sin', 'hver', 'kvar', 'ganger', 'gonger', 'gang', 'gong', 'stykker', 'stykk', 'andre', 'mange',
  'flere', 'fleire', 'færre', 'mer', 'meir', 'mindre', 'ganske', 'bare', 'berre', 'kun', 'også', 'òg', 'ikke',
  'ikkje', 'nå', 'no', 'da', 'så', 'enn', 'sammen', 'saman', 'totalt', 'alle', 'alt', 'siden', 'sidan', 'senere',
  'seinare', 'tidligere', 'tidlegare', 'etter', 'før', 'under', 'over', 'mellom', 'per', 'pr', 'à', 'ved', 'hos',
  'uten', 'utan', 'innen', 'innan', 'igjen', 'att', 'opp', 'ned', 'ut', 'inn', 'her', 'der', 'hit', 'dit', 'når',
  'hvor', 'kor', 'hva', 'kva', 'hvis', 'om', 'selv', 'sjølv', 'både', 'enten', 'ennå', 'enno', 'allerede',
  'allereie', 'fortsatt', 'framleis', 'ifølge', 'mot', 'blant', 'bak', 'gjennom', 'rundt', 'langs', 'ca',
  'cirka', 'siste', 'neste', 'første', 'til', 'sa', 'sier', 'seier', 'mener', 'meiner', 'tror', 'trur', 'ifølgje',
  'millioner', 'tusen', 'hundre', 'prosent', 'år', 'dager', 'uker', 'en', 'ei', 'et', 'ett', 'ein', 'eit', 'eitt',
  'fordi', 'mens', 'medan', 'dersom', 'likevel', 'faktisk', 'tilsammen', 'får', 'fikk', 'fekk', 'tok', 'gikk', 'gjekk',
  'kom', 'sto', 'stod', 'satt', 'vant', 'vann', 'tapte', 'gjør', 'gjer', 'gjorde', 'overfor', 'innenfor', 'utenfor',
  'samme', 'same', 'slike', 'slik', 'eneste', 'einaste', 'helt', 'heilt', 'svært', 'veldig', 'nok', 'altså', 'derfor',
  'dessuten', 'nemlig', 'kanskje', 'trolig', 'truleg', 'nettopp', 'heller', 'først', 'fyrst', 'sist', 'jf', 'jfr',
  'mv', 'osv', 'bl', 'ca', 'dvs', 'pga', 'hhv', 'nr', 'side', 'mot', 'imot', 'ifra', 'igjennom', 'unna', 'forbi',
  'omkring', 'innom', 'inntil', 'hvorav', 'derav', 'herav', 'da', 'der', 'dit', 'mye', 'mykje', 'lite', 'litt',
  'ingen', 'noen', 'nokon', 'noe', 'noko', 'annen', 'anna', 'annet', 'hverandre', 'kvarandre', 'stk', 'til',
  // Frequent verbs right after a figure that is the subject ("112 søkt", "2000 deltok").
  'deltok', 'deltar', 'omkom', 'dro', 'drog', 'reiste', 'ankom', 'søkt', 'brukt', 'gav', 'ga', 'lå', 'låg', 'falt',
  'fall', 'steg', 'sank', 'endte', 'kommer', 'kjem', 'går', 'tar', 'tek', 'står', 'ligger', 'ligg', 'døde', 'døydde',
  'fløy', 'flydde', 'flykta', 'flyktet', 'ventes', 'må', 'bør', 'skal', 'skulle',
  // Time words that are not the thing counted ("mot 38 000 året før").
  'året', 'dagen', 'uka', 'uken', 'veka', 'måneden', 'månaden', 'timen', 'døgnet', 'tiåret', 'natta', 'natten',
  // English
  'the', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'is', 'are', 'was', 'were',
  'be', 'been', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should',
  'they', 'them', 'their', 'we', 'us', 'you', 'he', 'she', 'it', 'its', 'this', 'that', 'these', 'those', 'each',
  'times', 'more', 'less', 'fewer', 'other', 'others', 'many', 'much', 'than', 'also', 'not', 'only',
  'just', 'now', 'then', 'so', 'since', 'after', 'before', 'into', 'out', 'up', 'down', 'over', 'under', 'per',
  'who', 'which', 'what', 'when', 'where', 'while', 'said', 'says', 'percent', 'a', 'an', 'about', 'around',
  'because', 'although', 'though', 'still', 'already', 'yet', 'even', 'got', 'took', 'went', 'came', 'did', 'do',
  'does', 'there', 'here', 'all', 'both', 'either', 'own', 'same', 'such', 'very', 'too', 'again', 'ago', 'later',
  'earlier', 'more', 'most', 'against', 'between', 'among', 'through', 'during', 'without', 'within', 'if',
]);

const NOUNISH = /^[\p{Ll}][\p{Ll}\p{M}-]*$/u;

/** NOUNISH.test(w): a lower-case letter, then lower-case letters, marks and
 *  hyphens. Asked for most words after a figure: a Latin-1 word is read code by
 *  code (Latin-1 has no marks); only other words go to the Unicode regex. */
function nounish(w: string): boolean {
  const n = w.length;
  if (n === 0) return false;
  for (let k = 0; k < n; k++) {
    const c = w.charCodeAt(k);
    if (c > 0xff) return NOUNISH.test(w);
    if (!isLowerLatin1(c) && (k === 0 || c !== 45 /* - */)) return false;
  }
  return true;
}

/** \p{Ll} among the Latin-1 code units: a–z, µ, ß–ö, ø–ÿ. */
function isLowerLatin1(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0xb5 || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** Is this lower-cased word plausibly the noun a figure counts? */
export function nounCandidate(w: string, lang: 'no' | 'en'): boolean {
  if (w.length < 2 || STOP.has(w) || !nounish(w)) return false;
  if (lang === 'en') return !(w.endsWith('ed') || w.endsWith('ly') || (w.endsWith('ing') && w.length > 5));
  // Past participles and passive verbs: "sendt", "arrestert", "skadet",
  // "møttes". Nouns after a figure are plural and rarely end so ("sider").
  if (w.endsWith('dt') || w.endsWith('ert') || w.endsWith('gt')) return false;
  if (w.length > 4 && w.endsWith('et') && !w.endsWith('ett')) return false;
  if (w.length > 3 && w.endsWith('es') && !w.endsWith('ss') && !w.endsWith('nes')) return false;
  return true;
}

/** "ansatte", "drepte", "sårede" are nouns at the end of a phrase but past
 *  tenses before one ("krevde kommunen"); the caller decides by what follows. */
export function isStopWord(w: string): boolean {
  return STOP.has(w);
}

export function participleLike(w: string, lang: 'no' | 'en'): boolean {
  return lang === 'no' && (w.endsWith('te') || w.endsWith('de'));
}

/** Could this word be an attributive adjective in front of the counted noun? */
export function adjectiveCandidate(w: string, raw: string, lang: 'no' | 'en'): boolean {
  if (lang === 'en') {
    if (isCapitalized(raw)) return true;
    return /(?:al|ive|ous|ic|an|ish|ese|ed|ful|less|ary|ent|ant|ior|ern|ing)$/.test(w) && !STOP.has(w);
  }
  if (STOP.has(w)) return false;
  // Plural nouns end in "-ere" ("medarbeidere") and definite ones in "-ene".
  return w.length > 2 && w.endsWith('e') && !w.endsWith('ere') && !w.endsWith('ene') && !w.endsWith('ane')
    && nounish(w);
}

const NO_ENDINGS = ['enes', 'ene', 'anes', 'ane', 'ers', 'ar', 'er', 'en', 'et', 'a', 'e', 's'];
const EN_ENDINGS = ['ies', 'es', 's'];

/** Possible stems of a counted noun, so that "soldater", "soldatene" and
 *  "soldat" share one, and "offiser"/"offiserer" too. */
export function stems(w: string, lang: 'no' | 'en'): string[] {
  const out = [w];
  const endings = lang === 'en' ? EN_ENDINGS : NO_ENDINGS;
  for (const e of endings) {
    if (w.length - e.length >= 3 && w.endsWith(e)) {
      const stem = w.slice(0, w.length - e.length) + (lang === 'en' && e === 'ies' ? 'y' : '');
      if (!out.includes(stem)) out.push(stem);
    }
  }
  return out;
}
