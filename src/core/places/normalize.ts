// Key normalisation shared by the gazetteer builder (scripts/build-gazetteer.mjs
// loads this file through esbuild) and the detector, so a name written in a
// text and the same name in GeoNames fold to the same key.
//
// Folding: lower case, diacritics dropped (é→e, ș→s, ü→u), but the Norwegian
// letters æ ø å are kept apart because they tell Norwegian names apart
// ("Ås" is not "As", "Bø" is not "Bo"); Swedish/German ä ö fold onto æ ø so
// "Malmö" and "Malmø", "Göteborg" and "Gøteborg" meet.

const foldCache = new Map<number, string>();

function foldChar(code: number): string {
  let f = foldCache.get(code);
  if (f !== undefined) return f;
  const ch = String.fromCharCode(code);
  switch (ch) {
    case 'å': case 'æ': case 'ø': f = ch; break;
    case 'ä': f = 'æ'; break;
    case 'ö': case 'ő': f = 'ø'; break;
    case 'ß': f = 'ss'; break;
    case 'ł': f = 'l'; break;
    case 'đ': case 'ð': f = 'd'; break;
    case 'þ': f = 'th'; break;
    case 'œ': f = 'oe'; break;
    case 'ı': f = 'i'; break;
    case '’': case 'ʼ': case '‘': case '`': case '´': f = "'"; break;
    case '\u2010': case '\u2011': case '\u2012': case '\u2013': f = '-'; break;
    default: {
      const d = ch.normalize('NFD');
      // Keep the base letter, drop combining marks (U+0300–U+036F).
      let out = '';
      for (let i = 0; i < d.length; i++) {
        const c = d.charCodeAt(i);
        if (c < 0x300 || c > 0x36f) out += d[i];
      }
      f = out; // a lone combining mark (as in 'i̇' from 'İ') folds to nothing
    }
  }
  foldCache.set(code, f);
  return f;
}

/** The lookup key of a word or name: lower-cased and diacritic-folded. */
export function foldKey(s: string): string {
  const l = s.toLowerCase();
  // Fast path: ASCII and æøå need no work, and that is nearly every word.
  let i = 0;
  for (; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c > 127 && c !== 0xe5 && c !== 0xe6 && c !== 0xf8) break;
  }
  if (i === l.length) return l;
  let out = l.slice(0, i);
  for (; i < l.length; i++) {
    const c = l.charCodeAt(i);
    out += c > 127 && c !== 0xe5 && c !== 0xe6 && c !== 0xf8 ? foldChar(c) : l[i];
  }
  return out;
}

/** First code unit is an upper-case letter (cheap check before any lookup). */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  // Latin-1 letters: À–Þ but × are upper case, ß–ÿ are not.
  if (c <= 0xff) return c <= 0xde && c !== 0xd7;
  const ch = w[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** All letters upper case and at least two of them ("USA", "NIS", "EU");
 *  `end` limits the test to w's first code units (no slice for "USAs"). */
export function isAllCaps(w: string, end = w.length): boolean {
  let letters = 0;
  for (let i = 0; i < end; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) { letters++; continue; }
    if (c > 127) {
      const ch = w[i];
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters >= 2;
}
