import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis, LangOption } from '../../src/core/model';
import { tokenize } from '../../src/core/text/tokenize';
import { inQuote, quoteState, stepQuote } from '../../src/core/sources/quotes';
import { LEXICONS } from '../../src/core/sources/lexicon';
import { claimWith } from './claimAt';

function run(text: string, language: LangOption = 'nb'): Analysis {
  return analyze(text, { language });
}

/** The words read as quoted, in order. */
function quotedWords(text: string): string[] {
  const toks = tokenize(text);
  const st = quoteState();
  const out: string[] = [];
  for (let k = 0; k < toks.length; k++) {
    stepQuote(st, toks, k, LEXICONS.nb.verbs);
    if (toks[k].kind !== 3 && inQuote(st)) out.push(toks[k].text);
  }
  return out;
}

describe('quotation state: well-formed text', () => {
  it('reads nested « » pairs as before', () => {
    assert.deepEqual(quotedWords('Hun sa «jeg leste «Boka» i går» og gikk.'), ['jeg', 'leste', 'Boka', 'i', 'går']);
  });

  it('reads straight pairs as before', () => {
    assert.deepEqual(quotedWords('Han kalte det "en skandale" i går.'), ['en', 'skandale']);
  });

  it('keeps a quotation with an attribution inside it open past a plain comma', () => {
    assert.deepEqual(quotedWords('«Vi kom sent, men alt gikk bra.»'), ['Vi', 'kom', 'sent', 'men', 'alt', 'gikk', 'bra']);
  });
});

describe('quotation state: recovery from unmatched marks', () => {
  it('closes a « with a straight mark written as a closer', () => {
    assert.deepEqual(quotedWords('«Det er trist," sier Ola Hansen.'), ['Det', 'er', 'trist']);
  });

  it('still opens a straight quotation inside « when the mark is written as an opener', () => {
    assert.deepEqual(quotedWords('«Han kalte det "tull" i går.»'), ['Han', 'kalte', 'det', 'tull', 'i', 'går']);
  });

  it('ends an outer quotation left open at a closing mark followed by a cue', () => {
    assert.deepEqual(quotedWords('«Jeg leste «Boka» i fjor. Den har ikke noe «vi», sa Kari Nordmann i går.'),
      ['Jeg', 'leste', 'Boka', 'i', 'fjor', 'Den', 'har', 'ikke', 'noe', 'vi']);
  });

  it('finds both claims and speakers after a « closed by "', () => {
    const t = '«Det er beklagelig. Det handler om makt," uttaler biskop Ola Nordmann. "Han tar feil," sier biskop Kari Nordmann.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'Det handler om makt').source, 'Ola Nordmann');
    assert.equal(claimWith(a, t, 'Han tar feil').source, 'Kari Nordmann');
  });

  it('finds the speaker of an outer quotation never closed around an inner one', () => {
    const t = '«Om jeg skulle beskrive «Boka» i en setning, ville det være kort. Men det finnes ikke noe «du», sa Kari Nordmann i radioprogrammet.';
    assert.equal(claimWith(run(t), t, 'Men det finnes').source, 'Kari Nordmann');
  });

  it('reads the narration after the recovered attribution as unquoted', () => {
    const t = '«Vi gir oss ikke," sier lederen Per Hansen. Styret i laget mener at saken er avgjort.';
    const c = claimWith(run(t), t, 'saken er avgjort');
    assert.equal(c.source, 'Styret i laget');
    assert.equal(c.cue, 'mener');
  });

  it('recovers in Nynorsk too', () => {
    const t = '«Dette er ei god løysing," seier ordførar Ola Nordmann. Kari Hansen meiner at saka er avgjord.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'god løysing').source, 'Ola Nordmann');
    assert.equal(claimWith(a, t, 'saka er avgjord').source, 'Kari Hansen');
  });

  it('leaves English straight quotations as they were', () => {
    const t = '"We will win," the senator said. "It is close."';
    const c = claimWith(run(t, 'en'), t, 'We will win');
    assert.equal(c.source, 'senator');
  });
});

describe('dash passages cut by a quotation', () => {
  it('ends a dash passage at a sentence that opens a quotation of someone else', () => {
    const t = 'Per Hansen tror at det går bra.\n\n- Vi må følge med på dette. Det er viktig for alle. «Jeg vet ikke hva som skjer», sa Kari Nordmann i radioen.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'Vi må følge med').source, 'Per Hansen');
    assert.equal(claimWith(a, t, 'Jeg vet ikke').source, 'Kari Nordmann');
  });

  it('keeps a dash passage whose own attribution follows a plain sentence', () => {
    const t = 'Per Hansen tror at det går bra.\n\n- Vi må følge med på dette. Det er viktig for alle, sier Kari Nordmann.';
    assert.equal(claimWith(run(t), t, 'Vi må følge med').source, 'Kari Nordmann');
  });
});

describe('a « quotation the paragraph never closes', () => {
  it('ends with its sentence, so the narration after it is read', () => {
    const t = 'Naboene kalte planen «en skandale for bygda. Ordfører Kari Nordmann sier at planen er god. Hun mener at kritikken er urettferdig.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'planen er god').source, 'Kari Nordmann');
    assert.equal(claimWith(a, t, 'kritikken er urettferdig').source, 'Kari Nordmann');
  });

  it('leaves a closed quotation over several sentences whole', () => {
    const t = '«Vi er glade. Dette har vi ventet lenge på. Nå starter arbeidet», sier Kari Nordmann.';
    const c = claimWith(run(t), t, 'Dette har vi ventet');
    assert.equal(c.source, 'Kari Nordmann');
    assert.equal(c.start, 0);
  });

  it('also in Nynorsk', () => {
    const t = 'Folk kalla planen «ein skandale for bygda. Ordførar Kari Nordmann seier at planen er god.';
    assert.equal(claimWith(run(t, 'nn'), t, 'planen er god').source, 'Kari Nordmann');
  });

  it('leaves English paragraphs of a running quotation alone', () => {
    const t = '“We will fight on. We have the votes.\n\n“This is our moment,” the senator said.';
    const c = claimWith(run(t, 'en'), t, 'This is our moment');
    assert.equal(c.source, 'senator');
  });
});

describe('titles in quotation marks quote nobody', () => {
  it('makes no claim of a sentence that only names titles', () => {
    const t = 'Per Hansen sier at spillet er bra.\n\nNoe så bra som «Mega Racer», «Turbo Tre» og «Fart» har vi ikke sett på lenge.';
    const a = run(t);
    const at = t.indexOf('Mega Racer');
    assert.ok(!a.claims.some((c) => c.start <= at && at < c.end), a.claims.map((c) => c.text).join(' | '));
  });

  it('still reads a quotation of a sentence as a claim of the speaker before it', () => {
    const t = 'Trener Per Hansen var fornøyd etter kampen.\n\n«Dette er den beste kampen vi har spilt i år.»';
    assert.equal(claimWith(run(t), t, 'den beste kampen').source, 'Per Hansen');
  });
});
