// Values of digit tokens in Norwegian and English conventions. In Norwegian
// "12.000" is twelve thousand and "3,5" three and a half; in English "1,200"
// is twelve hundred and "4.5" four and a half. A separator followed by
// exactly three digits is read as a thousands separator when a second such
// group follows, whatever the language, since it cannot be a decimal then.
// All patterns are anchored and free of nested quantifiers: linear time.

import type { Lang } from '../model';

export interface DigitValue {
  value: number;
  /** Digits only, no separators. */
  plain: boolean;
  /** Number of digits before any separator. */
  intDigits: number;
}

const PLAIN = /^\d+$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+$/;
const DECIMAL = /^\d+[.,]\d+$/;
const NO_MIXED = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const EN_MIXED = /^\d{1,3}(?:,\d{3})+\.\d+$/;

export function parseDigits(t: string, lang: Lang): DigitValue | undefined {
  if (PLAIN.test(t)) return { value: Number(t), plain: true, intDigits: t.length };
  const norwegian = lang !== 'en';
  const first = firstSep(t);
  const intDigits = first;
  if (DOT_GROUPS.test(t)) {
    const groups = count(t, '.');
    if (norwegian || groups > 1) return { value: Number(t.replace(/\./g, '')), plain: false, intDigits };
    return { value: Number(t), plain: false, intDigits };
  }
  if (COMMA_GROUPS.test(t)) {
    const groups = count(t, ',');
    if (!norwegian || groups > 1) return { value: Number(t.replace(/,/g, '')), plain: false, intDigits };
    return { value: Number(t.replace(',', '.')), plain: false, intDigits };
  }
  if (DECIMAL.test(t)) return { value: Number(t.replace(',', '.')), plain: false, intDigits };
  if (NO_MIXED.test(t)) return { value: Number(t.replace(/\./g, '').replace(',', '.')), plain: false, intDigits };
  if (EN_MIXED.test(t)) return { value: Number(t.replace(/,/g, '')), plain: false, intDigits };
  return undefined;
}

function firstSep(t: string): number {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return i;
  }
  return t.length;
}

function count(t: string, ch: string): number {
  let n = 0;
  for (let i = t.indexOf(ch); i >= 0; i = t.indexOf(ch, i + 1)) n++;
  return n;
}

/** Single characters that group thousands: space, no-break, thin, narrow no-break. */
export function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2007;
}

const THREE = /^\d{3}$/;
const THREE_DEC = /^\d{3},\d+$/;
export function isThousandsGroup(t: string, last: boolean): boolean {
  return THREE.test(t) || (last && THREE_DEC.test(t));
}
