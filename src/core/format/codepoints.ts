// Tools that count Unicode code points (Python, brat) see one character where
// JavaScript sees a surrogate pair, so UTF-16 offsets past an emoji or a
// mathematical letter have to be converted.

/** Maps a UTF-16 offset into `text` to a code-point offset. An offset inside
 *  a surrogate pair maps to the pair's start. */
export function codePointMapper(text: string): (utf16: number) => number {
  // Most news text has no astral characters: skip the table.
  if (!/[\uD800-\uDFFF]/.test(text)) return (u) => u;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const pairStart = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    if (pairStart) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table[++i] = cp;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return (u) => table[Math.max(0, Math.min(u, text.length))];
}
