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

describe('speakers: a title used as a noun for the person in focus', () => {
  it('gives "sier teatersjefen" to the person the passage is about, and files the title under him', () => {
    const t = 'Atle Berg har invitert komikeren til byen.\n\n– Folk her har ikke humor, sier Berg. Selv tar han det med ro:\n\n– Hvem vet vel hvor Eidsvoll ligger? Men det gjør ingenting, sier teatersjefen.\n\nTeatersjefen mener at forestillingen blir utsolgt.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'gjør ingenting').source, 'Atle Berg');
    assert.equal(claimWith(a, t, 'utsolgt').source, 'Atle Berg');
  });

  it('does the same in Nynorsk', () => {
    const t = 'Per Dal har leia laget i ti år.\n\n– Vi er nøgde med sesongen, seier Dal.\n\n– Men det er mykje att å gjere, seier styreleiaren.';
    assert.equal(claimWith(run(t, 'nn'), t, 'mykje att').source, 'Per Dal');
  });

  it('does not give a title to a person named with another title', () => {
    const t = 'Ordfører Kari Lien la fram budsjettet i går.\n\n– Vi har ikke råd til flere kutt, sier rådmannen.';
    assert.equal(claimWith(run(t), t, 'flere kutt').source.toLowerCase(), 'rådmannen');
  });

  it('keeps a title met before as its own source', () => {
    const t = 'Jon Ek er ny i staben. Konsernsjefen varsler kutt i staben.\n\n– Vi må spare, sier konsernsjefen.';
    assert.equal(claimWith(run(t), t, 'Vi må spare').source.toLowerCase(), 'konsernsjefen');
  });
});

describe('speakers: one named after a preposition is talked about', () => {
  it('does not let a person named after a preposition speak the next dash passage', () => {
    const t = 'Advokat Kari Nes reagerte kraftig den gang. I dag er Nes byrådsleder, men fortsatt kritisk til Per Dahl.\n\n- Saken var spesiell, og jeg var ganske ung da.';
    assert.equal(claimWith(run(t), t, 'Saken var spesiell').source, 'Kari Nes');
  });

  it('does not give a pronoun to someone named only after a preposition', () => {
    const t = 'Amina Lund studerer i Oslo. Hun vil ikke kritisere styret til landets leder Bakyt Ormonov:\n\n- Jeg er glad i landet mitt, sa hun.';
    assert.equal(claimWith(run(t), t, 'glad i landet').source, 'Amina Lund');
  });

  it('does not give a pronoun to a role noun after a preposition ("sammen med søsteren")', () => {
    const t = 'Den pensjonerte læreren Randi Holm sitter ved vinduet på kafeen. Ved siden av søsteren drikker hun en kopp te.\n\n- Jeg har kommet hit hver fredag i tretti år, forteller hun.';
    assert.equal(claimWith(run(t), t, 'hver fredag').source, 'Randi Holm');
  });
});

describe('speakers: a report inside a dash passage', () => {
  it('keeps the passage its speaker\'s when a later sentence reports someone else', () => {
    const t = 'Per Hansen viser oss verkstedet.\n\n– Dette blir et tøft år, sier han.\n\n– Vi har ventet lenge på svar. Kommunen har lovet at veien åpner i mai. Ingen her tror på det.';
    assert.equal(claimWith(run(t), t, 'Ingen her tror').source, 'Per Hansen');
    assert.equal(claimWith(run(t), t, 'veien åpner').source, 'Per Hansen');
  });

  it('does the same in Nynorsk', () => {
    const t = 'Kari Vik står bak disken.\n\n– Dette er tungt, seier ho.\n\n– Vi har venta lenge. Kommunen har sagt at vegen skal opnast i mai. Men ingen trur på det.';
    assert.equal(claimWith(run(t, 'nn'), t, 'ingen trur').source, 'Kari Vik');
  });

  it('leaves a passage closed by its attribution to the one named there', () => {
    const t = 'Per Hansen viser oss verkstedet.\n\n– Kommunen har lovet at veien åpner i mai, sier han.';
    assert.equal(claimWith(run(t), t, 'veien åpner').source, 'Per Hansen');
  });
});

describe('speakers: a lone name given an age', () => {
  it('is a person the next pronoun can mean', () => {
    const t = 'Salen var full.\n\n– Jeg elsker landet, sa Zorbek etterpå. Qimat (28) satt stille.\n\n– Dette er en skandale, kommenterte hun.';
    assert.equal(claimWith(run(t), t, 'skandale').source, 'Qimat');
  });

  it('does the same in Nynorsk', () => {
    const t = 'Salen var full.\n\n– Eg elskar landet, sa Zorbek etterpå. Qimat (28) sat stille.\n\n– Dette er ein skandale, kommenterte ho.';
    assert.equal(claimWith(run(t, 'nn'), t, 'skandale').source, 'Qimat');
  });
});

describe('speakers: "de" is people, not a document', () => {
  it('does not give "forteller de" to the leaflet that spoke last', () => {
    const t = 'Ola og Kari viser oss stua. På bordet ligger en brosjyre. «Besøk oss i sommer», står det i brosjyren.\n\n– Vi kjøpte hytta i fjor, forteller de.';
    assert.notEqual(claimWith(run(t), t, 'hytta').source.toLowerCase(), 'brosjyren');
  });

  it('does the same in Nynorsk', () => {
    const t = 'Ola og Kari viser oss stova. Rapporten ligg på bordet. Rapporten viser at talet har auka.\n\n– Vi kjøpte hytta i fjor, fortel dei.';
    assert.notEqual(claimWith(run(t, 'nn'), t, 'hytta').source.toLowerCase(), 'rapporten');
  });
});

describe('speakers: a body named with its initials in parentheses', () => {
  it('gives the initials alone later to the body\'s full name, also of a name with lower-case words', () => {
    const t = 'Direktoratet for byggkvalitet (DBK) opplyser at reglene skal endres.\n\nI et brev til kommunen skriver DBK at fristen er satt til mai.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'reglene skal').source, 'Direktoratet for byggkvalitet');
    assert.equal(claimWith(a, t, 'fristen er').source, 'Direktoratet for byggkvalitet');
  });

  it('reads a suspended compound and the initials after an inverted cue, and leaves the initials out of the claim', () => {
    const t = 'No meiner Noregs miljø- og fiskeridirektorat (NMF) at anlegget må stengast.\n\nIfølgje NMF er det ikkje søkt om løyve.';
    const a = run(t, 'nn');
    const first = claimWith(a, t, 'anlegget må');
    assert.equal(first.source, 'Noregs miljø- og fiskeridirektorat');
    assert.equal(t.slice(first.start, first.end), 'anlegget må stengast');
    assert.equal(claimWith(a, t, 'ikkje søkt').source, 'Noregs miljø- og fiskeridirektorat');
  });

  it('does not take a verb phrase before the initials for a name', () => {
    const t = 'Kommunen sier at de vil søke om midler (RMF) i år.\n\nRMF sier at søknaden er mottatt.';
    assert.equal(claimWith(run(t), t, 'søknaden er').source, 'RMF');
  });
});

