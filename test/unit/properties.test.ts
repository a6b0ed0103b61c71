import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';

// Every span the analysis reports, with a label for failure messages.
function spans(a: Analysis): Array<{ what: string; start: number; end: number; text?: string }> {
  const out: Array<{ what: string; start: number; end: number; text?: string }> = [];
  for (const e of a.entities) out.push({ what: `${e.kind} entity`, start: e.start, end: e.end, text: e.text });
  for (const c of a.claims) {
    out.push({ what: 'claim', start: c.start, end: c.end, text: c.text });
    out.push({ what: 'cue', start: c.cueSpan.start, end: c.cueSpan.end });
    if (c.sourceSpan) out.push({ what: 'claim source', ...c.sourceSpan });
  }
  for (const s of a.statements) out.push({ what: 'statement', start: s.start, end: s.end, text: s.text });
  if (a.dateline) out.push({ what: 'dateline', ...a.dateline });
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function checkInvariants(text: string, a: Analysis): void {
  for (const s of spans(a)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${s.what}: non-integer offsets`);
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${s.what}: [${s.start}, ${s.end}) outside the text`);
    // A span never starts or ends between the two halves of a surrogate pair.
    for (const at of [s.start, s.end]) {
      if (at > 0 && at < text.length) {
        assert.ok(!(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))), `${s.what}: offset ${at} splits a surrogate pair`);
      }
    }
    if (s.text !== undefined) assert.equal(s.text, text.slice(s.start, s.end), `${s.what}: text differs from the slice`);
  }
  for (const c of a.claims) {
    for (const id of c.sourceIds) assert.ok(a.sources[id], 'claim points at a missing source');
  }
  for (const e of a.entities) {
    if (e.kind === 'source') assert.ok(a.sources[e.meta.sourceId], 'mention points at a missing source');
  }
}

// Pieces of news text and hostile material, glued together at random.
const NEWS = [
  'Av NTB | 18.10.2024 12:39:31', 'Foto: Kari Lund / NTB', '– Dette er alvorlig, sa Hansen.', 'ifølge politiet',
  '«Vi vet ikke», sier hun.', 'Oslo', 'Nord-Koreas', 'Blagovesjtsjensk', '12.000 soldater', '8,3 millioner kroner',
  '3. oktober', 'fra 8. til 13. oktober', 'kl. 14.30', '50 prosent', 'torsdag', 'i går', '69-åring', '1960-tallet',
  'sa', 'hevder at', 'heter det videre', 'Han sa videre at', 'bl.a.', 'f.eks.', 'ca.', 'St.', 'Mark Rutte',
  'according to Reuters', 'said on Monday', '$4.5 billion', 'Ordføraren seier at', 'ifølgje',
];
const HOSTILE = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;&lt;', '**bold**', '[x](command:workbench.action.quit)',
  '[y](javascript:alert(1))', '![i](http://x/y.png)', '`code`', '$(zap)', '\u0000', '\uFEFF', '\r\n', '\r', '\n\n',
  '😀', '👩‍👩‍👧', '𝒳', '\uD800', '\uDC00', 'e\u0301', 'שלום עולם', 'مرحبا', '\u200B', '\u202E', '\t', '   ',
  '«', '»', '"', '–', '-', '.', '...', '?!', '1.1.1.1.1', '12.000.000.000', ':::', '((((', '))))',
];
const piece = fc.oneof(
  fc.constantFrom(...NEWS),
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const article = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

describe('analyze: properties over random and hostile text', () => {
  it('never throws and reports only spans inside the text that equal their slice', () => {
    fc.assert(fc.property(article, (text) => {
      checkInvariants(text, analyze(text));
    }), { numRuns: 400 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(article, (text) => {
      assert.deepEqual(analyze(text), analyze(text));
    }), { numRuns: 100 });
  });

  it('holds on arbitrary UTF-16 input, lone surrogates included', () => {
    const utf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((units) => String.fromCharCode(...units));
    fc.assert(fc.property(utf16, (text) => {
      checkInvariants(text, analyze(text));
    }), { numRuns: 300 });
  });

  it('handles a 1 MB single line, an empty file and NUL-filled text', () => {
    const line = 'Nord-Korea sender 1500 soldater til Vladivostok, sa Hansen. '.repeat(17000);
    assert.ok(line.length > 1_000_000 && !line.includes('\n'));
    checkInvariants(line, analyze(line));
    checkInvariants('', analyze(''));
    const nul = '\u0000'.repeat(10000) + 'Oslo' + '\u0000'.repeat(10000);
    checkInvariants(nul, analyze(nul));
  });

  it('keeps CRLF offsets in the original text', () => {
    const text = 'Av NTB | 18.10.2024 12:00\r\n\r\nNIS anslår at 12.000 soldater er sendt til Russland.\r\n– Det er alvorlig, sa Hansen.\r\n';
    const a = analyze(text);
    checkInvariants(text, a);
    assert.ok(a.entities.some((e) => e.text === '12.000'));
    assert.equal(a.claims.length, 2);
  });

  it('offsets stay right after emoji and surrogate pairs', () => {
    const text = '😀😀 𝒳 Ifølge NTB er 1500 soldater i Vladivostok. 👩‍👩‍👧';
    const a = analyze(text);
    checkInvariants(text, a);
    const place = a.entities.find((e) => e.kind === 'place');
    assert.equal(place?.text, 'Vladivostok');
  });
});
