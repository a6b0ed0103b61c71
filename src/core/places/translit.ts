// Norwegian transliteration of Russian and Ukrainian names differs from the
// English one GeoNames uses: Norwegian writes ш sj, ч tsj, щ sjtsj, ж zj and
// й/я/ю/є with j, English writes sh, ch, shch, zh and y. Rewriting a folded
// key the English way lets "Blagovesjtsjensk", "Tsjeljabinsk", "Ussurijsk" and
// "Jekaterinburg" find Blagoveshchensk, Chelyabinsk, Ussuriysk and
// Yekaterinburg. Only used as a fallback for capitalised words the gazetteer
// does not know by their own name.

// Compiled once; "tsj" must go before "sj" so "sjtsj" becomes "shch".
const TSJ = /tsj/g;
const SJ = /sj/g;
const ZJ = /zj/g;
const J = /j/g;
const IY_VOWEL = /iy(?=[aeiou])/g;
const IY_END = /iy$/;
const YY = /yy/g;

/** English-style spellings of a folded Norwegian-style key, most likely
 *  first; [] when the key has nothing to rewrite. */
export function englishVariants(key: string): string[] {
  if (key.indexOf('j') < 0) return [];
  const a = key.replace(TSJ, 'ch').replace(SJ, 'sh').replace(ZJ, 'zh').replace(J, 'y');
  const out = [a];
  // Ukrainian -ijiv/-ijivka and Russian -ij: English writes "ii"/"iy"/"y".
  const b = a.replace(IY_VOWEL, 'i');
  if (b !== a) out.push(b);
  const c = a.replace(IY_END, 'y').replace(YY, 'y');
  if (c !== a && c !== b) out.push(c);
  return out;
}
