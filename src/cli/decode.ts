// Bytes → text, with the same choices an editor makes, so that offsets in
// the output point where VS Code shows the characters.

/** Like git, look for NUL only near the start: cheap, and enough in practice. */
const BINARY_SNIFF_BYTES = 8000;

export type Decoded =
  | { ok: true; text: string; bomStripped: boolean; invalidUtf8: boolean }
  | { ok: false; reason: string };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'looks like UTF-16 (byte-order mark); convert it to UTF-8' };
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { ok: false, reason: 'looks like a binary file (NUL bytes), not text' };
  }
  const bomStripped = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // TextDecoder drops the BOM itself unless told not to; being explicit keeps
  // `bomStripped` and the text in step.
  const body = bomStripped ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, bomStripped, invalidUtf8: false };
  } catch (err) {
    if (!(err instanceof TypeError)) throw err; // e.g. a file too large for one string
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    return { ok: true, text, bomStripped, invalidUtf8: true };
  }
}
