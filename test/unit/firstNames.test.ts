import { strict as assert } from 'assert';
import { firstNameGender, isFirstName } from '../../src/core/names/firstNames';

describe('names: first names', () => {
  it('gives the gender of common Norwegian, Nordic and English first names', () => {
    assert.equal(firstNameGender('Per'), 'm');
    assert.equal(firstNameGender('Øyvind'), 'm');
    assert.equal(firstNameGender('Kari'), 'f');
    assert.equal(firstNameGender('Ingrid'), 'f');
    assert.equal(firstNameGender('Michael'), 'm');
    assert.equal(firstNameGender('Elizabeth'), 'f');
  });
  it('knows names used for both', () => {
    assert.equal(firstNameGender('Kim'), 'u');
    assert.equal(firstNameGender('Robin'), 'u');
  });
  it('is case-insensitive', () => {
    assert.equal(firstNameGender('KARI'), 'f');
    assert.equal(firstNameGender('per'), 'm');
  });
  it('reads hyphenated double names from their parts', () => {
    assert.equal(firstNameGender('Anne-Lise'), 'f');
    assert.equal(firstNameGender('Karl-Erik'), 'm');
    assert.equal(firstNameGender('Per-Oslo'), undefined);
  });
  it('says undefined for words that are no first names', () => {
    for (const w of ['Oslo', 'Bergen', 'sier', 'Gram', '', 'A', 'Stortinget']) assert.equal(firstNameGender(w), undefined, w);
    assert.ok(isFirstName('Olav'));
    assert.ok(!isFirstName('Hareide'));
  });
});
