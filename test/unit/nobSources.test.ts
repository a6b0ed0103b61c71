// Bokmål (and Nynorsk) source phrases: which phrases are found as sources.
// Every sentence here is written for the test.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis, LangOption } from '../../src/core/model';
import { claimWith } from './claimAt';

function run(text: string, language: LangOption = 'nb'): Analysis {
  return analyze(text, { language });
}

const sourceNames = (a: Analysis) => a.entities.filter((e) => e.kind === 'source').map((e) => e.text);

describe('sources: a poll share speaks', () => {
  it('reads "N prosent" before and after the cue as the source', () => {
    const t = 'I fjor svarte 35 prosent at de ville ha ny leder, mens 40 prosent sa at de var fornøyde.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'ny leder').source, '35 prosent');
    assert.equal(claimWith(a, t, 'fornøyde').source, '40 prosent');
  });

  it('reads a share of a group after the cue', () => {
    const t = 'I år svarer 48 prosent av velgerne at de vil ha ny regjering.';
    const a = run(t);
    assert.ok(sourceNames(a).some((s) => s.startsWith('48 prosent')), sourceNames(a).join(' | '));
  });

  it('does not take a figure that is not the subject for a source', () => {
    const t = 'Prisene steg med 5 prosent i fjor, viser tall fra SSB.';
    const a = run(t);
    assert.ok(!sourceNames(a).some((s) => s.includes('prosent')), sourceNames(a).join(' | '));
  });

  it('leaves a plain number alone', () => {
    const t = 'Hele 300 mener at kommunen har sviktet.';
    assert.ok(!sourceNames(run(t)).some((s) => s.includes('300')));
  });
});

describe('sources: attribution after "!" or "?" in a dash quotation', () => {
  it('ends the passage at a lower-case verb after "!" and names the speaker', () => {
    const t = '- Hurra! Nå er jeg fornøyd! jubler Kari Nes. Hun har ventet på svaret i flere måneder.';
    const a = run(t);
    const c = claimWith(a, t, 'Hurra');
    assert.equal(c.source, 'Kari Nes');
    assert.ok(c.end <= t.indexOf('Hun har'), c.text);
  });
});

describe('sources: a participle has no speaker after it', () => {
  it('does not read the object of "har skrevet" as its speaker', () => {
    const t = 'Mange statsråder, som Ola Dahl og Kari Lie, har skrevet bøker som gir innsikt.';
    const a = run(t);
    assert.ok(!sourceNames(a).includes('bøker'), sourceNames(a).join(' | '));
  });
});

