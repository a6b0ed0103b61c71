import { strict as assert } from 'assert';
import { findDateline } from '../../src/core/dateline';
import { detectLanguage } from '../../src/core/lang/detect';
import { lineIndex } from '../../src/core/text/lines';

describe('language detection', () => {
  it('tells Bokmål, Nynorsk and English apart', () => {
    assert.equal(detectLanguage('Regjeringen sier at det ikke er noe mer å hente, og at hun vil vente.'), 'nb');
    assert.equal(detectLanguage('Regjeringa seier at det ikkje er noko meir å hente, og at ho vil vente.'), 'nn');
    assert.equal(detectLanguage('The government said that there was nothing more to gain, and she would wait.'), 'en');
  });
  it('reads a short Norwegian item without a word only one standard uses as Norwegian', () => {
    // "for" is English and Norwegian alike; the shared Norwegian words outvote it.
    assert.equal(detectLanguage('Klubben vokser. Styreleder for laget i Bodø har sagt at han vil gå av.'), 'nb');
    assert.equal(detectLanguage('Laget skal spele for fylket, og trenaren seier at det er greitt.'), 'nn');
    assert.equal(detectLanguage('Mayor vows to fight in court over the budget.'), 'en');
  });
  it('tells the two Norwegian standards apart by -lig and -leg and by words like "kor" and "trur"', () => {
    assert.equal(detectLanguage('Kor lang tid tek det? Det er vanleg at folk trur på det.'), 'nn');
    assert.equal(detectLanguage('Hvor lang tid tar det? Det er vanlig at folk tror på det.'), 'nb');
  });
  it('falls back to Bokmål on text without function words', () => {
    assert.equal(detectLanguage(''), 'nb');
    assert.equal(detectLanguage('12.000 1500 😀'), 'nb');
  });
});

describe('dateline', () => {
  it('reads a wire byline with date and time', () => {
    const t = 'Tittel\n\nAv NTB | 02.03.2024 09:15:00\n\nTekst.';
    const d = findDateline(t)!;
    assert.equal(d.byline, 'NTB');
    assert.equal(d.date, '2024-03-02');
    assert.equal(d.dateTime, '2024-03-02T09:15:00');
    assert.equal(d.text, t.slice(d.start, d.end));
  });
  it('reads published stamps and English bylines', () => {
    assert.equal(findDateline('Publisert: 3. mars 2023 kl. 14.05')?.dateTime, '2023-03-03T14:05');
    assert.equal(findDateline('By Reuters, October 18, 2024')?.date, '2024-10-18');
    assert.equal(findDateline('Oppdatert 2024-01-31')?.date, '2024-01-31');
  });
  it('reads a wire dateline opening the first paragraph, however long the paragraph', () => {
    const t = 'Talks stall\n\nBRUSSELS, Monday, March 3, 2014 — Ministers from the member states ' + 'talked on. '.repeat(40);
    const d = findDateline(t)!;
    assert.equal(d.date, '2014-03-03');
    assert.equal(d.text, 'BRUSSELS, Monday, March 3, 2014');
    assert.equal(findDateline('NEW YORK, N.Y., March 3, 2014 - Stocks fell.')?.date, '2014-03-03');
    assert.equal(findDateline('TROMSØ, 3. mars 2014 (NTB): Fisket tok seg opp.')?.date, '2014-03-03');
    // A place in ordinary case opening a sentence is prose, not a dateline.
    assert.equal(findDateline('In Brussels, March 3, 2014 — talks stalled.'), undefined);
  });
  it('rejects impossible dates and keeps a byline without a date', () => {
    assert.equal(findDateline('Av NTB | 45.13.2024')?.date, undefined);
    assert.equal(findDateline('Av Kari Nordmann\n\nTekst')?.byline, 'Kari Nordmann');
    assert.equal(findDateline('Ingen dato her.'), undefined);
  });
});

describe('line index', () => {
  it('counts LF, CRLF and CR line breaks', () => {
    const li = lineIndex('a\nb\r\nc\rd');
    assert.deepEqual([0, 2, 5, 7].map((o) => li.lineAt(o)), [0, 1, 2, 3]);
  });
});
