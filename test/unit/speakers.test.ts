// Who speaks, across sentences and passages (src/core/sources/resolve.ts,
// entities.ts): rules that pick the right person for a pronoun, a role noun or
// a passage. Every sentence here is written for the test.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis, LangOption } from '../../src/core/model';
import { claimWith } from './claimAt';

function run(text: string, language: LangOption = 'nb'): Analysis {
  return analyze(text, { language });
}

describe('speakers: a pronoun after the content', () => {
  it('does not take a name inside what was said for "han" after it', () => {
    const t = 'Tor Ødegård viser oss rundt i kjelleren. Han setter seg ved pianoet. Rolling Stones er favorittbandet, forteller han.';
    assert.equal(claimWith(run(t), t, 'favorittbandet').source, 'Tor Ødegård');
  });

  it('does the same for Nynorsk "ho"', () => {
    const t = 'Siri Nesheim viser oss garden. Ho set seg ved bordet. Kari Vik er den beste naboen, fortel ho.';
    assert.equal(claimWith(run(t, 'nn'), t, 'beste naboen').source, 'Siri Nesheim');
  });
});
