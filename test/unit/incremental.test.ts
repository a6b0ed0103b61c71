import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { commonEnds, IncrementalAnalyzer } from '../../src/core/incremental';
import type { Analysis } from '../../src/core/model';
import { checkInvariants } from './properties.test';

const sample = readFileSync(join(__dirname, '..', '..', 'examples', 'torskekvote.txt'), 'utf8');
const withoutPlaces = (a: Analysis) => ({
  claims: a.claims,
  numbers: a.entities.filter((e) => e.kind === 'number').map((e) => [e.start, e.end, e.text]),
  sources: a.sources.map((s) => [s.name, s.claims.length]),
});

describe('incremental analysis', () => {
  it('gives the same result as analyze() on a full read', () => {
    const inc = new IncrementalAnalyzer();
    assert.deepEqual(inc.update(sample), analyze(sample));
    assert.deepEqual(inc.update(sample, { full: true }), analyze(sample));
  });

  it('reads again only the paragraph an edit touched, and moves the rest', () => {
    const inc = new IncrementalAnalyzer();
    inc.update(sample);
    const at = sample.indexOf('Norges Fiskarlag mener');
    const edited = sample.slice(0, at) + 'Ifølge NTB er det sagt at 17 båter ligger til kai. ' + sample.slice(at);
    const a = inc.update(edited);
    assert.equal(inc.lastStats.reread, 1);
    checkInvariants(edited, a);
    assert.deepEqual(withoutPlaces(a), withoutPlaces(analyze(edited)));
    assert.ok(a.claims.some((c) => c.source === 'NTB' && c.text.includes('17 båter')));
  });

  it('follows deletions, insertions of paragraphs and undo', () => {
    const inc = new IncrementalAnalyzer();
    inc.update(sample);
    const cut = sample.indexOf('\n\n', 2000);
    const shorter = sample.slice(0, 1200) + sample.slice(cut);
    checkInvariants(shorter, inc.update(shorter));
    const longer = sample + '\n\n– Nytt sitat her, sa Moe.\n';
    const b = inc.update(longer);
    checkInvariants(longer, b);
    assert.deepEqual(withoutPlaces(b), withoutPlaces(analyze(longer)));
    assert.deepEqual(inc.update(sample), analyze(sample));
  });

  it('leaves an analysis it returned untouched when later edits move the cached paragraphs', () => {
    const inc = new IncrementalAnalyzer();
    const first = inc.update(sample);
    const snapshot = JSON.stringify(first);
    let text = sample;
    for (let i = 0; i < 5; i++) {
      const at = text.indexOf('\n\n', 300 + i * 400) + 2;
      text = text.slice(0, at) + 'Ifølge Reuters var det 12 skip. ' + text.slice(at);
      checkInvariants(text, inc.update(text));
    }
    assert.equal(JSON.stringify(first), snapshot);
    assert.deepEqual(withoutPlaces(inc.update(text)), withoutPlaces(analyze(text)));
  });

  it('keeps credits and the byline after edits elsewhere', () => {
    const article = 'Av NTB | 18.10.2024 12:39:31\n\nTittel her\n\nFoto: Ola Nordmann / AP\n\nHan sa at 12 båter kom inn, ifølge politiet.\n\nSiste avsnitt.';
    const inc = new IncrementalAnalyzer();
    inc.update(article);
    const edited = article.replace('Tittel her', 'En lengre tittel her');
    const a = inc.update(edited);
    assert.equal(inc.lastStats.reread, 1);
    assert.deepEqual(a.sources.map((s) => s.name).sort(), analyze(edited).sources.map((s) => s.name).sort());
    assert.ok(a.sources.some((s) => s.name === 'AP'));
    checkInvariants(edited, a);
  });
});

describe('commonEnds', () => {
  it('finds the shared start and end of two texts without letting them overlap', () => {
    assert.deepEqual(commonEnds('abcdef', 'abcXdef'), { prefix: 3, suffix: 3 });
    assert.deepEqual(commonEnds('aaaa', 'aaaaa'), { prefix: 4, suffix: 0 });
    assert.deepEqual(commonEnds('', 'abc'), { prefix: 0, suffix: 0 });
    assert.deepEqual(commonEnds('same', 'same'), { prefix: 4, suffix: 0 });
    assert.deepEqual(commonEnds('xbc', 'ybc'), { prefix: 0, suffix: 2 });
  });

  it('agrees with a character-by-character scan on random edits', () => {
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let k = 0; k < 300; k++) {
      const a = Array.from({ length: rnd(60) }, () => 'ab\n'[rnd(3)]).join('');
      const at = rnd(a.length + 1);
      const cut = rnd(4);
      const b = a.slice(0, at) + 'ab'.slice(0, rnd(3)) + a.slice(Math.min(a.length, at + cut));
      let p = 0;
      while (p < Math.min(a.length, b.length) && a[p] === b[p]) p++;
      let q = 0;
      while (q < Math.min(a.length, b.length) - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
      assert.deepEqual(commonEnds(a, b), { prefix: p, suffix: q }, JSON.stringify([a, b]));
    }
  });
});
