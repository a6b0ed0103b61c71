import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { IncrementalAnalyzer } from '../../src/core/incremental';
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
});