describe('speakers: a person given an age is "N-åringen" later', () => {
  it('gives "sa 61-åringen" to the person named with (61), not to the last person named', () => {
    const t = 'Gunnar Lid (61) ble dømt i fjor.\n\nForsvarer Ellen Moe mener at dommen bygger på antakelser.\n\n– Jeg har aldri tatt imot penger, sa 61-åringen.';
    assert.equal(claimWith(run(t), t, 'aldri tatt').source, 'Gunnar Lid');
  });

  it('does the same in Nynorsk, and not from an article far back', () => {
    const near = 'Åse Rygg (44) miste huset i flaumen.\n\n44-åringen fortel at vatnet kom om natta.';
    assert.equal(claimWith(run(near, 'nn'), near, 'vatnet kom').source, 'Åse Rygg');
    const filler = Array.from({ length: 40 }, (_, i) => `Vegen var stengd i ${i + 2} timar.`).join('\n\n');
    const far = `Åse Rygg (44) miste huset i flaumen.\n\n${filler}\n\n44-åringen fortel at vatnet kom om natta.`;
    assert.notEqual(claimWith(run(far, 'nn'), far, 'vatnet kom').source, 'Åse Rygg');
  });
});

describe('speakers: a title before a comma, then a titled name', () => {
  it('files both titles under the name: "Forsvareren" later is he', () => {
    const t = 'Lids forsvarer, advokat Tor Vik, mener at retten tok feil.\n\nForsvareren pekte på at vitnet fikk strafferabatt.';
    assert.equal(claimWith(run(t), t, 'strafferabatt').source, 'Tor Vik');
  });

  it('does not give a title to a person named in an article far back', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Saken ble utsatt ${i + 2} ganger.`).join('\n\n');
    const t = `Aktor, politiadvokat Mona Ek, sa at saken var klar.\n\n${filler}\n\nAktor mener at tiltalte må dømmes.`;
    assert.notEqual(claimWith(run(t), t, 'tiltalte må').source, 'Mona Ek');
  });
});

describe('speakers: a fronted place with a relative clause after it', () => {
  it('gives "I Drammen, der …, sier ordfører X at" to X, not to the place', () => {
    const t = 'I Drammen, der fabrikken ble lagt ned i fjor, sier ordfører Kari Nes at byen trenger nye jobber.';
    assert.equal(claimWith(run(t), t, 'nye jobber').source, 'Kari Nes');
  });
  it('does the same in Nynorsk, with "kor"', () => {
    const t = 'På Voss, kor raset gjekk, seier ordførar Ola Dale at vegen må flyttast.';
    assert.equal(claimWith(run(t, 'nn'), t, 'vegen må').source, 'Ola Dale');
  });
});

describe('speakers: a document and what it is about', () => {
  it('gives "En rapport om skolene i Bergen viser" to the report, not to Bergen', () => {
    const t = 'En rapport om skolene i Bergen viser at elevene trives.';
    assert.equal(claimWith(run(t), t, 'elevene trives').source.toLowerCase(), 'rapport');
  });
  it('does the same in Nynorsk', () => {
    const t = 'Ei ny utgreiing om skuletilbodet i Sunnfjord tilrår at skulen sluttar med musikklinja.';
    assert.match(claimWith(run(t, 'nn'), t, 'skulen sluttar').source, /utgreiing$/);
  });
});

describe('speakers: a body\'s whole name opening the sentence', () => {
  it('reads "Landsforeningen for X og Y frykter" whole, not "Y"', () => {
    const t = 'Landsforeningen for astma og allergi frykter at mange barn får dårligere behandling.';
    assert.equal(claimWith(run(t), t, 'dårligere behandling').source, 'Landsforeningen for astma og allergi');
  });
  it('reads a genitive body with a long name and its initials before the verb, in Nynorsk too', () => {
    const t = 'FNs kontor for koordinering av humanitær innsats (OCHA) reknar med at to millionar menneske treng hjelp.';
    assert.equal(claimWith(run(t, 'nn'), t, 'treng hjelp').source, 'FNs kontor for koordinering av humanitær innsats');
  });
  it('gives "Utbyggeren, Nordbygg AS, skriver" to the company', () => {
    const t = 'Utbyggeren, Nordbygg AS, skriver i en e-post at alle krav er fulgt.';
    const c = claimWith(run(t), t, 'alle krav');
    assert.equal(c.source, 'Nordbygg AS');
  });
});

describe('speakers: "kommunen" after "X kommune"', () => {
  it('gives "Kommunen mener" to the municipality named before, which stays a place', () => {
    const t = 'Bergen kommune har fått kritikk for saken.\n\nKommunen mener at kritikken er urettferdig.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'urettferdig').source, 'Bergen kommune');
    assert.ok(a.entities.some((e) => e.kind === 'place' && e.text === 'Bergen kommune'));
    assert.ok(!a.entities.some((e) => e.kind === 'organisation' && e.text === 'Bergen kommune'), 'listed as an organisation too');
  });
  it('does the same for a county of two names in Nynorsk', () => {
    const t = 'Møre og Romsdal fylkeskommune har stengt vegen.\n\nFylkeskommunen skriv at vegen er stengd til måndag.';
    assert.equal(claimWith(run(t, 'nn'), t, 'til måndag').source, 'Møre og Romsdal fylkeskommune');
  });
});

describe('speakers: a time phrase between the auxiliary and the participle', () => {
  it('gives "Flere supportere har den siste uka krevd at" to the supporters', () => {
    const t = 'Flere supportere har den siste uka krevd at hele styret går av.';
    // (A group's quantifier is no part of its name: "supportere".)
    assert.equal(claimWith(run(t), t, 'styret går').source, 'supportere');
  });
  it('does the same in Nynorsk with a plural time noun', () => {
    const t = 'Kommunen har dei siste åra hevda at skatten er naudsynt.';
    assert.equal(claimWith(run(t, 'nn'), t, 'skatten er').source, 'Kommunen');
  });
});

describe('speakers: a body named after a verb that is also a title', () => {
  it('reads "og leder Steigen Hytteeierforening" as the association, which "foreningen" later is', () => {
    const t = 'Ragnhild Sørensen har hatt hytte der siden 1989, og leder Steigen Hytteeierforening.\n\nI et brev krever foreningen at forslaget trekkes.';
    assert.equal(claimWith(run(t), t, 'forslaget trekkes').source, 'Steigen Hytteeierforening');
  });
});

describe('speakers: a title given by an appointment, and an age before a title', () => {
  it('gives "sier bostyreren" to the lawyer appointed as one', () => {
    const t = 'Advokat Siri Lunde Våge er oppnevnt som bostyrer av tingretten.\n\n– Det er for tidlig å si noe, sier bostyreren.';
    assert.equal(claimWith(run(t), t, 'for tidlig').source, 'Siri Lunde Våge');
  });
  it('gives "46-åringen" to the person given as "den 46 år gamle verkstedeieren X", in Nynorsk too', () => {
    const t = 'Retten dømde fredag den 46 år gamle verkstadeigaren Roy Kvisle.\n\nAktor Hanne Solli seier at ho er nøgd.\n\n46-åringen forklarte at pengane kom frå sal av bilar.';
    assert.equal(claimWith(run(t, 'nn'), t, 'pengane kom').source, 'Roy Kvisle');
  });
});

describe('speakers: a genitive, adjectives and a noun before a name between commas', () => {
  it('gives "Rederiets største långiver, Fjordkyst Sparebank, bekrefter" to the bank', () => {
    const t = 'Rederiets største långiver, Fjordkyst Sparebank, bekrefter at lånene er sagt opp.';
    assert.equal(claimWith(run(t), t, 'lånene er').source, 'Fjordkyst Sparebank');
  });
});

describe('speakers: titles as nouns, and an idiom of stance', () => {
  it('reads a bare title after its cue ("skriv revisor at"), in both written forms', () => {
    const t = 'I revisjonsmeldinga skriv revisor at det er stor uvisse knytt til drifta.';
    assert.equal(claimWith(run(t, 'nn'), t, 'stor uvisse').source, 'revisor');
    const b = 'I rapporten skriver revisor at regnskapet er feil.';
    assert.equal(claimWith(run(b), b, 'regnskapet').source, 'revisor');
  });

  it('reads "legger ikke skjul på at" as a cue, in Nynorsk too', () => {
    const t = 'Rektor Per Hansen legger ikke skjul på at situasjonen er alvorlig.';
    assert.equal(claimWith(run(t), t, 'situasjonen').source, 'Per Hansen');
    const n = 'Rektor Per Hansen legg ikkje skjul på at situasjonen er alvorleg.';
    assert.equal(claimWith(run(n, 'nn'), n, 'situasjonen').source, 'Per Hansen');
  });

  it('does not take a document the title writes in for where the title works', () => {
    const t = '«Det er feil», skriver direktøren i et brev til kommunen.';
    assert.equal(claimWith(run(t), t, 'Det er feil').source, 'direktøren');
  });

  it('does not give a title closing a quotation to another title that spoke before', () => {
    const t = '«Det er feil», sier direktøren.\n\n«Det er helt feil», sier advokaten.';
    assert.equal(claimWith(run(t), t, 'helt feil').source, 'advokaten');
  });
});

describe('speakers: a prepositional phrase before a relative clause, and a court\'s finding', () => {
  it('gives "Ei undersøking blant elevane som …, viser" to the survey', () => {
    const t = 'Ei spørjeundersøking blant elevane som går på skulen no, viser at ni av ti er nøgde.';
    assert.equal(claimWith(run(t, 'nn'), t, 'ni av ti').source, 'spørjeundersøking blant elevane');
    const b = 'En undersøkelse blant elevene som går på skolen, viser at ni av ti er fornøyde.';
    assert.equal(claimWith(run(b), b, 'ni av ti').source, 'undersøkelse blant elevene');
  });

  it('still gives "I X, som …, sier Y at" to Y', () => {
    const t = 'I Energidepartementet, som har ansvaret, sier statssekretær Per Hansen at saken er viktig.';
    assert.equal(claimWith(run(t), t, 'saken er').source, 'Per Hansen');
  });

  it('reads "fant det bevist at" as the court\'s finding, in Nynorsk too', () => {
    const t = 'Retten fant det bevist at han sendte falske fakturaer.';
    assert.equal(claimWith(run(t), t, 'falske').source, 'Retten');
    const n = 'Retten fann det prova at han sende falske fakturaer.';
    assert.equal(claimWith(run(n, 'nn'), n, 'falske').source, 'Retten');
  });

  it('reads "fant at" alone as a finding, of a study or of people, and "fant ut" as none', () => {
    const t = 'Undersøkelsen fant at fire av ti elever blir mobbet.';
    const c = claimWith(run(t), t, 'mobbet');
    assert.equal(c.source, 'Undersøkelsen');
    assert.equal(t.slice(c.start, c.end), 'fire av ti elever blir mobbet');
    const n = 'Granskarane fann at rutinane ikkje var følgde.';
    assert.equal(claimWith(run(n, 'nn'), n, 'rutinane').source, 'Granskarane');
    assert.equal(run('Han fant nøkkelen under matta.').claims.length, 0);
  });

  it('reads "fant også eksempler på at" and "fann teikn på at" as findings, and "fant eksempler på mynter" as none', () => {
    const t = 'Riksrevisjonen fant også eksempler på at pasienter ventet for lenge.';
    const c = claimWith(run(t), t, 'ventet');
    assert.equal(c.source, 'Riksrevisjonen');
    assert.equal(t.slice(c.start, c.end), 'pasienter ventet for lenge');
    const n = 'Granskinga fann teikn på at rutinane svikta.';
    assert.equal(claimWith(run(n, 'nn'), n, 'svikta').source, 'Granskinga');
    assert.equal(run('Han fant eksempler på gamle mynter.').claims.length, 0);
  });
});

describe('speakers: a pronoun of known gender after a title of none', () => {
  it('gives "Ho seier" to the woman named after a preposition in the sentence before, not to a title further back', () => {
    const t = 'Bjørg Nygard (81) har hatt fire vikarar.\n\nKommunedirektøren i Gloppen opplyser i ein e-post at kommunen tilbyr eit tilskot.\n\nFor Nygard har ventetida vore lang nok. Ho seier at ho har slutta å håpe.';
    assert.equal(claimWith(run(t, 'nn'), t, 'slutta å håpe').source, 'Bjørg Nygard');
  });
  it('still gives "Hun" to the subject named in the same sentence as a body', () => {
    const t = 'Presidenten for INE, Lorena Castañeda Ruiz, avviste at det har skjedd feil. Hun opplyste at resultatet kommer onsdag.';
    assert.equal(claimWith(run(t), t, 'resultatet kommer').source, 'Lorena Castañeda Ruiz');
  });
});

describe('speakers: the police and a court by their nouns, and a relative clause after a title that closes a quotation', () => {
  it('gives "Ifølge politiet" to the police district named before', () => {
    const t = 'Øst politidistrikt opplyser at brannen startet i andre etasje. Ifølge politiet ble kvinnen funnet på rommet.';
    assert.equal(claimWith(run(t), t, 'funnet på rommet').source, 'Øst politidistrikt');
  });

  it('reads "la vekt på at" as a cue, and "la vekt på saken" as none', () => {
    const t = 'Retten la vekt på at han hadde tilstått.';
    assert.equal(claimWith(run(t), t, 'tilstått').source, 'Retten');
    assert.equal(run('Hun la vekt på saken.').claims.length, 0);
    const d = 'Tingretten la avgjerande vekt på at han hadde vore rusa.';
    const c = claimWith(run(d, 'nn'), d, 'rusa');
    assert.equal(c.source, 'Tingretten');
    assert.equal(c.cue, 'la avgjerande vekt på');
  });

  it('keeps the quotation for the title that closes it, and the relative clause after as its second claim', () => {
    const t = '«Tiltalte har misbrukt tilliten», skriver lagmannsretten, som legger vekt på at mange av beboerne er pensjonister.';
    const a = run(t);
    const quote = claimWith(a, t, 'misbrukt');
    assert.equal(t.slice(quote.start, quote.end), '«Tiltalte har misbrukt tilliten»');
    assert.equal(quote.source, 'lagmannsretten');
    assert.equal(claimWith(a, t, 'pensjonister').cue, 'legger vekt på');
  });
});

describe('speakers: a title with a suspended compound, and a company after a determiner and adjectives', () => {
  it('gives "Leder av kultur- og idrettsutvalget, X, sier" to X', () => {
    const t = 'Leder av kultur- og idrettsutvalget, Hanne Rød, sier at kommunen ikke betaler.';
    assert.equal(claimWith(run(t), t, 'ikke betaler').source, 'Hanne Rød');
  });
  it('gives "Den nest største sponsoren, X AS, bekrefter" to the company', () => {
    const t = 'Den nest største sponsoren, Kvaløy Sjømat AS, bekrefter derimot at selskapet står ved avtalen.';
    assert.equal(claimWith(run(t), t, 'står ved').source, 'Kvaløy Sjømat AS');
  });
});

describe('speakers: a clause of its own after ", og ifølge", a survey with a number in its clause, a fire service by its noun', () => {
  it('gives ", men ifølge SSB vil de falle" only the clause after it', () => {
    const t = 'Prisene stiger, men ifølge SSB vil de falle neste år.';
    const c = claimWith(run(t), t, 'falle');
    assert.equal(t.slice(c.start, c.end), 'vil de falle neste år');
    assert.equal(c.source, 'SSB');
  });
  it('gives "En spørreundersøkelse X har gjort blant sine 800 medlemmer, viser at" to X', () => {
    const t = 'En spørreundersøkelse supporterklubben har gjort blant sine rundt 800 medlemmer, viser at ni av ti ønsker et nytt styre.';
    assert.equal(claimWith(run(t), t, 'ni av ti').source, 'supporterklubben');
  });
  it('gives "brannvesenet" to the fire service named before, which is no place', () => {
    const t = 'Avisen har lest rapporten fra tilsynet Fredrikstad brannvesen hadde. Der skriver brannvesenet at dørene ikke lukket seg.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'dørene').source, 'Fredrikstad brannvesen');
    assert.ok(!a.entities.some((e) => e.kind === 'place' && e.text === 'Fredrikstad'));
  });
});

describe('speakers: a person given an age, and one of a body\'s people', () => {
  it('reads "En 24 år gammel student" and "En 24-åring" as speakers', () => {
    const t = 'En 24 år gammel student i Guadalajara, som ikke ville oppgi navnet sitt, sier til Reuters at han stemte på opposisjonen.';
    assert.equal(claimWith(run(t), t, 'opposisjonen').source, 'En 24 år gammel student i Guadalajara');
    const b = 'En 24-åring sier at han stemte.';
    assert.equal(claimWith(run(b), b, 'stemte').source, 'En 24-åring');
  });
  it('types "Ein maskinist i reiarlaget" as a person, so that "laget" later is not he', () => {
    const t = 'Ein maskinist i reiarlaget, som ikkje vil stå fram, fortel at dei fekk vite det på video.\n\nLaget krev at lønna blir betalt.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'på video').source, 'maskinist i reiarlaget');
    assert.notEqual(claimWith(a, t, 'lønna').source, 'maskinist i reiarlaget');
  });
});

describe('speakers: a name after a title behind "ifølge"', () => {
  it('reads "Ifølgje seksjonssjef Hilde Kvamme har …" as the person, though "Hilde" ends like a past tense', () => {
    const t = 'Ifølgje seksjonssjef Hilde Kvamme har fem av anlegga fått pålegg.';
    const c = claimWith(run(t, 'nn'), t, 'anlegga');
    assert.equal(c.source, 'Hilde Kvamme');
    assert.equal(t.slice(c.start, c.end), 'har fem av anlegga fått pålegg');
  });
});

describe('speakers: a dash passage closed by a sentence that points back', () => {
  it('gives "– A. B. Det seier bonde X (58), som …" to X, without the closing sentence', () => {
    const t = 'Vegen blir stengd, seier Knut Rudi.\n\n– Det er som å sjå eitt års arbeid flyte bort. Vi sådde for tre veker sidan. Det seier bonde Olav Kleppe (58), som driv garden.';
    const c = claimWith(run(t, 'nn'), t, 'flyte bort');
    assert.equal(c.source, 'Olav Kleppe');
    assert.equal(t.slice(c.start, c.end), 'Det er som å sjå eitt års arbeid flyte bort. Vi sådde for tre veker sidan.');
  });
});

describe('speakers: a prosecutor\'s demand, and the Nynorsk Statsforvaltar', () => {
  it('reads "hadde lagt ned påstand om" as a cue, and "la ned arbeidet" as none', () => {
    const t = 'Aktor hadde lagt ned påstand om fengsel i fem år og seks måneder.';
    const c = claimWith(run(t), t, 'fengsel');
    assert.equal(t.slice(c.start, c.end), 'fengsel i fem år og seks måneder');
    assert.equal(run('De ansatte la ned arbeidet i går.').claims.length, 0);
  });
  it('gives "Statsforvaltaren i Innlandet meiner" to the body, not the county, in Nynorsk as in Bokmål', () => {
    const t = 'Statsforvaltaren i Innlandet meiner planen er for stor.';
    assert.equal(claimWith(run(t, 'nn'), t, 'for stor').source, 'Statsforvaltaren i Innlandet');
  });
});

describe('speakers: a passer-by by trade, a long relative clause, and who made a document', () => {
  it('reads a trade noun as a person met for the first time, with an age in Nynorsk "gammal"', () => {
    const nb = 'En fisker fra Leikanger sier at han gleder seg til arbeidsplassene.';
    assert.match(claimWith(run(nb), nb, 'gleder seg').source ?? '', /fisker fra Leikanger/);
    const nn = 'Ein 41 år gammal tømrar frå Hyen meiner at ferja burde gått som vanleg.';
    assert.match(claimWith(run(nn, 'nn'), nn, 'ferja burde').source ?? '', /tømrar frå Hyen/);
  });
  it('keeps the subject before a long relative clause set off by commas', () => {
    const t = 'Ein bonde frå Stryn, som hadde køyrt heilt ned til kaia før han fekk vite at ferja stod, meiner at selskapet burde ha varsla.';
    assert.match(claimWith(run(t, 'nn'), t, 'selskapet burde').source ?? '', /bonde frå Stryn/);
  });
  it('gives "I ein rapport som X la fram, heiter det at …" to X, and "som skolen sendte" to the school', () => {
    const nn = 'I ein rapport som Miljødirektoratet la fram måndag, heiter det at elva er i dårleg stand.';
    assert.equal(claimWith(run(nn, 'nn'), nn, 'elva er').source, 'Miljødirektoratet');
    const nb = 'I et brev som skolen sendte til foreldrene fredag, heter det at maten var smittet.';
    assert.equal(claimWith(run(nb), nb, 'maten var').source, 'skolen');
    // A verb after "som" makes no maker: "rapporten som fulgte saken" says it itself, or its speaker does.
    const verb = 'I planrapporten som fulgte saken, heter det at utbyggingen vil skade landskapet.';
    assert.notEqual(claimWith(run(verb), verb, 'utbyggingen').source, 'fulgte saken');
  });
});

describe('speakers: who made a document the text emerges from or that shows something', () => {
  it('gives "Det går fram av nye målinger som NGI la fram" to NGI, and its content after the relative clause', () => {
    const t = 'Det går fram av en rapport som Riksrevisjonen la fram i går, at tilsynet har sviktet.';
    const c = claimWith(run(t), t, 'tilsynet har');
    assert.equal(c.source, 'Riksrevisjonen');
    assert.equal(c.text, 'tilsynet har sviktet');
  });
  it('gives "En ny undersøkelse blant innbyggerne, som X har gjennomført, viser at" to X', () => {
    const t = 'En ny undersøkelse blant innbyggerne, som Opinion Sør har gjennomført for kommunen, viser at bare 31 prosent er fornøyde.';
    assert.equal(claimWith(run(t), t, '31 prosent').source, 'Opinion Sør');
  });
});

describe('speakers: a company by a compound noun, a mediator by title, and "Ifølge X" before a verb in -er', () => {
  it('reads "kollektivselskapet" as the company named just before', () => {
    const t = 'Ifølge Skyss rammer streiken rundt 80.000 reiser. Bybanen går, men kollektivselskapet advarer om at vognene blir fulle.';
    assert.equal(claimWith(run(t), t, 'vognene').source, 'Skyss');
  });
  it('reads "riksmekleren" as the person named with the title "Riksmekler"', () => {
    const t = 'Riksmekler Hilde Storaas Bjerke bekrefter at hun har kalt partene inn.\n\n«Jeg har ingen kommentar», skriver riksmekleren i en tekstmelding.';
    assert.equal(claimWith(run(t), t, 'ingen kommentar').source, 'Hilde Storaas Bjerke');
  });
  it('ends the source of a fronted "Ifølge" at a verb in -er after a name, and keeps "Skyss" whole', () => {
    const t = 'Ifølge Skyss rammer streiken rundt 80.000 reiser hver dag.';
    assert.equal(claimWith(run(t), t, 'streiken').source, 'Skyss');
    const nn = 'Ifølgje Kjetil Brekkhus kostar sambandet fylkeskommunen 41 millionar kroner i året.';
    assert.equal(claimWith(run(nn, 'nn'), nn, 'sambandet').source, 'Kjetil Brekkhus');
    // Not a noun after a genitive, the verb after it.
    const gen = 'Ifølge en av Lindqvists naboer var det over 30 biler der.';
    assert.match(claimWith(run(gen), gen, 'biler').source ?? '', /naboer/);
  });
});

describe('speakers: an ombudsman\'s office', () => {
  it('reads "Pasient- og brukarombodet i Vestland opplyser" as the office with its county, in both written forms', () => {
    const nn = 'Pasient- og brukarombodet i Vestland opplyser at dei har fått fleire klager.';
    assert.equal(claimWith(run(nn, 'nn'), nn, 'fleire klager').source, 'Pasient- og brukarombodet i Vestland');
    const nb = 'Barneombudet i Agder mener at loven er for svak.';
    assert.equal(claimWith(run(nb), nb, 'loven er').source, 'Barneombudet i Agder');
  });
});

describe('speakers: a transcript, each turn under its speaker\'s label', () => {
  it('gives each English turn to its label, questions included, and drops the label itself from the content', () => {
    const t = 'The senator spoke to the host on Sunday. A partial transcript follows.\n\n"HOLLOWAY: Senator, will you vote for the bill?\n\n"MARSH: No. The bill costs too much and helps too few.\n\n"HOLLOWAY: Even after the changes?\n\n"MARSH: Even then.';
    const a = run(t, 'en');
    assert.equal(claimWith(a, t, 'costs too much').source.toLowerCase(), 'marsh');
    assert.equal(claimWith(a, t, 'will you vote').source.toLowerCase(), 'holloway');
    assert.equal(claimWith(a, t, 'Even then').source.toLowerCase(), 'marsh');
    const turn = claimWith(a, t, 'costs too much');
    assert.ok(!turn.text.includes('MARSH'), turn.text);
    // One claim per turn, not a second one for the quoted paragraph.
    assert.equal(a.claims.filter((c) => c.start <= t.indexOf('costs too much') && t.indexOf('costs too much') < c.end).length, 1);
  });

  it('leaves a lone capitalised label alone: an editor\'s note is no speaker', () => {
    const t = 'The council met on Monday.\n\nUPDATE: The vote was moved to Friday.\n\nThe mayor was not present.';
    assert.ok(!run(t, 'en').claims.some((c) => c.text.includes('vote was moved')), 'no claim for an editor\'s note');
  });

  it('finds a full name in the label and a later surname label as one speaker', () => {
    const t = '"ANNA BERG: Vi har ikke fått svar fra departementet.\n\n"OLSEN: Når ventet dere svar?\n\n"BERG: For to uker siden.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'fått svar').source.toLowerCase(), 'anna berg');
    assert.equal(claimWith(a, t, 'to uker siden').source.toLowerCase(), 'anna berg');
    // The reporter's question in Norwegian is no claim.
    assert.ok(!a.claims.some((c) => c.text.includes('ventet dere')), 'no claim for the question');
  });

  it('does the same in Nynorsk', () => {
    const t = 'KARI HAUGE: Vi har venta i tre år på den nye vegen.\n\nLARS MOEN: Kvifor tok det så lang tid?\n\nKARI HAUGE: Fylket hadde ikkje pengar.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'tre år').source.toLowerCase(), 'kari hauge');
    assert.equal(claimWith(a, t, 'ikkje pengar').source.toLowerCase(), 'kari hauge');
  });
});

describe('speakers: a printed interview, questions "Q:" and answers "A:" or the interviewee\'s name', () => {
  const intro = 'Nadia Hollis, a former ambassador to Peru, spoke to the Ledger on Tuesday. The interview has been edited.\n\n';
  it('gives every "A:" answer, whole, to the person the interview is introduced with, not to anyone the questions name', () => {
    const t = intro + 'Q: Senator Ellison says the embassy was wrong. Was it right to sound the alarm?\n\nA: About the port, yes. About the timeline, I am less sure.\n\n'
      + 'Q: Did Washington wait too long?\n\nA: We had five years to offer Lima a real alternative, and we offered speeches.\n\nThat was our last question.';
    const a = run(t, 'en');
    assert.equal(claimWith(a, t, 'About the port').source, 'Nadia Hollis');
    assert.equal(claimWith(a, t, 'five years').source, 'Nadia Hollis');
    // What a question quotes is still a claim, of the one it names.
    assert.equal(claimWith(a, t, 'embassy was wrong').source, 'Ellison');
    // A verb inside an answer reports nobody else's words.
    assert.ok(!a.claims.some((c) => c.source === 'Lima' || c.cue === 'offered'), a.claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
    // The questions are no claims.
    assert.ok(!a.claims.some((c) => c.text.includes('wait too long')), 'no claim for a question');
  });
  it('keeps the interviewee over an answer of two paragraphs', () => {
    const t = intro + 'Q: Was it right?\n\nA: About the port, yes.\n\nThe timeline is another matter, and Governor Ruiz knows it.\n\nQ: Did Washington wait too long?\n\nA: We offered speeches.';
    assert.equal(claimWith(run(t, 'en'), t, 'offered speeches').source, 'Nadia Hollis');
  });
  it('gives an answer under the interviewee\'s name as written to that person, and leaves a lone label in ordinary case alone', () => {
    const t = 'Sen. Corinne Halvorsen spoke with the Ledger on her bus.\n\nQ: You are behind in a poll. What has gone wrong?\n\nHalvorsen: Nothing has gone wrong. It is September, and my opponent has spent $6 million telling people I am somebody I am not.\n\n'
      + 'Q: Would you support a gas tax holiday?\n\nHalvorsen: For the summer months, yes.';
    const a = run(t, 'en');
    assert.equal(claimWith(a, t, 'Nothing has gone wrong').source, 'Corinne Halvorsen');
    assert.equal(claimWith(a, t, 'summer months').source, 'Corinne Halvorsen');
    assert.ok(!a.claims.some((c) => c.cue === 'telling'), a.claims.map((c) => `${c.source}: ${c.cue}`).join(' | '));
    // With no question beside it, a name before a colon heads a headline's quotation, as before.
    const h = 'Rush Limbaugh: Asking the moderator to fact-check "reeks of fear"\n\nThe host said so on Tuesday.';
    assert.ok(run(h, 'en').claims.some((c) => c.text.includes('reeks of fear')), 'the headline\'s claim is kept');
    const u = 'Update: The company said Friday that it would pay.';
    assert.ok(run(u, 'en').claims.some((c) => c.source === 'company' && c.text === 'that it would pay'), 'the company\'s claim is kept');
  });
});

describe('speakers: a lower-case Nynorsk group in -a', () => {
  it('reads "foreldra" inside a sentence as the group a later "Dei" means', () => {
    const t = 'Kommunen vil leggje ned skulen, og foreldra er sinte. Dei krev at skulen blir halden oppe.';
    assert.equal(claimWith(run(t, 'nn'), t, 'halden oppe').source.toLowerCase(), 'foreldra');
  });
});

describe('speakers: news briefs opening on a place', () => {
  it('reads "OSLO: …", "BERGEN: …" as datelines, not as a dialogue of speakers', () => {
    const t = 'OSLO: Politiet rykket ut til en leilighet natt til søndag.\n\nBERGEN: Brannvesenet slukket en brann i et bolighus.\n\nTROMSØ: En mann ble pågrepet.';
    assert.ok(!run(t).claims.some((c) => /oslo|bergen|tromsø/i.test(c.source ?? '')), run(t).claims.map((c) => c.source).join(', '));
  });
});

describe('speakers: an inverted subject after a relative clause in what was said', () => {
  it('gives "…, som har anlegg på Klepp, skriver Mattilsynet i en pressemelding." to Mattilsynet', () => {
    const t = 'Smitten kommer fra kjøttdeig fra Grønnli Kjøtt, som har anlegg på Klepp, skriver Mattilsynet i en pressemelding.';
    const c = claimWith(run(t), t, 'kjøttdeig');
    assert.equal(c.source, 'Mattilsynet');
    assert.ok(c.text.includes('som har anlegg'), c.text);
  });
  it('still gives "Kari Nes, som leder utvalget, sier at …" to Kari Nes', () => {
    const t = 'Kari Nes, som leder utvalget, sier at skolen må bestå.';
    assert.equal(claimWith(run(t), t, 'skolen må').source, 'Kari Nes');
  });
});

describe('speakers: a commissioner as a title', () => {
  it('reads "FNs høykommissær for flyktninger" and "EUs kommissær for …" as the speaker', () => {
    const t = 'FNs høykommissær for flyktninger melder at ingen liv gikk tapt.';
    assert.equal(claimWith(run(t), t, 'ingen liv').source, 'FNs høykommissær for flyktninger');
    const e = 'EUs kommissær for krisehåndtering skrev at EU står sammen med Hellas.';
    assert.equal(claimWith(run(e), e, 'står sammen').source, 'EUs kommissær for krisehåndtering');
  });
});

describe('speakers: "eg" in a paragraph a dash opens is the one quoted, past what reads as an attribution', () => {
  it('keeps an interview\'s answers with the interviewee, not with a woman of the same surname named before', () => {
    const t = 'Mor hennar, Ingebjørg Rogne, fortel at dottera øvde i fjøset.\n\nVi møtte Sigrid Rogne Himle heime på garden.\n\n– Ei eiga fele. Den eg spelar på no, har eg lånt av onkelen min.\n\n'
      + 'Kvifor hardingfele?\n\n– Bestefar min spelte. Då han døydde, fann eg fela hans på loftet. Eg trur eg ville halde på noko av han. Difor seier eg at eg spelar for dei som ikkje er her lenger.';
    const a = run(t, 'nn');
    const trur = claimWith(a, t, 'halde på noko');
    assert.equal(trur.source, 'Sigrid Rogne Himle');
    // The claim keeps its own cue.
    assert.equal(trur.cue, 'trur');
    assert.equal(claimWith(a, t, 'ikkje er her lenger').source, 'Sigrid Rogne Himle');
  });
});

describe('speakers: an interviewer\'s question that quotes someone', () => {
  it('gives the answer after "Opposisjonen sier at …. Hva svarer du?" to the interviewee, and keeps the quoted claim', () => {
    const t = 'Ragnhild Vik Sande er ny fylkesordfører i Vestland.\n\nHva er det første du skal gjøre?\n\n– Jeg skal ringe samferdselsministeren.\n\n'
      + 'Opposisjonen sier at dere lover mer enn dere kan holde. Hva svarer du?\n\n– Det er opposisjonens jobb å si det. Vår jobb er å vise at de tar feil.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'opposisjonens jobb').source, 'Ragnhild Vik Sande');
    assert.equal(claimWith(a, t, 'lover mer enn').source, 'Opposisjonen');
  });
});

describe('speakers: an interview whose questions are set with a dash too', () => {
  it('reads "- Men du vil altså …?" as the interviewer\'s, no claim, so "han" and the answers after it are the interviewee\'s', () => {
    const t = 'Professor Yanis Robolis tek imot oss på kontoret.\n\n- Det er galenskap å øydeleggja ein økonomi på denne måten.\n\n- Men du vil altså at ESB skal kjøpa gjelda?\n\n'
      + '- Ja, seier han heilt roleg.\n\n- Og det trur du Tyskland går med på?\n\n- Alternativet er mykje verre.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'Ja').source, 'Yanis Robolis');
    assert.equal(claimWith(a, t, 'Alternativet').source, 'Yanis Robolis');
    assert.ok(!a.claims.some((c) => c.text.includes('ESB') || c.text.includes('Tyskland')), 'no claim for a question');
  });
});

describe('speakers: a title that speaks in the headline, long before the person is named with it', () => {
  it('gives "Ordføraren seier …" in a headline and "…, seier ordføraren" below to the mayor named between', () => {
    const filler = Array.from({ length: 8 }, (_, k) => `Butikken har vore open i ${k + 50} år, og mange kundar kjem frå nabobygda.`).join('\n\n');
    const t = `Butikken stengjer. Ordføraren seier kommunen ikkje har pengar til å hjelpe.\n\nAv Eirik Vangsnes Hove\n\n${filler}\n\n`
      + 'Gunnar Lunde Slinde (Sp), ordførar i Sogndal, seier at han har forståing for at folk er fortvila.\n\n– Vi kan ikkje redde alle, seier ordføraren.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'ikkje har pengar').source, 'Gunnar Lunde Slinde');
    assert.equal(claimWith(a, t, 'redde alle').source, 'Gunnar Lunde Slinde');
  });
});

describe('speakers: an answer that ends "…, får vi også flere barn" is no attribution', () => {
  it('keeps the interviewee for an answer whose last clause inverts a verb and "vi"', () => {
    const t = 'Ragnhild Vik Sande er ny fylkesordfører.\n\nHva betyr det for skolene?\n\n– Ja, skolene består. Ungdom skal ikke måtte flytte\n\n'
      + 'I en rapport fra fylkesdirektøren står det at elevtallet vil falle. Er det ansvarlig?\n\n– Det er ansvarlig å ta distriktene på alvor. Får vi unge folk til å bli boende, får vi også flere barn';
    const a = run(t);
    const c = claimWith(a, t, 'ta distriktene på alvor');
    assert.equal(c.source, 'Ragnhild Vik Sande');
    assert.ok(c.text.includes('flere barn'), c.text);
    // A closing attribution with a word or two of manner after the pronoun still is one.
    const m = '– Det er for dårlig, fnyser han oppgitt.';
    assert.equal(claimWith(run(m), m, 'for dårlig').cue, 'fnyser');
  });
});

describe('speakers: a printed interview introduced by the interviewee\'s title', () => {
  it('gives the "A:" answers after "The sheriff sat down with the Ledger" to the sheriff named above, not to the last name before', () => {
    const t = 'Sheriff Darlene Whitfield has called for hiring 60 more officers. Commissioner Ben Navarro, who chairs the budget committee, has said the county cannot afford it.\n\n'
      + 'The sheriff sat down with the Queen City Ledger on Wednesday. The interview has been edited for length and clarity.\n\n'
      + 'Q: Is the report accurate?\n\nA: It is accurate. We were over capacity every night in March.\n\nQ: How did it get this bad?\n\nA: Two things happened at once.';
    const a = run(t, 'en');
    assert.equal(claimWith(a, t, 'over capacity').source, 'Darlene Whitfield');
    assert.equal(claimWith(a, t, 'Two things').source, 'Darlene Whitfield');
  });
});

describe('speakers: "én gang" before an inverted verb is a time, not a speaker', () => {
  it('keeps an answer\'s "og én gang sa jeg …" with the interviewee', () => {
    const t = 'Geir Arne Kolstad ble sparket som trener.\n\n– Hvordan reagerte du?\n\n– Jeg har vært streng, det innrømmer jeg. Jeg har hevet stemmen på trening, og én gang sa jeg noe til en spiller i pausen som jeg angrer på.\n\n'
      + '– Fikk du si din mening?\n\n– Jeg fikk en halvtime i et møte. Det kaller ikke jeg å bli hørt.';
    const a = run(t);
    assert.ok(!a.claims.some((c) => c.source === 'én gang'), a.claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
    assert.equal(claimWith(a, t, 'en halvtime').source, 'Geir Arne Kolstad');
  });
});

describe('speakers: a quoted headline found below in another word order', () => {
  it('gives "…: – Huset vårt råtner innenfra" to the homeowner whose "Nå råtner huset vårt innenfra" is below, not to the first speaker', () => {
    const t = 'Byggmester tiltalt for bedrageri: – Huset vårt råtner innenfra\n\nAv Øystein Rake\n\nStatsadvokat Trond Helge Kvalvåg la fram saken.\n\n– Dette er en forretningsmodell, sa Kvalvåg i retten.\n\n'
      + 'Hanne Vold Rasmussen kjøpte et av husene i 2019.\n\n– Vi tok kontakt med en gang. Nå råtner huset vårt innenfra, og barna kan ikke sove i kjelleren, sier Vold Rasmussen.';
    assert.equal(claimWith(run(t), t, 'Huset vårt råtner').source, 'Hanne Vold Rasmussen');
  });
});

describe('speakers: a portrait\'s interview, its subject brought in with an age', () => {
  it('gives the dash answers after "Vi møtte den ferske bonden" to the one introduced as "Sigrid Helle Bjørkhaug (24)"', () => {
    const t = 'ÅLHUS: 1. januar tok Sigrid Helle Bjørkhaug (24) over garden etter far sin.\n\nHo er blant dei yngste mjølkebøndene i Sunnfjord.\n\n'
      + 'Landbrukskontoret i Sunnfjord opplyser at det i fjor berre var to generasjonsskifte.\n\nVi møtte den ferske bonden i fjøset ein tysdag morgon.\n\n'
      + '– Kvifor ville du ta over garden?\n\n– Eg har alltid visst at eg ville det.\n\n– Korleis tok faren din det?\n\n– Han vart glad, men han prøvde å skremme meg litt først.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'alltid visst').source, 'Sigrid Helle Bjørkhaug');
    assert.equal(claimWith(a, t, 'skremme meg').source, 'Sigrid Helle Bjørkhaug');
  });
});

describe('speakers: a Nynorsk headline whose subject had something done to it', () => {
  it('gives "Fiskar dømd for …: – quotation" to whoever says it below, not to "Fiskar"', () => {
    const t = 'Fiskar dømd for ulovleg fiske: – Eg tek straffa\n\nBERGEN: Ein 50 år gammal fiskar frå Austevoll vart dømd i tingretten fredag.\n\n'
      + '– Eg tek straffa. Eg visste at det var feil, seier Gunnar Steinsvik.';
    assert.equal(claimWith(run(t, 'nn'), t, 'Eg tek straffa').source, 'Gunnar Steinsvik');
  });
});

describe('speakers: a dash subheading that reports someone', () => {
  it('gives "– Han har alltid trodd at …" over a paragraph to the one who says it below, not to the last man named', () => {
    const t = 'Under saken forklarte etterforsker Per Dale at pengene forsvant.\n\n– Han har alltid trodd at han skulle betale tilbake\n\n'
      + 'Forsvarer Ola Lien har hevdet at klienten er uskyldig.\n\n– Min klient har alltid trodd at han skulle betale tilbake. Han angrer, sier Lien.';
    assert.equal(claimWith(run(t), t, 'Han har alltid trodd').source, 'Ola Lien');
  });
});

describe('speakers: a portrait\'s interview, its subject named first in the lead', () => {
  it('gives the answers to the one the lead names, not to a younger voice brought in with an age later', () => {
    const t = 'Ho fekk heile bygda til å syngje\n\nAv Terje Hovland\n\nVOSS: Då Marit Skjelde tok over koret i 1999, hadde det fjorten medlemer.\n\n'
      + '– Eg har aldri verva nokon, seier Marit Skjelde og ler.\n\nJostein Lid (84) har sunge bass sidan 1987.\n\n– Ho er streng, seier Lid.\n\n'
      + 'Ida Flatekval (19) vart med for tre år sidan.\n\n– Vi song ein popsong første gongen, seier Flatekval.\n\nKulturskulen gav koret ein pris i fjor.\n\n'
      + 'Fem spørsmål til dirigenten\n\nKva er den første songen du hugsar?\n\n– «Kjerringa med staven». Mor mi song han.\n\nKva gjer ein god dirigent?\n\n– Ein som lyttar meir enn ho snakkar.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'Kjerringa med staven').source, 'Marit Skjelde');
    assert.equal(claimWith(a, t, 'lyttar meir').source, 'Marit Skjelde');
  });
  it('reads "Den kvelden gikk jeg hjem og sa til kona at …" in an answer as the answerer\'s own words', () => {
    const t = 'LILLEHAMMER: Da Arne Haugli begynte i politiet, hadde kontoret én bil.\n\nStasjonssjef Marte Engebretsen roser ham.\n\n'
      + 'Vi møter ham på kontoret i tredje etasje.\n\nHvorfor ble du politi?\n\n– Det var tilfeldig. Jeg var lei av lastebilen.\n\nHar du vurdert å slutte?\n\n'
      + '– Én gang. Den kvelden gikk jeg hjem og sa til kona at nå holder det.\n\nHvorfor ble du?\n\n– Fordi lensmannen kom hjem til meg.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'Én gang').source, 'Arne Haugli');
    assert.equal(claimWith(a, t, 'Fordi lensmannen').source, 'Arne Haugli');
  });
});

describe('speakers: a headline\'s group subject and the person quoted below in its words', () => {
  it('gives "Naboer klager på støy: – Det durer hele natta" to the neighbour who says it below, and keeps the group where nobody does', () => {
    const t = 'Naboer klager på cruisestøy: – Det durer hele natta\n\nBERGEN: Beboere på Nordnes er lei av støyen fra skipene.\n\n'
      + '– Det durer hele natta. Vi får ikke sove, sier Randi Vik, som bor ved kaia.';
    assert.equal(claimWith(run(t), t, 'Det durer').source, 'Randi Vik');
    const v = 'Sportsfiskere raser mot nye regler i Altaelva: – Vi blir stengt ute\n\nALTA: Fiskerne er sinte på direktoratet.\n\nDirektoratet sier at reglene er nødvendige.';
    assert.equal(claimWith(run(v), v, 'stengt ute').source, 'Sportsfiskere');
  });
});

describe('speakers: a quoted headline whose words an answer further down repeats', () => {
  it('gives "Etter 43 år: – Jeg har aldri blitt vant til dødsbudskapene" to the portrait\'s subject whose answer says it, not to the first voice quoted', () => {
    const t = 'Etter 43 år i politiet: – Jeg har aldri blitt vant til dødsbudskapene\n\nLILLEHAMMER: Da Arne Haugli begynte i politiet, hadde kontoret én bil.\n\n'
      + 'Stasjonssjef Marte Engebretsen roser ham.\n\n– Han er en politimann av den gamle skolen, sier Engebretsen.\n\nVi møter ham på kontoret.\n\n'
      + 'Hvorfor ble du politi?\n\n– Det var tilfeldig.\n\nHar du vurdert å slutte?\n\n– Én gang. Jeg har aldri blitt vant til dødsbudskapene.';
    assert.equal(claimWith(run(t), t, 'aldri blitt vant').source, 'Arne Haugli');
  });
});

describe('speakers: a surname opening its sentence before the body it works at', () => {
  it('gives "Skogstad i Sjåførforbundet opplyser at …" to Geir Arne Skogstad, and leaves "Mange i …" and "Politiet i Bergen" as they were', () => {
    const t = 'Forbundsleder Geir Arne Skogstad er fornøyd.\n\nStreiken fortsetter. Skogstad i Sjåførforbundet opplyser at streikekassa er full.';
    assert.equal(claimWith(run(t), t, 'streikekassa').source, 'Geir Arne Skogstad');
    const v = 'Mange i Helsedirektoratet sier at det er et godt tegn. Politiet i Bergen sier at det er rolig.';
    const a = run(v);
    assert.equal(claimWith(a, v, 'godt tegn').source, 'Helsedirektoratet');
    assert.equal(claimWith(a, v, 'det er rolig').source, 'Politiet i Bergen');
  });
});
