// Numbers and coordinates in the UI language's conventions.
import * as vscode from 'vscode';
import type { NumberMeta } from '../../core';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(vscode.env.language, options);
    } catch {
      // An unusual display language or currency code: fall back to the runtime's own.
      f = new Intl.NumberFormat(undefined, { maximumFractionDigits: options.maximumFractionDigits });
    }
    formatters.set(key, f);
  }
  return f;
}

export function formatInteger(n: number): string {
  return formatter({ maximumFractionDigits: 0 }).format(n);
}

export function formatNumber(n: number): string {
  return formatter({ maximumFractionDigits: 6 }).format(n);
}

/** "340 000 t", "1 200 000 000 NOK", "15 %", "4–5 år" — the figure as a normalised value. */
export function formatValue(meta: NumberMeta): string | undefined {
  if (meta.value === undefined) return undefined;
  const value = meta.valueEnd !== undefined && meta.valueEnd !== meta.value
    ? `${formatNumber(meta.value)}–${formatNumber(meta.valueEnd)}`
    : formatNumber(meta.value);
  if (!meta.unit) return value;
  return meta.unit === '%' ? `${value} %` : `${value} ${meta.unit}`;
}

/** 69.65° N, 18.96° E */
export function formatCoordinates(lat: number, lon: number): string {
  const f = formatter({ minimumFractionDigits: 2, maximumFractionDigits: 4 });
  return `${f.format(Math.abs(lat))}° ${lat >= 0 ? 'N' : 'S'}, ${f.format(Math.abs(lon))}° ${lon >= 0 ? 'E' : 'W'}`;
}
