import { strict as assert } from 'assert';
import { WordMemo } from '../../src/core/sources/wordMemo';

describe('sources: WordMemo', () => {
  it('keeps an answer per word, looked up by content, not by string identity', () => {
    const memo = new WordMemo<string>(4);
    assert.equal(memo.get('Jonas Gahr Støre'), undefined);
    assert.equal(memo.set('Jonas Gahr Støre', 'person'), 'person');
    const copy = ' Jonas Gahr Støre'.slice(1);
    assert.equal(memo.get(copy), 'person');
    assert.equal(memo.get('Jonas Gahr'), undefined);
  });

  it('stays within its slots: a word sharing a slot pushes the other out, never a wrong answer', () => {
    const memo = new WordMemo<number>(2);
    const words = Array.from({ length: 50 }, (_, i) => `Navn${i}`);
    words.forEach((w, i) => memo.set(w, i));
    for (const [i, w] of words.entries()) {
      const v = memo.get(w);
      assert.ok(v === undefined || v === i);
    }
    assert.equal(memo.get(words[49]), 49);
  });
});
