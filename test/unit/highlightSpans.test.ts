import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { runToEnd } from '../../src/core/steps';
import { buildSpans, SpanList, totalSpans } from '../../src/extension/highlightSpans';

const sample = readFileSync(join(__dirname, '..', '..', 'examples', 'torskekvote.txt'), 'utf8');

describe('highlight spans (the editor decorations as offsets)', () => {
  it('holds every entity under its kind and every claim, in document order', () => {
    const text = (sample + '\n\n').repeat(3);
    const a = analyze(text);
    const spans = runToEnd(buildSpans(a));
    assert.equal(totalSpans(spans), a.entities.length + a.claims.length);
    for (const kind of ['source', 'number', 'place'] as const) {
      const entities = a.entities.filter((e) => e.kind === kind);
      assert.ok(entities.length > 0, kind);
      assert.deepEqual([...spans[kind].starts], entities.map((e) => e.start), kind);
      assert.deepEqual([...spans[kind].ends], entities.map((e) => e.end), kind);
    }
    assert.deepEqual([...spans.claim.starts], a.claims.map((c) => c.start));
    assert.deepEqual([...spans.claim.ends], a.claims.map((c) => c.end));
  });

  it('yields while it builds, so a caller can give the event loop a turn', () => {
    const a = analyze((sample + '\n\n').repeat(40));
    const steps = buildSpans(a);
    let yields = 0;
    while (!steps.next().done) yields++;
    // One pass counts the entities by kind, one fills the lists, one the claims.
    assert.equal(yields, 2 * Math.floor(a.entities.length / 1024) + Math.floor(a.claims.length / 1024));
  });

  it('finds the spans reaching into an offset window, a long one that starts before it included', () => {
    //                                     0       1       2        3        4
    const list = new SpanList(Int32Array.from([0, 5, 10, 12, 20, 30]), Int32Array.from([4, 25, 11, 14, 21, 31]));
    assert.deepEqual(list.touching(12, 21), [1, 3, 4]);
    assert.deepEqual(list.touching(11, 12), [1, 2]);
    assert.deepEqual(list.touching(26, 29), []);
    assert.deepEqual(list.touching(0, 100), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(list.touching(40, 50), []);
    assert.deepEqual(list.all(), [0, 1, 2, 3, 4, 5]);
  });
});
