// Abbreviations after which a period does not end a sentence (Bokmål,
// Nynorsk and English). Lower-case, with their periods.

import { KeyFilter } from './keyfilter';

const ABBREVIATIONS = new Set([
  // Norwegian
  'bl.a.', 'f.eks.', 'feks.', 'ca.', 'nr.', 'kl.', 'dr.', 'st.', 'jf.', 'jfr.', 'dvs.', 'pga.', 'p.g.a.', 'iflg.',
  'evt.', 'ev.', 'tlf.', 'prof.', 'adv.', 'gen.', 'ang.', 'avd.', 'jr.', 'sr.', 'ref.', 'sml.', 'vha.', 'v.h.a.',
  'ibid.', 'ordf.', 'sekr.', 'fhv.', 'gt.', 'gnr.', 'bnr.', 'tidl.', 'utg.', 'årg.', 'bd.', 'm.a.', 'm.a.o.',
  'm.h.t.', 'mht.', 'ifm.', 'b.la.', 'hhv.', 'kap.', 'pkt.', 'jan.', 'feb.', 'apr.', 'aug.', 'sept.', 'okt.',
  'nov.', 'des.', 'rv.', 'fv.',
  // English
  'mr.', 'mrs.', 'ms.', 'vol.', 'e.g.', 'i.e.', 'vs.', 'u.s.', 'gov.', 'sgt.', 'capt.', 'col.', 'lt.', 'rev.',
  'mt.', 'approx.', 'no.',
]);

// These often end a sentence too ("… 500 kr. Neste"): they continue it only
// when the next word is not capitalised.
const SOMETIMES_FINAL = new Set([
  'kr.', 'mill.', 'mrd.', 'stk.', 'osv.', 'o.s.v.', 'mv.', 'm.m.', 'o.l.', 'o.a.', 'e.l.', 'etc.', 'inkl.',
  'ekskl.', 'mnd.', 'pst.', 'inc.', 'ltd.', 'co.', 'corp.', 'a.m.', 'p.m.', 'str.', 'red.', 'forts.',
]);

export const enum AbbreviationKind {
  None = 0,
  /** Never ends a sentence. */
  Continues = 1,
  /** Ends a sentence when a capitalised word follows. */
  MayEnd = 2,
}

// English titles written capitalised before a name ("Sen. Jack Reed", "Rep. Ann Lee"). Only as
// written: lower-case Norwegian "sen." (late) ends sentences.
const CAPITALISED_TITLES = new Set(['Sen.', 'Sens.', 'Rep.', 'Reps.', 'Del.', 'Atty.', 'Supt.']);

/** An abbreviation as written (case kept) that never ends a sentence. */
export function capitalisedTitle(withPeriod: string): boolean {
  return CAPITALISED_TITLES.has(withPeriod);
}

// Every abbreviation and title above, lower-cased, for the filter below.
const MAY_BE = new KeyFilter([...ABBREVIATIONS, ...SOMETIMES_FINAL, ...[...CAPITALISED_TITLES].map((t) => t.toLowerCase())]);

/** False when text[start, end), in any case, is surely none of the abbreviations and titles here:
 *  read from its length and first and last code units, without a slice. Asked at every period,
 *  where the word before is most often no abbreviation. */
export function mayBeAbbreviation(text: string, start: number, end: number): boolean {
  return MAY_BE.mayHaveLowerEdges(end - start, text.charCodeAt(start), text.charCodeAt(end - 1));
}

export function abbreviationKind(lowerWithPeriod: string): AbbreviationKind {
  if (ABBREVIATIONS.has(lowerWithPeriod)) return AbbreviationKind.Continues;
  if (SOMETIMES_FINAL.has(lowerWithPeriod)) return AbbreviationKind.MayEnd;
  return AbbreviationKind.None;
}
