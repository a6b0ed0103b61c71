import { strict as assert } from 'assert';
import type { AnchoredReview, Analysis, Claim, SourceRecord } from '../../src/core/model';
import { ClaimsModel, type ClaimsNode } from '../../src/extension/views/claimsModel';

/** An analysis with `sources` sources, the i-th saying i % 7 + 1 things. */
function analysisWith(sources: number): Analysis {
  const claims: Claim[] = [];
  const records: SourceRecord[] = [];
  for (let s = 0; s < sources; s++) {
    const name = `Kilde ${String(s).padStart(5, '0')}`;
    const record: SourceRecord = { id: s, name, sourceType: 'person', mentions: [], claims: [] };
    for (let k = 0; k <= s % 7; k++) {
      const id = claims.length;
      const start = id * 40;
      claims.push({ id, start, end: start + 30, text: `«Det er ${id} båter», sa ${name}`, source: name, sourceIds: [s], cue: 'sa', cueSpan: { start: start + 20, end: start + 22 }, kind: 'direct', line: id });
      record.claims.push(id);
    }
    records.push(record);
  }
  return { version: 1, language: 'nb', entities: [], claims, sources: records, statements: [], stats: { chars: claims.length * 40, tokens: 0, sentences: claims.length, paragraphs: claims.length } };
}

const collator = new Intl.Collator('nb');

/** Every node on the way from the root down to `node`, through parent(). */
function ancestors(model: ClaimsModel, node: ClaimsNode): ClaimsNode[] {
  const chain: ClaimsNode[] = [];
  for (let p = model.parent(node); p; p = model.parent(p)) chain.unshift(p);
  return chain;
}

describe('the Claims tree', () => {
  it('lists up to 1000 sources at the root, most claims first', async () => {
    const model = new ClaimsModel(analysisWith(700), 'source', collator);
    const roots = await model.roots();
    assert.equal(roots.length, 700);
    assert.ok(roots.every((r) => r.type === 'source'));
    const counts = roots.map((r) => (r.type === 'source' ? r.claims.length : 0));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    assert.equal(model.parent(roots[0]), undefined);
  });

  it('puts more than 1000 sources in pages of 1000, and finds the way from any claim to the root', async () => {
    const a = analysisWith(2500);
    const model = new ClaimsModel(a, 'source', collator);
    const roots = await model.roots();
    assert.deepEqual(roots.map((r) => r.type === 'sources' && [r.from, r.to]), [[0, 1000], [1000, 2000], [2000, 2500]]);
    const pages = roots.map((r) => model.children(r));
    assert.deepEqual(pages.map((p) => p.length), [1000, 1000, 500]);
    assert.ok(pages.flat().every((g) => g.type === 'source'));
    assert.equal(new Set(pages.flat().map((g) => g.type === 'source' && g.name)).size, 2500);
    // The same node objects all the way, as VS Code's reveal needs.
    const group = pages[1][3];
    assert.equal(model.parent(group), roots[1]);
    assert.equal(model.parent(roots[1]), undefined);
    for (const id of [0, 1234, a.claims.length - 1]) {
      const node = await model.nodeFor(id);
      assert.ok(node, `no node for claim ${id}`);
      const chain = ancestors(model, node);
      assert.ok(roots.includes(chain[0]), `claim ${id} does not lead to a root`);
      for (let i = 1; i < chain.length; i++) assert.ok(model.children(chain[i - 1]).includes(chain[i]), `claim ${id}: ${chain[i].id} is not a child of ${chain[i - 1].id}`);
      assert.ok(model.children(chain[chain.length - 1]).includes(node));
    }
  });

  it('keeps document order in pages of 1000 claims when not grouped', async () => {
    const a = analysisWith(2500);
    const model = new ClaimsModel(a, 'order', collator);
    const roots = await model.roots();
    assert.equal(roots.length, Math.ceil(a.claims.length / 1000));
    const last = await model.nodeFor(a.claims.length - 1);
    assert.equal(ancestors(model, last!)[0], roots[roots.length - 1]);
  });

  it('gives the claims of two analyses different ids, though both number their claims from 0', async () => {
    // VS Code keeps drawing an item under an id it knows: the next article's claim 0 must not share one.
    const first = await new ClaimsModel(analysisWith(3), 'order', collator).nodeFor(0);
    const again = new ClaimsModel(analysisWith(3), 'order', collator);
    const second = await again.nodeFor(0);
    assert.notEqual(first!.id, second!.id);
    assert.equal((await again.nodeFor(0))!.id, second!.id, 'one model gives a claim one id');
  });

  it('lists a group\'s own claims when a newer model is asked for its children', async () => {
    // The active editor can change between VS Code asking for a group and for its claims.
    const old = new ClaimsModel(analysisWith(3), 'source', collator);
    const group = (await old.roots())[0];
    const newer = new ClaimsModel(analysisWith(3), 'source', collator);
    // The newer model has drawn its own claims, under the same claim ids.
    for (const g of await newer.roots()) newer.children(g);
    const kids = newer.children(group);
    assert.ok(kids.length > 0);
    for (const k of kids) assert.ok(k.type === 'claim' && group.type === 'source' && group.claims.includes(k.claim));
  });
});

describe('the Claims tree with a verdict filter and detached reviews', () => {
  const review = (id: string): AnchoredReview => ({
    method: 'detached',
    review: {
      id, verdict: 'false', note: '', author: 'T', created: '', modified: '',
      quote: { type: 'TextQuoteSelector', exact: 'gone', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 4 },
    },
  });

  it('shows only the claims given, in their order, and finds their nodes by claim id', async () => {
    const a = analysisWith(20);
    const shown = a.claims.filter((c) => c.id % 3 === 0).reverse();
    const model = new ClaimsModel(a, 'order', collator, { claims: shown });
    const roots = await model.roots();
    assert.deepEqual(roots.map((n) => (n.type === 'claim' ? n.claim.id : -1)), shown.map((c) => c.id));
    assert.equal((await model.nodeFor(shown[2].id))?.claim.id, shown[2].id);
    assert.equal(await model.nodeFor(1), undefined, 'a claim the filter leaves out has no node');
  });

  it('groups only the claims given by source', async () => {
    const a = analysisWith(10);
    const shown = a.claims.filter((c) => c.source === 'Kilde 00006');
    const model = new ClaimsModel(a, 'source', collator, { claims: shown });
    const roots = await model.roots();
    assert.equal(roots.length, 1);
    assert.equal(roots[0].type === 'source' && roots[0].claims.length, 7);
    assert.equal(await model.nodeFor(0), undefined);
  });

  it('ends the list with the detached reviews, as a group of their own', async () => {
    const model = new ClaimsModel(analysisWith(3), 'source', collator, { detached: [review('a'), review('b')] });
    const roots = await model.roots();
    const last = roots[roots.length - 1];
    assert.equal(last.type, 'detached');
    const children = model.children(last);
    assert.deepEqual(children.map((n) => (n.type === 'review' ? n.anchored.review.id : '')), ['a', 'b']);
    assert.equal(model.parent(children[0]), last);
    assert.equal(model.parent(last), undefined);
  });
});