describe('sources: a relative clause next to the cue', () => {
  it('lets the name before ", som …," speak', () => {
    const t = 'Journalist Per Hansen, som har fulgt saken lenge, sier til Aftenposten at gruppen er farlig.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'gruppen er farlig').source, 'Per Hansen');
    assert.ok(sourceNames(a).includes('Aftenposten'), sourceNames(a).join(' | '));
  });

  it('lets the antecedent of "som" right before the cue speak', () => {
    const t = 'Hun stemte på Venstre, som sier at skatten må ned.';
    assert.equal(claimWith(run(t), t, 'skatten').source, 'Venstre');
  });

  it('takes nothing after the cue when "som" is its subject', () => {
    const t = 'Folk kjøper flere magasiner som forteller om oppussing.';
    const a = run(t);
    assert.equal(a.claims.length, 0, a.claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
  });

  it('lets a group, or a share of one, before ", som …," speak', () => {
    const t = 'En av beboerne, som ikke ønsker å stå fram, forteller at vannet steg på få minutter.\n\nPendlerne, som har ventet i en time, krever at toget settes inn igjen.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'vannet steg').source, 'En av beboerne');
    assert.equal(claimWith(a, t, 'toget settes').source, 'Pendlerne');
  });

  it('does not let a common noun inside the sentence speak for a later clause', () => {
    const t = 'Han har møtt naboen, som bor der, sier politiet.';
    const a = run(t);
    assert.ok(!sourceNames(a).includes('naboen'), sourceNames(a).join(' | '));
  });
});

describe('sources: the text something is written in', () => {
  it('reads "heter det i X" as X speaking', () => {
    const t = '- En kveld som endte i kaos, heter det i artikkelen.';
    const a = run(t);
    assert.ok(sourceNames(a).includes('artikkelen'), sourceNames(a).join(' | '));
    assert.equal(claimWith(a, t, 'kaos').source, 'artikkelen');
  });

  it('reads Nynorsk "heiter det i X" the same way', () => {
    const t = '- Ein kveld som enda i kaos, heiter det i artikkelen.';
    assert.ok(sourceNames(run(t, 'nn')).includes('artikkelen'));
  });

  it('still prefers the issuer after "fra"', () => {
    const t = '«Vi må stå sammen», heter det i uttalelsen fra styret.';
    assert.equal(claimWith(run(t), t, 'stå sammen').source, 'styret');
  });

  it('reads "står det å lese på en nettside" with the unnamed page as source', () => {
    const t = '«Hvil i fred, du var den beste av oss» står det å lese på en minneside.';
    const a = run(t);
    assert.ok(sourceNames(a).includes('en minneside'), sourceNames(a).join(' | '));
  });
});

describe('sources: "synes" meaning "seems"', () => {
  it('makes no claim of "synes å" or "synes som om"', () => {
    const t = 'Det synes som om partiet har tapt terreng. Styret synes å ha gitt opp saken.';
    const a = run(t);
    assert.equal(a.claims.length, 0, a.claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
  });

  it('still reads "synes" with an opinion as a claim', () => {
    const t = 'Rektoren synes at skolen har blitt bedre.';
    assert.equal(claimWith(run(t), t, 'skolen har').source, 'Rektoren');
  });
});

describe('sources: subjects with adverbials and prepositional parts', () => {
  it('reads the subject before "til og med" and the cue "uttrykt"', () => {
    const t = 'Representanter for partiet har til og med uttrykt at skolen er et problem.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'skolen er').source, 'Representanter for partiet');
  });

  it('keeps the prepositional part of a subject after a subordinator', () => {
    const t = 'Saken ble utsatt fordi flertallet i bystyret mente at den var for dårlig utredet.';
    assert.equal(claimWith(run(t), t, 'dårlig utredet').source, 'flertallet i bystyret');
  });

  it('does not make a time part of the subject', () => {
    const t = 'Saken ble utsatt fordi flertallet i går mente at den skulle opp igjen.';
    const a = run(t);
    assert.ok(!sourceNames(a).includes('flertallet i går'), sourceNames(a).join(' | '));
  });
});

describe('sources: verbs that attribute only after the quotation', () => {
  it('reads "spør X" after a quoted question', () => {
    const t = 'Han ser seg rundt. «Hvor skal vi gjøre av oss nå?» spør Kari Nes.';
    assert.equal(claimWith(run(t), t, 'Hvor skal').source, 'Kari Nes');
  });

  it('reads "avslutter X" and "fortsetter X" after a comma', () => {
    const t = '«Vi gir oss ikke før vi har vunnet», avslutter treneren Ola Lie.';
    assert.equal(claimWith(run(t), t, 'gir oss').source, 'Ola Lie');
    const t2 = '«Neste år blir det bedre», fortsetter Kari Nes.';
    assert.equal(claimWith(run(t2), t2, 'Neste år').source, 'Kari Nes');
  });

  it('makes no claim of the same verbs with an object', () => {
    const t = 'Kari Nes fortsetter arbeidet og avslutter dagen tidlig.';
    assert.equal(run(t).claims.length, 0, run(t).claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
  });
});

describe('sources: a fronted non-subject before the cue does not speak', () => {
  it('does not read a fronted adverb as the speaker', () => {
    const t = 'Kari Nes leder styret. Her påpekte hun at budsjettet var for stramt.';
    const a = run(t);
    assert.ok(!sourceNames(a).includes('Her'), sourceNames(a).join(' | '));
    const t2 = 'Derfor mener hun at skatten må ned.';
    assert.ok(!sourceNames(run(t2)).includes('Derfor'), sourceNames(run(t2)).join(' | '));
  });

  it('lets the pronoun after the cue speak when a demonstrative object is fronted', () => {
    const t = 'Ola Berg leder forbundet. Disse tallene mener han er et tydelig varsel.';
    const a = run(t);
    assert.ok(!sourceNames(a).some((s) => s.includes('tallene')), sourceNames(a).join(' | '));
    assert.equal(claimWith(a, t, 'tydelig varsel').source, 'Ola Berg');
  });
});

describe('sources: verbs that take a stance with an object', () => {
  it('reads "angriper X for Y" as a claim of its subject', () => {
    const t = 'Fagforbundet angriper regjeringen for kuttene i eldreomsorgen.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'kuttene').source, 'Fagforbundet');
  });

  // "nevner" without "at" raised only half A and makes "Han nevner ikke saken" a claim: it still needs "at".
  it('does not read a bare "nevner" (mentions) as a claim, but "nevner at" is one', () => {
    assert.equal(run('Kari Lie nevner ikke saken i boka.').claims.length, 0);
    const t = 'Kari Lie nevner at skolereformen var den viktigste saken.';
    assert.equal(claimWith(run(t), t, 'skolereformen').source, 'Kari Lie');
  });
});

describe('sources: listener, auxiliary and title around a Bokmål subject', () => {
  it('gives the claim to the subject after the verb, not to the outlet after "overfor"', () => {
    const t = 'Overfor Dagbladet bekrefter brannvesenet at to hus er tømt.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'to hus').source, 'brannvesenet');
    // The outlet it was said to is a source of its own (the channel), not the speaker.
    assert.ok(sourceNames(a).includes('Dagbladet'), sourceNames(a).join(' | '));
  });

  it('keeps "fått" out of the name before a participle cue', () => {
    const t = 'Nå har Aftenposten fått opplyst at bussen står ved grensen.';
    const a = run(t);
    assert.ok(!sourceNames(a).some((s) => s.includes('fått')), sourceNames(a).join(' | '));
  });

  it('reads a definite title before a name as a title', () => {
    const t = 'Korrespondenten Lise Moe sier at bildet ble tatt i juni.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'bildet').source, 'Lise Moe');
    assert.ok(sourceNames(a).includes('Lise Moe'), sourceNames(a).join(' | '));
  });
});

describe('sources: reporting idioms of several words', () => {
  it('reads "gjort det klart at" as a cue and skips a frequency before it', () => {
    const t = 'Bjørg Tangen har flere ganger gjort det klart at hun vil bli ordfører.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'ordfører').source, 'Bjørg Tangen');
  });

  it('reads "gitt uttrykk for at" and "etterlater ingen tvil om at" as cues', () => {
    const t = 'Ivar Rud har gitt uttrykk for at brua bør stenges. Knut Vik etterlater ingen tvil om at han er enig.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'brua').source, 'Ivar Rud');
    assert.equal(claimWith(a, t, 'enig').source, 'Knut Vik');
  });

  it('needs the whole idiom and its "at": "gir uttrykk for en tanke" reports nothing', () => {
    assert.equal(run('Diktet gir uttrykk for en gammel tanke.').claims.length, 0);
    assert.equal(run('Hun gjør det godt i år.').claims.length, 0);
  });
});

describe('sources: the outlet a statement is told to', () => {
  it('reads an outlet in the genitive before its edition ("til X Blads nettutgave")', () => {
    const t = 'Vi er svært fornøyde, sier Ola Bakken til Fjordens Blads nettutgave.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'fornøyde').source, 'Ola Bakken');
    assert.ok(sourceNames(a).some((s) => s.startsWith('Fjordens Blad')), sourceNames(a).join(' | '));
  });

  it('does not take a person addressed after "til" for an outlet', () => {
    const t = 'Vi er svært fornøyde, sier Ola Bakken til Kari Lund.';
    assert.ok(!sourceNames(run(t)).includes('Kari Lund'), sourceNames(run(t)).join(' | '));
  });
});

describe('sources: "svare" reports only with what was answered', () => {
  it('does not read an answer with no content as a claim', () => {
    assert.equal(run('Vi venter til styret og rådmannen svarer.').claims.length, 0);
    assert.equal(run('Så lenge kommunen ikke svarer på brevet, står saken stille.').claims.length, 0);
  });

  it('still reads "svarer at", a colon and an answer before the cue', () => {
    const t = 'I år svarer 40 prosent av de spurte at de vil flytte. - Nei, svarte Per Lund. Kari Dahl svarte: «Ikke i år.»';
    const a = run(t);
    assert.equal(claimWith(a, t, 'flytte').source, '40 prosent');
    assert.equal(claimWith(a, t, 'Nei').source, 'Per Lund');
    assert.equal(claimWith(a, t, 'Ikke i år').source, 'Kari Dahl');
  });
});

describe('sources: a fronted adverb before an inverted subject pronoun', () => {
  it('gives the claim to the pronoun after the verb, not the one word before it', () => {
    const t = 'Vaktmester Eli Berg låste skolen klokka ti. Etterpå forklarte hun at døren hadde vært åpen hele natta.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'døren hadde').source, 'Eli Berg');
  });

  it('does the same in Nynorsk, and leaves a report without a pronoun after the verb alone', () => {
    const t = 'Bonden Ivar Lie kom heim seint. Deretter fortalde han at sauene var borte.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'sauene').source, 'Ivar Lie');
    const u = 'Politiet i Bergen sier han ble funnet i natt.';
    assert.equal(claimWith(run(u), u, 'funnet').source, 'Politiet i Bergen');
  });
});

describe('sources: "fremgår av" is "går fram av" in one word', () => {
  it('nb and nn: the text something emerges from is its source', () => {
    const nb = 'Det fremgår av rapporten at flertallet støtter forslaget.';
    assert.equal(claimWith(analyze(nb, { language: 'nb' }), nb, 'flertallet støtter').source, 'rapporten');
    const nn = 'Det framgår av rapporten at fleirtalet støttar forslaget.';
    assert.equal(claimWith(analyze(nn, { language: 'nn' }), nn, 'fleirtalet støttar').source, 'rapporten');
  });
});

describe('sources: a denial is a claim, "avkrefter" as "avviser"', () => {
  it('nb and nn: "avkrefter", "dementerer" and "avkreftar" report what is denied', () => {
    const nb = 'Forsvaret avkrefter at flyet ble skutt ned. Rederiet dementerer at skipet var overlastet.';
    const a = analyze(nb, { language: 'nb' });
    assert.equal(claimWith(a, nb, 'flyet ble').source, 'Forsvaret');
    assert.equal(claimWith(a, nb, 'skipet var').cue, 'dementerer');
    const nn = 'Kommunen avkreftar at skulen skal leggjast ned.';
    assert.equal(claimWith(analyze(nn, { language: 'nn' }), nn, 'skulen skal').source, 'Kommunen');
  });
});

describe('sources: people of a body are a group', () => {
  it('types "Forskere ved NTNU" and "Leger ved Haukeland" as groups, and a later "Forskerne" is the same source', () => {
    const t = 'Forskere ved NTNU mener at isen smelter. Forskerne sier at det går raskt. Leger ved Haukeland sier at køene vokser.';
    const a = run(t);
    assert.deepEqual(a.sources.map((s) => [s.name, s.sourceType, s.claims.length]), [['Forskere ved NTNU', 'group', 2], ['Leger ved Haukeland', 'group', 1]]);
  });
  it('keeps a body named alone an organisation', () => {
    const t = 'Kommunen i Bergen sier at bybanen blir forsinket.';
    assert.equal(run(t).sources[0].sourceType, 'organisation');
  });
});

describe('sources: what a document or the figures show, without "at"', () => {
  it('reads "Undersøkelsen viste en økning" and "Tala syner ein nedgang" as claims of the document', () => {
    const t = 'Undersøkelsen viste en økning på 20 prosent. Tallene viser en kraftig nedgang i ledigheten.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'en økning').source, 'Undersøkelsen');
    assert.equal(claimWith(a, t, 'kraftig nedgang').source, 'Tallene');
    const n = 'Tala syner ein nedgang i folketalet.';
    assert.equal(claimWith(run(n, 'nn'), n, 'nedgang').source, 'Tala');
  });
  it('reads nothing into a person or a film showing something', () => {
    assert.equal(run('Hun viste meg veien. Filmen viser en familie i krise.').claims.length, 0);
  });
});

describe('sources: "venter at", "forventer at" (expects)', () => {
  it('reads them as stance with "at", not waiting', () => {
    const t = 'Sjeføkonom Liv Dahl venter at prisveksten faller i vår. Hun venter på tallene fra SSB.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'prisveksten').source, 'Liv Dahl');
    assert.equal(a.claims.length, 1, a.claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
  });

  it('does the same in Nynorsk', () => {
    const t = 'Analytikarane forventar at renta stig. Dei ventar på rentemøtet.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'renta stig').source, 'Analytikarane');
    assert.equal(a.claims.length, 1, a.claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
  });
});

describe('sources: a fronted "ifølge" before a strong verb', () => {
  it('ends the source at "kom", "fikk", "står" as at a weak past', () => {
    const t = 'Ifølge politiet kom ingen til skade.\n\nIfølge vakthavende fikk kvinnen lettere skader.\n\nIfølge kommunen står skolen tom.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'ingen til skade').source, 'politiet');
    assert.equal(claimWith(a, t, 'lettere skader').source, 'vakthavende');
    assert.equal(claimWith(a, t, 'skolen tom').source, 'kommunen');
  });

  it('does the same in Nynorsk', () => {
    const t = 'Ifølgje operasjonsleiaren kom ingen til skade.\n\nIfølgje NRK fekk mannen ei bot.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'ingen til skade').source, 'operasjonsleiaren');
    assert.equal(claimWith(a, t, 'ei bot').source, 'NRK');
  });
});

describe('sources: "regnet ut at" (calculated) beside "regner med at" (expects)', () => {
  it('reads both particles of one verb', () => {
    const t = 'SSB har regnet ut at prisene steg med 4 prosent. Analytikerne regner med at renten stiger. Han regnet på det hele natten.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'prisene steg').source, 'SSB');
    assert.equal(claimWith(a, t, 'renten stiger').source, 'Analytikerne');
    assert.equal(a.claims.length, 2, a.claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
  });

  it('does the same in Nynorsk', () => {
    const t = 'Vegvesenet har rekna ut at tunnelen vil koste 14 milliardar kroner.';
    assert.equal(claimWith(run(t, 'nn'), t, 'tunnelen').source, 'Vegvesenet');
  });
});

describe('sources: "om" after a noun is "about", not "whether"', () => {
  it('keeps the whole clause after "tror" when it holds "debatten om …"', () => {
    const t = 'Statsviter Liv Moe tror nedgangen henger sammen med debatten om strømprisene.';
    assert.equal(claimWith(run(t), t, 'nedgangen').text, 'nedgangen henger sammen med debatten om strømprisene');
  });

  it('still starts the question after "spurte X om"', () => {
    const t = 'Per Lie spurte lederen om planen var klar. Kari Dahl spurte ham om han ville komme.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'planen').text, 'planen var klar');
    assert.equal(claimWith(a, t, 'ville komme').text, 'han ville komme');
  });
});

describe('sources: answering an inquiry is no claim', () => {
  it('reads "har ikke svart på henvendelsen" as no claim, "har svart at" as one', () => {
    const t = 'Kommunen har ikke svart på henvendelsen fra avisen. Fylket har svart at saken er under arbeid.';
    const a = run(t);
    assert.equal(a.claims.length, 1, a.claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
    assert.equal(claimWith(a, t, 'under arbeid').source, 'Fylket');
  });

  it('does the same in Nynorsk', () => {
    const t = 'Kommunen har ikkje svara på spørsmåla. Fylket svarar at saka er under arbeid.';
    const a = run(t, 'nn');
    assert.equal(a.claims.length, 1, a.claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
  });
});

describe('sources: a dash answer whose cue closes a clause of comparison', () => {
  it('keeps "– Da stiger prisen slik vi har varslet." as the interviewee\'s quotation', () => {
    const t = 'Vi tok saken opp med konsernsjef Hege Brudal.\n\nHva om Enova sier nei?\n\n– Da stiger prisen slik vi har varslet.\n';
    const c = claimWith(run(t), t, 'Da stiger');
    assert.equal(c.source, 'Hege Brudal');
    assert.equal(c.text, 'Da stiger prisen slik vi har varslet.');
  });
});

describe('sources: asking about something reports nothing', () => {
  it('reads "Vi spurte X om saken." as no claim, "spurte om saken var avgjort" as one', () => {
    const t = 'Vi spurte driftssjef Ole Tangen om planene. Tangen spurte om fristen var forlenget.';
    const a = run(t);
    assert.equal(a.claims.length, 1, a.claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
    assert.equal(claimWith(a, t, 'fristen').text, 'fristen var forlenget');
  });
});

describe('sources: "ifølge" a role with the name between commas', () => {
  it('takes the name, not the role, and starts the content after it', () => {
    const t = 'Ifølge bedriftens daglige leder, Tone Vasshus, vurderer eierne å selge.';
    const c = claimWith(run(t), t, 'eierne');
    assert.equal(c.source, 'Tone Vasshus');
    assert.equal(c.text, 'vurderer eierne å selge');
  });

  it('reads a role that goes on past its first phrase ("leder for salg i kjeden Rema, Ola Berg,")', () => {
    const t = 'Ifølge leder for salg i dagligvarekjeden Matland, Ola Berg, selges det mer epler i år.';
    assert.equal(claimWith(run(t), t, 'epler').source, 'Ola Berg');
  });

  it('leaves "ifølge politiet, som …" to the police', () => {
    const t = 'Ifølge politiet, som var raskt på stedet, ble ingen skadd.';
    assert.equal(claimWith(run(t), t, 'ingen skadd').source, 'politiet');
  });
});

describe('sources: a document with an aside on how it was made', () => {
  it('reads "En måling fra Respons, gjort for avisen, viser at …" past the aside', () => {
    const t = 'En måling fra Respons, gjort for avisen, viser at flertallet vil beholde sykehuset.';
    assert.equal(claimWith(run(t), t, 'flertallet').source, 'Respons');
  });

  it('does the same in Nynorsk', () => {
    const t = 'Ein rapport frå Vestlandsforsking, laga for fylket, syner at færre tek bussen.';
    assert.equal(claimWith(run(t, 'nn'), t, 'færre').source, 'Vestlandsforsking');
  });
});

describe('sources: company forms and names that only end like them', () => {
  it('knows "Hallberg Möbler AB" as the company that "konsernet" later stands for', () => {
    const t = 'Det svenske konsernet Hallberg Möbler AB legger ned fabrikken i Stryn.\n\nI en pressemelding skriver konsernet at markedet har sviktet.\n';
    assert.equal(claimWith(run(t), t, 'markedet').source, 'Hallberg Möbler AB');
  });

  it('keeps "Tobias Haugas" a person, whom "han" can mean', () => {
    const t = 'Tobias Haugas leder velforeningen på Hundvåg.\n\nHan mener at veien må utbedres.\n';
    assert.equal(claimWith(run(t), t, 'veien').source, 'Tobias Haugas');
  });
});

describe('sources: a title given before the name, then alone in its definite form', () => {
  it('reads "seier geologen" after "Geolog Kari Brekke" as her', () => {
    const t = 'Geolog Kari Brekke frå NGU var på staden tysdag.\n\n– Fjellet rører seg framleis. Det kan ta veker, seier geologen.\n';
    assert.equal(claimWith(run(t, 'nn'), t, 'Fjellet').source, 'Kari Brekke');
  });
});

describe('sources: a ruling by a court or a board', () => {
  it('reads "avgjorde at" as a claim of the body, place and all', () => {
    const t = 'Lagmannsretten avgjorde at saken skal behandles på nytt.';
    assert.equal(claimWith(run(t), t, 'saken').source, 'Lagmannsretten');
    const n = 'Forliksrådet i Sogndal avgjorde i fjor at laget skulda pengar.';
    assert.equal(claimWith(run(n, 'nn'), n, 'laget').source, 'Forliksrådet i Sogndal');
  });
});

describe('sources: a word for a newspaper stands for the one named just before', () => {
  it('reads "ifølge lokalavisen" after "Fjordkystens Tidendes nettutgave" as that paper', () => {
    const t = 'Ordføreren sa dette til Fjordkystens Tidendes nettutgave. Han ble operert i høst, ifølge lokalavisen.\n';
    assert.match(claimWith(run(t), t, 'operert').source, /^Fjordkystens Tidende/);
  });

  it('keeps "avisen" when no paper was named', () => {
    const t = 'Han ble operert i høst, ifølge avisen.\n';
    assert.equal(claimWith(run(t), t, 'operert').source, 'avisen');
  });
});

describe('sources: a section label before the sentence', () => {
  it('reads "Strid: X mener Y" as X claiming Y, the label outside it', () => {
    const t = 'Strid: Kari Nes mener kommunen må ta ansvar for eldreomsorgen.';
    const c = claimWith(run(t), t, 'kommunen');
    assert.equal(c.source, 'Kari Nes');
    assert.equal(c.text, 'kommunen må ta ansvar for eldreomsorgen');
  });
});

describe('sources: ", og mener" shares the subject of the main clause', () => {
  it('gives the second verb the first clause\'s subject, past an "at" clause and a label', () => {
    const t = 'Lei av det: Kari Nes er lei av at andre får skylda, og mener partiet må ta ansvar.';
    assert.equal(claimWith(run(t), t, 'partiet').source, 'Kari Nes');
  });

  it('not past a relative clause', () => {
    const t = 'Favoritten min er den som måler farten, og forteller deg hvem som vant.';
    assert.equal(run(t).claims.length, 0, run(t).claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
  });
});

describe('sources: a document with a clause of its own before "viser"', () => {
  it('gives the claim to the maker and names the document as a source too', () => {
    const t = 'En måling Opinionslaget har gjort for avisen, viser at to av tre vil beholde fergen.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'to av tre').source, 'Opinionslaget');
    assert.ok(sourceNames(a).includes('måling'), sourceNames(a).join(' | '));
  });

  it('ends the maker at the clause\'s verb, in Nynorsk too', () => {
    const t = 'Ei undersøking laget gjorde blant medlemene i vår, syner at fleirtalet vil ha ny bane.';
    assert.equal(claimWith(run(t, 'nn'), t, 'fleirtalet').source, 'laget');
  });
});

describe('sources: an "at" further on belongs to its own clause', () => {
  it('keeps ", sier X" closing the quotation when a clause with "at" of its own follows the speaker', () => {
    const t = '– Det er klart, sier kritiker Jon Haarder når avisen ringer og forteller at boka kommer.';
    const c = claimWith(run(t), t, 'Det er klart');
    assert.equal(c.source, 'Jon Haarder');
    assert.equal(c.text, 'Det er klart');
  });

  it('ends the dash passage at a long tag, so the next sentence has its own speaker', () => {
    const t = '– Det er klart at vi må lese boka nå, sier kritiker i avisen Dagposten Jon Haarder når avisen ringer og forteller at forfatteren har skrevet om boka i den nye romanen sin. Boka kommer i tre deler, bekrefter forlagssjef Geir Berdahl.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'klart').text, 'Det er klart at vi må lese boka nå');
    assert.equal(claimWith(a, t, 'tre deler').source, 'Geir Berdahl');
  });

  it('and when the "at" stands in the next sentence', () => {
    const t = '– Det er for dyrt, sier Kari Nes. Hun mener at prisen må ned.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'for dyrt').text, 'Det er for dyrt');
    assert.equal(claimWith(a, t, 'prisen').source, 'Kari Nes');
  });
});

describe('sources: a fronted time phrase is no speaker', () => {
  it('reads "Tidligere denne måneden meldte X at …" as X, the verb inverted', () => {
    const t = 'Tidligere denne måneden meldte Vestkanalen at kommunen har solgt 48 boliger.';
    assert.equal(claimWith(run(t), t, 'kommunen').source, 'Vestkanalen');
  });

  it('nor a time after a preposition ("Seinare på kvelden sa …"), and the subject after the verb may open on an article', () => {
    const t = 'Seinare på kvelden sa den nye ordføraren at budsjettet må kuttast.';
    assert.equal(claimWith(run(t, 'nn'), t, 'budsjettet').source, 'nye ordføraren');
    // A pronoun and its verb after the cue are no article and adjective.
    const p = 'Etter møtet hevdar dei driv folkeopplysning.';
    assert.ok(!run(p, 'nn').claims.some((c) => c.source.includes('driv')));
  });

  it('and "Førre veka sa ordføraren at …" in Nynorsk', () => {
    const t = 'Førre veka sa ordføraren at saka var avgjord.';
    assert.equal(claimWith(run(t, 'nn'), t, 'saka').source, 'ordføraren');
  });
});

describe('sources: accounts are documents', () => {
  it('reads "Regnskapet viser at …" as the accounts, a document', () => {
    const t = 'Regnskapet viser at klubben tapte penger i fjor.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'klubben').source, 'Regnskapet');
    assert.equal(a.sources.find((s) => s.name === 'Regnskapet')?.sourceType, 'document');
  });
});

describe('sources: initials that spell a function word', () => {
  it('reads "DA mener" and "ifølge DA" as the organisation, not "da"', () => {
    assert.equal(claimWith(run('DA mener at dommeren må gå.'), 'DA mener at dommeren må gå.', 'dommeren').source, 'DA');
    const t = 'Domstolsadministrasjonen (DA) har samlet bevis mot dommeren.\n\nDA mener at dommeren må gå.\n\nIfølge DA er saken alvorlig.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'dommeren må').source, 'Domstolsadministrasjonen');
    assert.equal(claimWith(a, t, 'alvorlig').source, 'Domstolsadministrasjonen');
  });
});

describe('sources: a body named with its initials', () => {
  it('reads the initials given in parentheses as that body later, under its full name', () => {
    const t = 'Domstolsadministrasjonen (DA) har samlet bevis mot dommeren.\n\nDA mener at dommeren må gå.';
    assert.equal(claimWith(run(t), t, 'dommeren må').source, 'Domstolsadministrasjonen');
  });

  it('does not take a party after a person for initials ("Kari Nes (Ap)")', () => {
    const t = 'Kari Nes (KN) er ordfører.\n\nKN mener at skolen må bygges.';
    const a = run(t);
    assert.notEqual(claimWith(a, t, 'skolen').source, 'Kari Nes');
  });
});

describe('sources: set 7 patterns (Bokmål and Nynorsk)', () => {
  it('keeps a person named inside a dash quotation reopened after its tag out of the narrator\'s "hun"', () => {
    const t = '– Vi har advart mot dette lenge, sier fylkesleder Hanne Rørvik. – Ingen har lyttet. Nå forventer vi at helseministeren griper inn.\n\nHun frykter at mange vil slutte.';
    assert.equal(claimWith(run(t), t, 'mange vil slutte').source, 'Hanne Rørvik');
  });

  it('ends an "ifølge" source at a present-tense verb ("Ifølge en ny rapport vurderer mange …")', () => {
    const t = 'Ifølge en medlemsundersøkelse fra forbundet vurderer fire av ti sykepleiere å slutte.\n\nIfølge rapporten skyldes økningen flere angrep med droner.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'sykepleiere').source, 'medlemsundersøkelse fra forbundet');
    assert.equal(claimWith(a, t, 'droner').source, 'rapporten');
    assert.equal(claimWith(a, t, 'droner').text, 'skyldes økningen flere angrep med droner');
  });

  it('reads a count of people as a group, before and after the verb ("18 overleger skrev at")', () => {
    const t = 'I et brev til styret skrev 18 overleger at de støtter en sammenslåing.\n\n300 innbyggere i bygda mener at skolen må bestå.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'sammenslåing').source, '18 overleger');
    assert.equal(claimWith(a, t, 'skolen').source, '300 innbyggere i bygda');
  });

  it('keeps the quotation as the content when "da han ble spurt om" follows the tag', () => {
    const t = '«Jeg stolte på folk jeg ikke burde ha stolt på», sa Hovland da han ble spurt om forholdet til eieren.';
    const c = claimWith(run(t), t, 'stolte');
    assert.equal(c.source, 'Hovland');
    assert.match(c.text, /^«Jeg stolte på folk/);
  });

  it('reads an indefinite speaker described by prepositional phrases ("En kilde med god kjennskap til styret sier")', () => {
    const t = 'En kilde med god kjennskap til styret sier til avisen at styret fikk et varsel.';
    assert.match(claimWith(run(t), t, 'varsel').source, /^(?:En )?kilde med god kjennskap til styret$/);
    const nn = 'Ei kvinne frå bygda seier at vegen er farleg.';
    assert.equal(claimWith(run(nn, 'nn'), nn, 'vegen').source, 'kvinne frå bygda');
  });
});

describe('sources: set 7 patterns (Nynorsk)', () => {
  it('reads "kom fram til at" as a conclusion, the subject inverted or not', () => {
    const t = 'I ei klagesak kom Statsforvaltaren fram til at vegen ikkje er trygg.\n\nTidleg måndag kom retten fram til at saka skal gå som planlagt.\n\nDet kom fram at ingen hadde varsla.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'vegen').source, 'Statsforvaltaren');
    assert.equal(claimWith(a, t, 'saka').source, 'retten');
    const b = 'Retten kom frem til at han var skyldig.';
    assert.equal(claimWith(run(b), b, 'skyldig').cue, 'kom frem til');
  });

  it('reads the subject between a verb and its particle after a fronted phrase ("I fjor slo Hålogaland lagmannsrett fast at")', () => {
    for (const [t, source] of [['I fjor slo Hålogaland lagmannsrett fast at staten hadde gjort feil.', 'Hålogaland lagmannsrett'], ['I fjor slo lagmannsretten fast at staten hadde gjort feil.', 'lagmannsretten']]) {
      assert.deepEqual(run(t, 'nn').claims.map((c) => c.source), [source]);
    }
  });

  it('reads people named by an adjective or occupation in the plural as a group ("Fleire fastbuande", "140 fiskarar")', () => {
    const t = 'Fleire fastbuande fortel at dei held seg heime.\n\nI eit ope brev skriv 140 fiskarar frå Lofoten, Vesterålen og Senja at dei aldri vart spurde.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'heime').source, 'fastbuande');
    const c = claimWith(a, t, 'spurde');
    assert.equal(c.source, '140 fiskarar');
    assert.equal(c.text, 'dei aldri vart spurde');
  });

  it('does not read "skrive under på" (to sign) as a report', () => {
    const t = '38 fastbuande har skrive under på eit brev til kommunestyret.';
    assert.equal(run(t, 'nn').claims.length, 0);
  });
});

describe('sources: "ifølge X, som mener at …"', () => {
  it('keeps the "ifølge" claim before a relative clause that reports on its own', () => {
    const t = 'Minst 60 hus er ødelagt, ifølge politiet, som mener at brannen er påsatt.';
    const a = run(t);
    assert.equal(claimWith(a, t, '60 hus').kind, 'according-to');
    assert.equal(claimWith(a, t, 'påsatt').cue, 'mener');
  });
});

describe('sources: a headline "X om Y: – …"', () => {
  it('gives the quotation to the body the line names, not to a person quoted later', () => {
    const t = 'Sykepleiernes Landsforbund om sykehusfusjonen: – Pasientene blir taperne\n\nStyret vedtok tirsdag å slå sammen sykehusene.\n\n– Vi har advart mot dette, sier fylkesleder Hanne Rørvik i forbundet.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'taperne').source, 'Sykepleiernes Landsforbund');
    assert.equal(claimWith(a, t, 'advart').source, 'Hanne Rørvik');
  });
});

describe('sources: a subject with a clause without "som" before the verb', () => {
  it('reads "Flere sykepleiere avisen har snakket med, sier at …" as the nurses\'', () => {
    const t = 'Flere sykepleiere avisen har snakket med, sier at de heller vil søke jobb i Drammen.';
    assert.match(claimWith(run(t), t, 'Drammen').source, /sykepleiere$/);
    const n = 'Grunneigarane som har skrive under, meiner at avtalen er god.';
    assert.match(claimWith(run(n, 'nn'), n, 'avtalen').source, /^Grunneigarane/);
  });
});

describe('sources: blind set 8 patterns (Bokmål)', () => {
  it('reads a perfect participle with an adverbial before it ("har i en e-post til fylkeskommunen krevd at")', () => {
    const t = 'Flere foreldre har i en e-post til fylkeskommunen krevd at alle øvelser stanses.\n\nRapporten har vist at skolen svikter.';
    const a = run(t);
    assert.match(claimWith(a, t, 'øvelser').source, /foreldre$/);
    assert.equal(claimWith(a, t, 'svikter').source, 'Rapporten');
    assert.equal(run('Byen har vært utsatt for gjentatte angrep siden februar.').claims.length, 0);
  });

  it('reads an organisation named with a suspended compound, and "forbundet" as it ("Norsk Mat- og Prosessforbund")', () => {
    const t = 'Norsk Mat- og Prosessforbund tok ut 200 medlemmer i streik.\n\nIfølge forbundet er det første streik på tjue år.';
    assert.equal(claimWith(run(t), t, 'første streik').source, 'Norsk Mat- og Prosessforbund');
  });

  it('reads "selskapet" as a company named by two words without a first name ("Grøndal Mat"), issuer before "heter det"', () => {
    const t = 'Grøndal Mat er et stort selskap.\n\nI en pressemelding fra selskapet heter det at butikkene vil få varer.';
    assert.equal(claimWith(run(t), t, 'butikkene').source, 'Grøndal Mat');
  });

  it('reads a herding district as an organisation, and "Distriktet" as it', () => {
    const t = 'Juovvavárri reinbeitedistrikt har klaget.\n\nDistriktet mener at utbyggingen er ulovlig.';
    assert.equal(claimWith(run(t), t, 'ulovlig').source, 'Juovvavárri reinbeitedistrikt');
  });

  it('reads "Flere næringsdrivende … håper på sin side at" as the group\'s', () => {
    const t = 'Flere næringsdrivende i Hammerfest håper på sin side at utbyggingen vil gi arbeidsplasser.';
    assert.match(claimWith(run(t), t, 'arbeidsplasser').source, /næringsdrivende/);
  });

  it('reads a byline with the agency after a slash ("Av Marte Lien Haugen / NTB")', () => {
    const a = run('Skyteøvelse gikk galt\n\nAv Marte Lien Haugen / NTB\n\nØvelsen gikk galt.');
    const sources = a.entities.filter((e) => e.kind === 'source').map((e) => e.text);
    assert.ok(sources.includes('Marte Lien Haugen') && sources.includes('NTB'), sources.join(' | '));
  });
});

describe('sources: blind set 8 patterns (Nynorsk)', () => {
  it('reads a survey described by prepositional phrases, with a time after them, as the source', () => {
    const t = 'Ei spørjeundersøking blant kommunelegar i Telemark frå i fjor viser at nesten halvparten vurderer å slutte.';
    assert.match(claimWith(run(t, 'nn'), t, 'halvparten').source, /^spørjeundersøking blant kommunelegar/);
  });

  it('reads "selskapet" as the company named before, never a broadcaster named since', () => {
    const t = 'Entreprenøren Fjordbygg Anlegg AS har fått skulda for forseinkinga, seier prosjektleiar Tor Myklebust til NRK Vestland.\n\nI ei pressemelding skriv selskapet at fylkeskommunen har bestilt 14 endringar.';
    assert.match(claimWith(run(t, 'nn'), t, 'endringar').source, /Fjordbygg Anlegg AS$/);
  });
});

describe('sources: a verb denied with only a thing after it', () => {
  it('reads "har ikkje kommentert saka", "har ikke bekreftet opplysningene" as no claim, a denial of a report still as one', () => {
    assert.equal(run('Statsråd Kjersti Vangsnes har likevel ikkje kommentert saka.', 'nn').claims.length, 0);
    assert.equal(run('Energidepartementet har ikke bekreftet opplysningene.').claims.length, 0);
    const t = 'Russland har avvist meldingene.';
    assert.equal(claimWith(run(t), t, 'meldingene').source, 'Russland');
  });
});

describe('sources: who denies a verb with nothing after it is no source', () => {
  it('lists "Kjersti Vangsnes" of "har ikkje kommentert saka" as a person, not a source', () => {
    const a = run('Statsråd Kjersti Vangsnes har likevel ikkje kommentert saka.', 'nn');
    assert.ok(!a.entities.some((e) => e.kind === 'source'), a.entities.map((e) => `${e.kind} ${e.text}`).join(' | '));
    assert.ok(a.entities.some((e) => e.kind === 'person' && e.text === 'Kjersti Vangsnes'));
  });
});

describe('sources: "minne om at", "stille spørsmål ved"', () => {
  it('reads "Selskapet minner om at …" and "stiller spørsmål ved om …" as claims, "Det minner om sytitalet" as none', () => {
    const t = 'Selskapet minner om at kundar har krav på kompensasjon.';
    assert.equal(claimWith(run(t, 'nn'), t, 'kompensasjon').source, 'Selskapet');
    const u = 'Gruppeleder Arild Sveen stiller spørsmål ved om rådmannen har tatt advarselen på alvor.';
    assert.equal(claimWith(run(u), u, 'advarselen').source, 'Arild Sveen');
    assert.equal(run('Det minner om sytitallet.').claims.length, 0);
  });
});

describe('sources: an affiliation with an adjective after the name', () => {
  it('gives "Elena Vidal ved det spanske forskingsrådet CSIC åtvarar" to her, not to the council', () => {
    const t = 'Klimaforskar Elena Vidal ved det spanske forskingsrådet CSIC åtvarar om at periodane blir lengre.';
    assert.equal(claimWith(run(t, 'nn'), t, 'periodane').source, 'Elena Vidal');
  });
  it('keeps "Talskvinne i det russiske utenriksdepartementet Jelena Vorobjova" her title, not her name', () => {
    const t = 'Talskvinne i det russiske utenriksdepartementet Jelena Vorobjova sa onsdag at Vesten prøver å skylde på Moskva.';
    assert.equal(claimWith(run(t), t, 'Vesten').source, 'Jelena Vorobjova');
  });
});

describe('sources: the state\'s county office is one organisation', () => {
  it('reads "Statsforvaltaren i Vestfold og Telemark" as one name, and no place in it', () => {
    const a = run('I eit brev skreiv Statsforvaltaren i Vestfold og Telemark at kommunen har brote lova. Rapporten låg ved Statsforvaltarens kontor.', 'nn');
    assert.ok(a.entities.some((e) => e.kind === 'organisation' && e.text === 'Statsforvaltaren i Vestfold og Telemark'), a.entities.map((e) => `${e.kind} ${e.text}`).join(' | '));
    assert.ok(!a.entities.some((e) => e.kind === 'place'), a.entities.map((e) => `${e.kind} ${e.text}`).join(' | '));
  });
});

describe('sources: a count of people described by where they are', () => {
  it('reads "Flere beboere langs elva sier" and "Nokre foreldre på Ølve meiner" as the group', () => {
    const t = 'Hun er ikke alene. Flere beboere langs elva sier til avisen at varselet kom sent.';
    assert.match(claimWith(run(t), t, 'varselet').source, /beboere langs elva/);
    const u = 'Nokre foreldre på Ølve meiner at skulen må bestå.';
    assert.match(claimWith(run(u, 'nn'), u, 'skulen').source, /foreldre på Ølve/);
  });

  it('reads bodies so described too ("Mange bedrifter langs riksveien frykter")', () => {
    const t = 'Mange bedrifter langs riksveien frykter at omkjøringen tar fra dem kundene.';
    assert.match(claimWith(run(t), t, 'omkjøringen').source, /bedrifter langs riksveien/);
  });
});

describe('sources: what a text shows, fronted or after the content', () => {
  it('reads "Av en analyse som kommunestyret vedtok, går det fram at" as the analysis', () => {
    const t = 'Av en sårbarhetsanalyse som kommunestyret vedtok i 2022, går det fram at 40 boliger ligger utsatt.';
    assert.match(claimWith(run(t), t, 'boliger').source, /sårbarhetsanalyse/);
  });
  it('reads "…, går det fram av dommen." as the judgment\'s, with what came before as its content', () => {
    const t = 'Pengene gikk blant annet til en leilighet i Alicante, går det fram av dommen.';
    const c = claimWith(run(t), t, 'Alicante');
    assert.equal(c.source, 'dommen');
    assert.ok(!t.slice(c.start, c.end).includes('går det fram'));
  });
  it('reads "I ein rapport frå X, som vedtaket byggjer på, heiter det at" as the issuer\'s', () => {
    const t = 'I ein rapport frå helseføretaket Vestre Viken, som vedtaket byggjer på, heiter det at éi stor legevakt vil gi betre kvalitet.';
    assert.match(claimWith(run(t, 'nn'), t, 'legevakt').source, /Vestre Viken/);
  });
});

describe('sources: a subject shared over ", og" after a focus adverb', () => {
  it('gives "Også Nasjonal sikkerhetsmyndighet (NSM) er koblet inn, og bekrefter at" to the authority', () => {
    const t = 'Også Nasjonal sikkerhetsmyndighet (NSM) er koblet inn, og bekrefter overfor NTB at et team har vært der.';
    assert.equal(claimWith(run(t), t, 'team').source, 'Nasjonal sikkerhetsmyndighet');
  });
});

describe('sources: a name, a party and a title of two parts between commas', () => {
  it('gives "Ola Brenna (H), ordførar i Gol og leiar av representantskapet, meiner" to him', () => {
    const t = 'Ola Brenna (H), ordførar i Gol og leiar av representantskapet, meiner at kritikken er forståeleg.';
    assert.equal(claimWith(run(t, 'nn'), t, 'kritikken').source, 'Ola Brenna');
  });
});

describe('sources: a headline whose verb has the place as its object', () => {
  it('does not give "Dataangrep lammer Stange: – …" to Stange', () => {
    const t = 'Dataangrep lammer Stange: – Vi er tilbake til penn og papir\n\nKommunedirektør Hilde Aasen Bråten bekrefter at kommunen har fått et krav.\n\n– Vi er tilbake til penn og papir, sier Bråten.';
    const a = run(t);
    assert.ok(!a.claims.some((c) => c.source === 'Stange'), a.claims.map((c) => c.source).join(' | '));
  });
});

describe('sources: a subject before a relative clause about it', () => {
  it('gives "Ein tidlegare tilsett ved anlegget, som ikkje vil stå fram med namn, fortel til X at" to the employee', () => {
    const t = 'Ein tidlegare tilsett ved anlegget, som ikkje vil stå fram med namn, fortel til Bergens Tidende at mannskapet varsla leiinga.';
    assert.match(claimWith(run(t, 'nn'), t, 'mannskapet').source, /tilsett ved anlegget/);
    const u = 'En sykepleier i hjemmetjenesten, som ikke vil stå fram med navn, forteller at de ansatte må ringe fastlegene.';
    assert.match(claimWith(run(u), u, 'fastlegene').source, /sykepleier i hjemmetjenesten/);
  });
});

describe('sources: a name with a particle in an apposition', () => {
  it('gives "Leiaren i Nieuw Verbond, Sanne de Wit, gjentok valnatta at" to her, not to the night', () => {
    const t = 'Leiaren i Nieuw Verbond, Sanne de Wit, gjentok valnatta at partiet ikkje vil sitje i regjering.';
    assert.equal(claimWith(run(t, 'nn'), t, 'regjering').source, 'Sanne de Wit');
  });
});

describe('sources: more Bokmål shapes from blind set 11', () => {
  it('reads "Samtidig kom tingretten til at" with one adverb fronted', () => {
    const t = 'Samtidig kom tingretten til at byggelederen ikke handlet uaktsomt.';
    assert.equal(claimWith(run(t), t, 'uaktsomt').source, 'tingretten');
  });
  it('reads "ifølge det amerikanske geologiske instituttet USGS" as USGS, fronted or closing', () => {
    const t = 'Ifølge det amerikanske geologiske instituttet USGS hadde skjelvet en styrke på 6,8.';
    assert.equal(claimWith(run(t), t, 'styrke').source, 'USGS');
    const u = 'Skjelvet hadde en styrke på 6,8, ifølge det amerikanske geologiske instituttet USGS.';
    assert.equal(claimWith(run(u), u, 'styrke').source, 'USGS');
  });
  it('gives "Aktor, politiadvokat Hanne Solum, hadde krevd at" to the prosecutor by name', () => {
    const t = 'Aktor, politiadvokat Hanne Margrethe Solum, hadde krevd at han skulle dømmes.';
    assert.equal(claimWith(run(t), t, 'dømmes').source, 'Hanne Margrethe Solum');
  });
  it('reads "utelukker ikke at" and "fastholder at" as cues', () => {
    const t = 'Mattilsynet utelukker ikke at produksjonen kan bli stanset.';
    assert.equal(claimWith(run(t), t, 'stanset').source, 'Mattilsynet');
    const u = 'Byrådet fastholder likevel at det er for sent å snu.';
    assert.equal(claimWith(run(u), u, 'for sent').source, 'Byrådet');
  });
});

describe('sources: more shapes from blind set 12', () => {
  it('reads "Ifølge helseforetaket gjelder det" with the verb outside the source', () => {
    const t = 'Ifølge helseforetaket gjelder det rundt 60 kvinner.';
    assert.equal(claimWith(run(t), t, 'kvinner').source, 'helseforetaket');
  });
  it('gives "Forbundets revisor, Knut Ove Rasmussen i Fjordrevisjon AS, sier" and "En annen evakuert, Kostas Lambrou, fortalte" to the names', () => {
    const t = 'Forbundets revisor, Knut Ove Rasmussen i Fjordrevisjon AS, sier til avisen at revisjonen ble utført riktig.';
    assert.equal(claimWith(run(t), t, 'revisjonen').source, 'Knut Ove Rasmussen');
    const u = 'En annen evakuert, Kostas Lambrou, fortalte til AP at politiet banket på døra.';
    assert.equal(claimWith(run(u), u, 'politiet').source, 'Kostas Lambrou');
  });
  it('gives "I Energidepartementet, som …, sier statssekretær X (Ap) at" to X, the party outside the content', () => {
    const t = 'I Energidepartementet, som har ansvaret for konsesjonene, sier statssekretær Jon Erik Vassbotn (Ap) at departementet vil gå gjennom dommen.';
    const a = run(t);
    const c = claimWith(a, t, 'departementet vil');
    assert.equal(c.source, 'Jon Erik Vassbotn');
    assert.ok(t.slice(c.start, c.end).startsWith('departementet'), t.slice(c.start, c.end));
  });
});

describe('sources: shapes from blind set 14', () => {
  it('gives "Leiar av rovviltnemnda i region 5, Arnfinn Tollefsrud (Sp), meiner" to him', () => {
    const t = 'Leiar av rovviltnemnda i region 5, Arnfinn Tollefsrud (Sp), meiner at Statsforvaltaren er naiv.';
    assert.equal(claimWith(run(t, 'nn'), t, 'naiv').source, 'Arnfinn Tollefsrud');
  });
  it('reads "forbundet" as "Naturvernforbundet i Innlandet" named just before', () => {
    const t = 'Naturvernforbundet i Innlandet meiner at ei felling er ulovleg. I ei pressemelding skriv forbundet at ulven må få vere i fred.';
    assert.equal(claimWith(run(t, 'nn'), t, 'ulven').source, 'Naturvernforbundet i Innlandet');
  });
});

describe('sources: a name, then a lower-case description between commas', () => {
  it('gives the second verb of "Daglig leder X sier at …, og varsler at …" to X, not to the title\'s first word', () => {
    const t = 'Daglig leder Kristin Hopsdal Rye i Kystkraft Vind sier at selskapet er uenig, og varsler at kjennelsen vil bli anket.';
    assert.equal(claimWith(run(t), t, 'anket').source, 'Kristin Hopsdal Rye');
    const u = 'Administrerende direktør Kari Nes sier at selskapet er uenig, og varsler at kjennelsen vil bli anket.';
    assert.equal(claimWith(run(u), u, 'anket').source, 'Kari Nes');
  });
  it('reads "Det slår X fast i en kjennelse" after the content as X\'s, and a participle after an indefinite article as no cue', () => {
    const t = 'Utbyggeren må stanse all sprengning nær sjøen. Det slår Frostating lagmannsrett fast i en kjennelse som ble avsagt fredag.';
    const c = claimWith(run(t), t, 'sprengning');
    assert.equal(c.source, 'Frostating lagmannsrett');
    assert.deepEqual(run('Dei venta på eit stadfesta prøvesvar. Vi fekk en bekreftet melding.').claims.map((x) => x.cue), []);
  });
  it('reads an adjective in -e after a plural determiner or a quantity as a group that speaks ("De evakuerte mener")', () => {
    const t = 'De evakuerte mener at kommunen var for sen med å varsle.';
    assert.match(claimWith(run(t), t, 'varsle').source ?? '', /evakuerte/);
    const n = 'Fleire av dei evakuerte meiner likevel at kommunen var for sein.';
    assert.match(claimWith(run(n, 'nn'), n, 'sein').source ?? '', /evakuerte/);
    const m = 'Mange av de fremmøtte mener at møtet kom for sent.';
    assert.match(claimWith(run(m), m, 'for sent').source ?? '', /fremmøtte/);
  });
  it('gives "Ein pensjonist som bur like ved skredløpet seier" to the noun before a relative clause with no comma', () => {
    const t = 'Ein pensjonist som bur like ved skredløpet seier til avisa at han har sett nye sprekker.';
    assert.match(claimWith(run(t, 'nn'), t, 'sprekker').source ?? '', /pensjonist/);
    const u = 'Politiet som rykket ut sier at brannen er slukket.';
    assert.equal(claimWith(run(u), u, 'slukket').source, 'Politiet');
  });
  it('reads a document subject after a wire dateline ("ODDA: Ein rapport frå NVE viser at …")', () => {
    const t = 'ODDA: Ein rapport frå NVE viser at lausmassane har byrja å sige.';
    const c = claimWith(run(t, 'nn'), t, 'lausmassane');
    assert.match(c.source ?? '', /rapport frå NVE/);
    assert.equal(t.slice(c.start, c.end), 'lausmassane har byrja å sige');
    const u = 'OSLO (NTB): En kilde med god kjennskap til saken sier at det er feil.';
    assert.match(claimWith(run(u), u, 'feil').source ?? '', /kilde med god kjennskap/);
  });
  it('reads a coordination after a fronted preposition as its object, and the subject after the verb ("I eit brev til X og Y skriv Z")', () => {
    const t = 'I eit brev til Statens vegvesen og Vestland fylkeskommune skriv foreldra at dei har meldt frå.';
    assert.equal(claimWith(run(t, 'nn'), t, 'meldt').source, 'foreldra');
    const u = 'Flere av byens kor og korps skriver at de har ventet lenge.';
    assert.equal(claimWith(run(u), u, 'ventet').source, 'Flere av byens kor og korps');
  });
  it('reads "hos" in Nynorsk as where a titled person works ("Seksjonssjef X hos Statsforvaltaren seier")', () => {
    const t = 'Seksjonssjef Håkon Brenden hos Statsforvaltaren seier at avgjerda ikkje var vanskeleg.';
    assert.equal(claimWith(run(t, 'nn'), t, 'vanskeleg').source, 'Håkon Brenden');
  });
  it('gives "Solveig Aanerud, jordmor ved avdelingen gjennom 24 år, mener" to her, a number in the description', () => {
    const t = 'Solveig Aanerud, jordmor ved avdelingen gjennom 24 år, mener rapporten blir brukt som et påskudd.';
    assert.equal(claimWith(run(t), t, 'påskudd').source, 'Solveig Aanerud');
  });
  it('gives "Lektor Kjersti Fosse, hovedtillitsvalgt for Utdanningsforbundet ved skolen, sier" to her', () => {
    const t = 'Lektor Kjersti Fosse, hovedtillitsvalgt for Utdanningsforbundet ved skolen, sier at flere lærere har vært sykmeldt.';
    assert.equal(claimWith(run(t), t, 'sykmeldt').source, 'Kjersti Fosse');
    const u = 'Kjersti Fosse, hovudtillitsvald ved skulen, seier at fleire lærarar er sjukmelde.';
    assert.equal(claimWith(run(u, 'nn'), u, 'sjukmelde').source, 'Kjersti Fosse');
  });
});

describe('sources: shapes from blind set 26', () => {
  it('ends the subject at a modal: "Eg kunne aldri ha trudd", "banken burde ha varsla"', () => {
    const t = 'Dottera hans, Randi Aam, meiner at banken burde ha varsla kundane med ein gong.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'kundane').source, 'Randi Aam');
    assert.ok(!sourceNames(a).some((s) => /burde/.test(s)), sourceNames(a).join(' | '));
    const u = 'Jeg kunne aldri ha trodd at det var han, sier naboen.';
    assert.ok(!sourceNames(run(u)).some((s) => /kunne/.test(s)), sourceNames(run(u)).join(' | '));
  });
  it('gives "Moren hans, NAME, sier" to the name, and reads no place in "Mora hans"', () => {
    const t = 'Moren hans, Liv Herigstad, sier at sønnen er en erfaren fjellvandrer.';
    assert.equal(claimWith(run(t), t, 'erfaren').source, 'Liv Herigstad');
    const u = 'Mora hans, Liv Herigstad, seier at sonen er røynd.';
    const b = run(u, 'nn');
    assert.equal(claimWith(b, u, 'røynd').source, 'Liv Herigstad');
    assert.deepEqual(b.entities.filter((e) => e.kind === 'place').map((e) => e.text), []);
  });
  it('reads what a speaker calls or describes something as their stance, without "at" or quotation marks', () => {
    const t = 'Forbundsleder Kari Nes kaller forslaget et angrep på de eldste arbeidstakerne.';
    const c = claimWith(run(t), t, 'angrep');
    assert.equal(c.source, 'Kari Nes');
    assert.equal(c.cue, 'kaller');
    const u = 'Ordførar Per Vik omtalar avgjerda som urimeleg for heile bygda.';
    assert.equal(claimWith(run(u, 'nn'), u, 'urimeleg').source, 'Per Vik');
    const v = 'Direktør Ola Hansen beskriver det som et nødvendig grep.';
    assert.equal(claimWith(run(v), v, 'nødvendig').source, 'Ola Hansen');
  });
  it('reads "karakteriserer X som lite troverdig" and "beskriver X som den mest alvorlige" as stances', () => {
    const t = 'Retten karakteriserer forklaringen som lite troverdig.';
    const c = claimWith(run(t), t, 'troverdig');
    assert.equal(c.source, 'Retten');
    assert.equal(c.cue, 'karakteriserer');
    const u = 'Leder Hege Mørk Solberg i Østfold Bondelag beskriver situasjonen som den mest alvorlige siden 2018.';
    assert.equal(claimWith(run(u), u, 'alvorlige').source, 'Hege Mørk Solberg');
    assert.deepEqual(run('Hun beskriver situasjonen som den gang var uoversiktlig.').claims.map((x) => x.cue), []);
  });
  it('reads "tviler på at" as a stance, with the subject after the verb too, in Nynorsk as in Bokmål', () => {
    const t = 'Tilbake på jordet ved Degernes tviler Arne Holter på at et regnvær kan redde avlingen.';
    const c = claimWith(run(t), t, 'regnvær');
    assert.equal(c.source, 'Arne Holter');
    assert.equal(t.slice(c.start, c.end), 'et regnvær kan redde avlingen');
    const n = 'Ordføraren tvilar på at bidraget vil løyse problema.';
    assert.equal(claimWith(run(n, 'nn'), n, 'bidraget').cue, 'tvilar på');
    assert.deepEqual(run('Det er ingen tvil om saken.').claims.map((x) => x.cue), []);
  });
  it('reads no stance in "kalte inn" or a relative "som" after the object', () => {
    for (const t of ['Styret kalte inn en ekspert på fuktskader.', 'Hun beskriver situasjonen som oppsto i fjor.', 'Foreldrene kaller barnet Ola.']) {
      assert.deepEqual(run(t).claims.map((c) => c.cue), [], t);
    }
  });
  it('resolves "Han" to the named father, not the boy his apposition mentions', () => {
    const t = 'En av dem er Tor Lien, far til en gutt på fem år. Han sier at sønnen har hatt astma hele vinteren.';
    assert.equal(claimWith(run(t), t, 'astma').source, 'Tor Lien');
  });
  it('reads a document subject with a restrictive relative clause or a participle after it', () => {
    const t = 'En risikovurdering som ble lagt fram i styret, konkluderer med at tiltaket er forsvarlig.';
    assert.equal(claimWith(run(t), t, 'forsvarlig').source, 'risikovurdering');
    const u = 'En ny måling gjort for lokalavisen viser at halvparten er imot planen.';
    assert.match(claimWith(run(u), u, 'halvparten').source ?? '', /måling/);
  });
});

describe('sources: more shapes from blind set 26', () => {
  it('gives "NAME, en landsdekkende organisasjon for …, krever" to the one-word name, an organisation', () => {
    const t = 'Foreldrestemmen, en frivillig organisasjon for foreldre, krever at departementet endrer reglene.';
    const r = run(t);
    const c = claimWith(r, t, 'departementet');
    assert.equal(c.source, 'Foreldrestemmen');
    assert.equal(r.sources[c.sourceIds[0]].sourceType, 'organisation');
    // Not any word opening the sentence: "Han, en mann i 50-årene," is a pronoun.
    const u = 'Han, en mann i 50-årene, sier at han så bilen.';
    assert.ok(!run(u).entities.some((e) => e.kind === 'source' && e.text === 'Han'));
  });
  it('reads "X, som …, har rekna ut at" past the relative clause and the auxiliary', () => {
    const t = 'Siri Lunde, som sjølv køyrer til byen kvar dag, har rekna ut at bompengane kostar henne 9000 kroner i året.';
    assert.equal(claimWith(run(t, 'nn'), t, 'bompengane').source, 'Siri Lunde');
  });
  it('reads "meir enn hundre musikarar" after an inverted verb as the source', () => {
    const t = 'I eit opprop krev meir enn hundre lokale musikarar at festivalen får pengane tilbake.';
    assert.equal(claimWith(run(t, 'nn'), t, 'festivalen').source, 'meir enn hundre lokale musikarar');
  });
  it('reads an inverted particle verb after a fronted phrase that ends on a comma', () => {
    const t = 'I ein rapport som kom fredag, slår tilsynet fast at kommunen braut regelverket.';
    assert.equal(claimWith(run(t, 'nn'), t, 'kommunen').source, 'tilsynet');
  });
  it('reads the subject after an auxiliary with its prepositional part: "Nå har en rapport fra X slått fast at"', () => {
    const t = 'Nå har en rapport fra Havforskningsinstituttet slått fast at bestanden er truet.';
    assert.match(claimWith(run(t), t, 'bestanden').source ?? '', /rapport fra Havforskningsinstituttet/);
    const u = 'Flere foreldre har i en e-post til rektor krevd at skolen svarer.';
    assert.match(claimWith(run(u), u, 'skolen').source ?? '', /foreldre$/);
  });
  it('reads no report in a case reported to the police ("melde saka til Økokrim")', () => {
    for (const [t, l] of [['Banken melde saka til Økokrim same veka.', 'nn'], ['Skolen meldte forholdet til politiet.', 'nb']] as const) {
      assert.deepEqual(run(t, l).claims.map((c) => c.cue), [], t);
    }
  });
  it('gives a compound title to the one named with its head, and a short title to a compound one', () => {
    const t = 'Administrerende direktør Tor Inge Haldorsen sier at avtalen er sagt opp. – Vi kan ikke skyte inn mer penger, sier bankdirektøren.';
    assert.equal(claimWith(run(t), t, 'skyte inn').source, 'Tor Inge Haldorsen');
    const u = 'Fylkesordfører Kari Nes sier at avtalen er sagt opp. – Vi må finne pengene selv, sier ordføreren.';
    assert.equal(claimWith(run(u), u, 'finne pengene').source, 'Kari Nes');
    const v = 'Transportøkonom Håvard Lie seier at bompengar er rettferdige. – Staten må ta rekninga, meiner økonomen.';
    assert.equal(claimWith(run(v, 'nn'), v, 'Staten').source, 'Håvard Lie');
  });
  it('does not give a compound title to someone named with another compound on its head', () => {
    const t = 'Gruppeleder Arild Sveen sier at saken må opp i kommunestyret.\n\nDen tidligere styrelederen har erkjent at han flyttet pengene.';
    assert.notEqual(claimWith(run(t), t, 'flyttet').source, 'Arild Sveen');
  });
});

describe('claims: coordinated reports are claims of their own', () => {
  it('cuts "sier at A, og at B" and "mente at A, men at B" into two claims with the same cue', () => {
    const t = 'Kari Nes opplyser at ordningen skal evalueres etter ett år, og at mottaket kan åpne igjen.';
    const a = run(t);
    assert.deepEqual(a.claims.map((c) => [c.text, c.cue, c.source]), [
      ['ordningen skal evalueres etter ett år', 'opplyser', 'Kari Nes'],
      ['mottaket kan åpne igjen', 'opplyser', 'Kari Nes'],
    ]);
    const u = 'Per Vik sa at partiet er villig til å forhandle, men at det vil ha lengre tid.';
    assert.deepEqual(run(u).claims.map((c) => c.text), ['partiet er villig til å forhandle', 'det vil ha lengre tid']);
  });
  it('ends the first claim where ", og lover at" begins the second', () => {
    const t = 'Styreleder Kari Nes sier at styret skal møte spillerne tirsdag, og lover at klubben skal spille videre.';
    assert.deepEqual(run(t).claims.map((c) => [c.text, c.cue]), [
      ['styret skal møte spillerne tirsdag', 'sier'],
      ['klubben skal spille videre', 'lover'],
    ]);
  });
  it('does not cut a quotation, nor an "og at" inside another clause', () => {
    const t = '– De vet at prisene er høye og at køene er lange, sier Kari Nes.';
    assert.equal(run(t).claims.length, 1);
    const u = 'Partiet mener dette best kan gjøres ved at skatten kuttes og at reglene forenkles.';
    assert.equal(run(u).claims.length, 1);
  });
});

describe('sources: shapes from blind set 28', () => {
  it('gives a quoted headline to whoever says its words below, not to the first speaker', () => {
    const t = 'Priskrigen spisser seg til: – Kundene vinner, i alle fall på kort sikt\n\nKjededirektør Geir Lie sier at kjeden tar regningen.\n\nØkonom Mads Olsen anslår at en familie kan spare mye.\n\n– Kundene vinner, i alle fall på kort sikt. Men historien viser at slike kriger sjelden varer lenge, advarer Olsen.\n';
    assert.equal(claimWith(run(t), t, 'Kundene vinner').source, 'Mads Olsen');
  });
  it('gives "sier moren, NAME." to the name, and the next "Hun" to her', () => {
    const t = '– Det var den verste natten vi har hatt, sier moren, Line Strand. Hun forteller at sønnen lånte en venns konto.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'verste natten').source, 'Line Strand');
    assert.equal(claimWith(a, t, 'sønnen').source, 'Line Strand');
  });
  it('reads no claim in "forklarte seg som vitne" or "hadde meldt oppbod"', () => {
    for (const [t, l] of [['Guiden Per Nilsen (26) forklarte seg som vitne onsdag.', 'nb'], ['Tingretten opna konkurs etter at styret sjølv hadde meldt oppbod.', 'nn']] as const) {
      assert.deepEqual(run(t, l).claims.map((c) => c.cue), [], t);
    }
  });
  it('gives "advokaten" to the defence counsel named as "Forsvarer", not to a prosecutor', () => {
    const t = 'Politiadvokat Marte Lyngmo sa at saken er alvorlig. Forsvarer Stein Hætta mener saken er blåst opp. – Min klient har drevet turer i tjue år, sier advokaten.';
    assert.equal(claimWith(run(t), t, 'Min klient').source, 'Stein Hætta');
  });
  it('gives "I rapporten, som X har utarbeidet …, heter det at" to X, and "En undersøkelse som X har gjort, viser" too', () => {
    const t = 'Kari Nes sier at alt er bra. I støyrapporten, som konsulentselskapet Lydplan AS har utarbeidet for kommunen, heter det at støyen blir for høy.';
    assert.equal(claimWith(run(t), t, 'støyen').source, 'Lydplan AS');
    const u = 'En fersk undersøkelse som Norstat har gjort for banken, viser at seks av ti har byttet butikk.';
    assert.equal(claimWith(run(u), u, 'seks av ti').source, 'Norstat');
  });
  it('reads "Mora" as a person, not as the girl brought in before', () => {
    const t = 'Skulen gjorde ikkje nok for ei jente på sjuande trinn. Mora til jenta tok kontakt med skulen. Ho fortel at dottera vart halden utanfor.';
    assert.equal(claimWith(run(t, 'nn'), t, 'dottera').source, 'Mora');
  });
  it('reads "Ein rapport frå 2019 slo fast at" with the year after the document', () => {
    const t = 'Ein rapport frå 2019 slo fast at feltet ligg innanfor faresona.';
    assert.equal(claimWith(run(t, 'nn'), t, 'feltet').source, 'rapport');
  });
  it('gives a subheading "Fylkeskommunen: – …" to the county named before', () => {
    const t = 'Vestland fylkeskommune har ansvaret for skuleskyssen.\n\nFylkeskommunen: – Skuleskyssen skal gå\n\nFylkesdirektør Siv Bleken seier at ein avtale er på plass.\n';
    assert.equal(claimWith(run(t, 'nn'), t, 'Skuleskyssen skal').source, 'Vestland fylkeskommune');
  });
});

describe('sources: shapes from blind set 29', () => {
  it('reads "er bekymret for at", "var letta over at" as stances of the subject', () => {
    const t = 'Sametinget er bekymret for at kuttene kan ramme laksefisket.';
    const c = claimWith(run(t), t, 'kuttene');
    assert.equal(c.source, 'Sametinget');
    assert.equal(c.cue, 'er bekymret for');
    const u = 'Ingrid Tveit er ikkje overraska over at tunnelen lek.';
    assert.equal(claimWith(run(u, 'nn'), u, 'tunnelen').source, 'Ingrid Tveit');
    // Not without "at": "glad i å gå på tur" is no report.
    assert.deepEqual(run('Han er glad i å gå på tur.').claims, []);
  });
  it('reads "er ikke i tvil om at", "var i tvil om at" as a stance of the subject', () => {
    const t = 'Ordfører Tone Vik (Ap) er ikke i tvil om at det var riktig.';
    assert.equal(claimWith(run(t), t, 'riktig').source, 'Tone Vik');
    const nn = 'Ordføraren var i tvil om at planen ville verke.';
    assert.equal(claimWith(run(nn, 'nn'), nn, 'planen').source, 'Ordføraren');
    // ("Det er ingen tvil om at …" has no one who holds it.)
    assert.deepEqual(run('Det er ingen tvil om at han tok feil.').claims, []);
  });
  it('reads "er urolige for at", "er uroa for at" as the worry of the subject, as "bekymret for at"', () => {
    const t = 'Foreldrene er urolige for at skoleveien er farlig.';
    assert.equal(claimWith(run(t), t, 'skoleveien').source, 'Foreldrene');
    const u = 'Rektor ved skulen, Hallvard Bøe, er uroa for at elevane kjem svoltne på skulen.';
    assert.equal(claimWith(run(u, 'nn'), u, 'elevane').source, 'Hallvard Bøe');
  });
  it('reads "X i Aurland brann og redning seier mannskapa måtte vente" with X speaking, not what follows', () => {
    const t = 'Brannsjef Håvard Lie i Aurland brann og redning seier mannskapa måtte vente i fire timar.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'mannskapa').source, 'Håvard Lie');
    assert.ok(!a.entities.some((e) => e.kind === 'source' && /måtte/.test(e.text)));
  });
  it('ends the name in "Aktor, politiadvokat NAME i Oslo politidistrikt, hadde lagt ned påstand om"', () => {
    const t = 'Aktor, politiadvokat Jørgen Hagerup i Oslo politidistrikt, hadde lagt ned påstand om fengsel i fire år.';
    assert.equal(claimWith(run(t), t, 'fengsel').source, 'Jørgen Hagerup');
  });
  it('gives a dash subheading to whoever speaks first in the paragraph right below it', () => {
    const t = 'Jegere krever at ulven blir felt, sier Jan Rustad.\n\n– Unge dyr på vandring\n\nUlveforsker Hilde Evju understreker at ulv sjelden er farlig.\n';
    assert.equal(claimWith(run(t), t, 'Unge dyr').source, 'Hilde Evju');
  });
  it('gives a dash subheading to whoever says its words in a quotation close below it', () => {
    const t = 'Kyrkja skal stengjast, seier Brit Rønneberg.\n\n– Vondt å tenkje på\n\nMagnhild Riste (84) har budd i bygda heile livet.\n\n– Det er vondt å tenkje på at eg aldri får sitje her att, seier ho.\n';
    assert.equal(claimWith(run(t, 'nn'), t, 'Vondt å').source, 'Magnhild Riste');
  });
  it('gives a dash subheading to the person named below it who speaks by a pronoun', () => {
    const t = 'Ifølge dommen fant politiet flere bilder av boligen.\n\n– Sjekket under bilen\n\nHanne Mjelde Sæbø (31) har sittet i bystyret siden 2019. Hun forteller at truslene snudde opp ned på hverdagen.\n';
    assert.equal(claimWith(run(t), t, 'Sjekket').source, 'Hanne Mjelde Sæbø');
  });
});

describe('sources: a body named by a suspended compound, and a club by its noun', () => {
  it('gives "I en pressemelding fra Nærings- og fiskeridepartementet heter det at" to the ministry', () => {
    const t = 'I en pressemelding fra Nærings- og fiskeridepartementet heter det at regjeringen vil følge nøye med.';
    assert.equal(claimWith(run(t), t, 'følge nøye med').source, 'Nærings- og fiskeridepartementet');
    const n = 'I ei pressemelding frå Arbeids- og inkluderingsdepartementet heiter det at regjeringa vil følgje med.';
    assert.equal(claimWith(run(n, 'nn'), n, 'følgje med').source, 'Arbeids- og inkluderingsdepartementet');
  });
  it('reads "Sportsklubben Svalen" inside a sentence as an organisation, which "Klubben" later is', () => {
    const t = 'GJØVIK: Sportsklubben Svalen har avsluttet samarbeidet med treneren. Klubben skriver at den ikke vil kommentere saken.';
    const a = run(t);
    assert.ok(a.entities.some((e) => e.kind === 'organisation' && e.text === 'Sportsklubben Svalen'), a.entities.map((e) => `${e.kind}:${e.text}`).join(' | '));
    assert.equal(claimWith(a, t, 'kommentere saken').source, 'Sportsklubben Svalen');
  });
});

describe('sources: a relative or a title with its owner, then the name between commas', () => {
  it('reads "Mor hennar, X, fortel at" with a noun in any form before its owner', () => {
    const t = 'Mor hennar, Ingebjørg Rogne, fortel at dottera øvde i fjøset om kveldane.';
    assert.equal(claimWith(run(t, 'nn'), t, 'øvde i fjøset').source, 'Ingebjørg Rogne');
  });
  it('passes adverbs between the perfect\'s auxiliary and the verb ("har heile tida hevda", "har hele tiden ment")', () => {
    const t = 'Naboen hans, Marta Flatebø Hegg, har heile tida hevda at steingarden er grensa.';
    assert.equal(claimWith(run(t, 'nn'), t, 'steingarden er grensa').source, 'Marta Flatebø Hegg');
    const b = 'Moren hans, Kari Olsen, har hele tiden ment at dommen var feil.';
    assert.equal(claimWith(run(b), b, 'dommen var feil').source, 'Kari Olsen');
  });
  it('reads a lower-case noun before a first name and a surname as a title the lexicon does not know, where the person is from after the name', () => {
    const t = 'Læraren hennar gjennom ti år, spelemann Ola Nesheim Hauge frå Voss, seier at han ikkje er det minste overraska.';
    assert.equal(claimWith(run(t, 'nn'), t, 'minste overraska').source, 'Ola Nesheim Hauge');
  });
});

describe('sources: a prosecuting lawyer is the trial\'s "aktor"', () => {
  it('gives "Ifølge aktor" and "sa aktor" to the politiadvokat or statsadvokat named before, not to the defence', () => {
    const t = 'Politiadvokat Synnøve Kleppe Brekke sa at tiltalte hadde tatt pengene.\n\nForsvarer Per Hansen sa at klienten nekter.\n\nIfølge aktor kan det samlede tapet være større.';
    assert.equal(claimWith(run(t), t, 'tapet være større').source, 'Synnøve Kleppe Brekke');
    const n = 'Statsadvokat Hilde Vik sa at tiltalte laug.\n\n– Dette er alvorleg, sa aktor.';
    assert.equal(claimWith(run(n, 'nn'), n, 'Dette er alvorleg').source, 'Hilde Vik');
  });
});

describe('sources: two titles joined before one name', () => {
  it('gives "Det bekrefter eier og daglig leder Kari Hansen" to the name, not to "eier"', () => {
    const t = 'Butikken stenger 31. mai. Det bekrefter eier og daglig leder Kari Hansen overfor avisen.';
    assert.equal(claimWith(run(t), t, 'stenger 31. mai').source, 'Kari Hansen');
    const n = 'Butikken stengjer. Det stadfestar eigar og dagleg leiar Kristin Orheim Tenold til avisa.';
    assert.equal(claimWith(run(n, 'nn'), n, 'Butikken stengjer').source, 'Kristin Orheim Tenold');
  });
});

describe('sources: a body by its full name, its initials and its noun', () => {
  it('reads "Norges vassdrags- og energidirektorat" as one body, which "NVE" and "direktoratet" later are', () => {
    const t = 'Norges vassdrags- og energidirektorat sendte to skredeksperter til Lyngen. Ifølge NVE var det varslet faregrad 3. I snøskredvarselet fra direktoratet het det at sterk vind fra sørvest hadde bygd opp flak.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'faregrad 3').source, 'Norges vassdrags- og energidirektorat');
    // What the text says after "at" holds no issuer ("fra sørvest").
    assert.equal(claimWith(a, t, 'bygd opp flak').source, 'Norges vassdrags- og energidirektorat');
  });
  it('keeps English initials as written, as PolNeAR does', () => {
    const t = 'The International Monetary Fund cut its forecast. The IMF said that growth would slow.';
    assert.equal(claimWith(run(t, 'en'), t, 'growth would slow').source, 'IMF');
  });
});
