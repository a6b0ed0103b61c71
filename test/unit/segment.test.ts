import { strict as assert } from 'assert';
import { segment, paragraphSpans } from '../../src/core/text/segment';
import { tokenize, TokenKind } from '../../src/core/text/tokenize';

const sentences = (t: string) => segment(t).flatMap((p) => p.sentences.map((s) => t.slice(s.start, s.end)));

describe('tokenize', () => {
  it('keeps numbers with separators and hyphenated words whole', () => {
    const t = 'Nord-Koreas 12.000 soldater kl. 12:39:31 den 18.10.2024, en 69-åring og 3,5 prosent.';
    const words = tokenize(t).map((x) => x.text);
    for (const w of ['Nord-Koreas', '12.000', '12:39:31', '18.10.2024', '69-åring', '3,5']) assert.ok(words.includes(w), w);
    assert.equal(tokenize('12.000').at(0)?.kind, TokenKind.Number);
  });
  it('never splits a surrogate pair', () => {
    const t = 'a😀b 𝒳 Oslo';
    for (const tok of tokenize(t)) assert.equal(tok.text, t.slice(tok.start, tok.end));
    assert.ok(tokenize(t).some((x) => x.text === '😀'));
  });
});

describe('sentence splitting', () => {
  it('does not split after abbreviations, initials or ordinals', () => {
    assert.deepEqual(sentences('Han kom bl.a. fra Oslo kl. 14. Hun sa f.eks. nei til ca. 3. oktober.'), [
      'Han kom bl.a. fra Oslo kl. 14.', 'Hun sa f.eks. nei til ca. 3. oktober.',
    ]);
    assert.equal(sentences('Jens H. Hansen bor i St. Petersburg. Det gjør ikke Kari.').length, 2);
  });
  it('splits after a year or a closing quote before a capital', () => {
    assert.deepEqual(sentences('Det skjedde i 2001. Da var det «slutt.» Så gikk han.'), [
      'Det skjedde i 2001.', 'Da var det «slutt.»', 'Så gikk han.',
    ]);
  });
  it("splits before '' (two apostrophes) opening a quotation, not before one apostrophe", () => {
    assert.deepEqual(sentences("The plant closed. ''It was sad,'' he said."), ['The plant closed.', "''It was sad,'' he said."]);
    assert.equal(sentences("The plant closed. 'tis sad.").length, 1);
  });
  it('does not split after an English title written capitalised, but after Norwegian "sen."', () => {
    assert.equal(sentences('The bill passed, Sen. Maria Holt told the crowd. Rep. Dan Ford agreed.').length, 2);
    assert.equal(sentences('Toget var sen. Neste morgen kom det.').length, 2);
  });
  it('does not split inside a party and state tag', () => {
    assert.equal(sentences('Rep. Ann Cole (D-N.Y.), who leads the panel, said it would wait. Sen. Bo Lee, R-S.C., agreed.').length, 2);
  });
  it('lets a price abbreviation end a sentence before a capital', () => {
    assert.equal(sentences('Det kostet 500 kr. Neste dag var det billigere.').length, 2);
    assert.equal(sentences('Det kostet kr. 500 i går.').length, 1);
  });
  it('treats lines as paragraphs unless visibly hard-wrapped', () => {
    const t = 'Overskrift her\nFørste avsnitt slutter.\n\nAndre avsnitt er brutt\nover to linjer.\r\n– Sitat, sa han.';
    assert.deepEqual(paragraphSpans(t).map((p) => t.slice(p.start, p.end)), [
      'Overskrift her', 'Første avsnitt slutter.', 'Andre avsnitt er brutt\nover to linjer.', '– Sitat, sa han.',
    ]);
  });
});

describe('tokenize: web addresses', () => {
  it('keeps "vg.no", "www.nrk.no" and "Politico.com" one word; splits "bl.a.", a sentence end and "kom.No"', () => {
    const words = (t: string) => tokenize(t).map((k) => k.text);
    assert.deepEqual(words('skriver vg.no.'), ['skriver', 'vg.no', '.']);
    assert.deepEqual(words('Se www.nrk.no for mer'), ['Se', 'www.nrk.no', 'for', 'mer']);
    assert.deepEqual(words('told Politico.com on Monday'), ['told', 'Politico.com', 'on', 'Monday']);
    assert.deepEqual(words('bl.a. skolene'), ['bl', '.', 'a', '.', 'skolene']);
    // A sentence run on with no space is two words: a site's ending is written in lower case.
    assert.deepEqual(words('Han kom.No er han her'), ['Han', 'kom', '.', 'No', 'er', 'han', 'her']);
  });
});
