// Claims, places and figures as document symbols, so the Outline view,
// breadcrumbs and Go to Symbol in Editor (Ctrl+Shift+O) can navigate an
// article: each source with its claims, then Places and Figures.
import * as vscode from 'vscode';
import type { Analysis, Claim, NumberEntity, PlaceEntity } from '../core';
import { TurnBudget } from './analysis/turns';
import type { AnalysisStore } from './analysis/store';
import { claimKindName, claimsCount, mentionsCount, numberKindName, placeTypeName, sourceLabel } from './text/labels';
import { formatValue } from './text/numbers';
import { firstWords, oneLine } from './text/snippet';

// The Outline, breadcrumbs and Go to Symbol stay quick and readable with a
// few thousand symbols; a 5 MB article has ~200,000 candidates. Past these
// limits a group lists its first children only.
const MAX_CHILDREN = 1000;
const MAX_SYMBOLS = 5000;

const cache = new WeakMap<Analysis, Promise<vscode.DocumentSymbol[] | undefined>>();

export class KildeSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnalysisStore) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.store.ensure(document, token);
    if (!analysis || document.version !== this.store.get(document.uri)?.analysedVersion) return [];
    let symbols = cache.get(analysis);
    if (!symbols) {
      // Shared by every request for this analysis; given up when a newer one replaces it.
      const stillWanted = () => !document.isClosed && this.store.get(document.uri)?.analysis === analysis;
      symbols = build(document, analysis, stillWanted);
      cache.set(analysis, symbols);
    }
    return (await symbols) ?? [];
  }
}

/** Undefined when `stillWanted` turns false on the way. */
async function build(doc: vscode.TextDocument, a: Analysis, stillWanted: () => boolean): Promise<vscode.DocumentSymbol[] | undefined> {
  // The lists below run over every entity and claim: 1.5 million in a 45 MB article.
  const turn = new TurnBudget();
  const pause = async (i: number): Promise<boolean> => {
    if (!turn.due(i)) return true;
    await turn.yield();
    return stillWanted();
  };
  const range = (start: number, end: number) => new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  // A symbol needs a name; article text can be blank or all punctuation.
  const name = (s: string) => oneLine(s) || '…';
  let budget = MAX_SYMBOLS;
  const take = <T>(items: T[]): T[] => {
    const n = Math.min(items.length, MAX_CHILDREN, budget);
    budget -= n;
    return items.length > n ? items.slice(0, n) : items;
  };
  const out: vscode.DocumentSymbol[] = [];
  const tail: vscode.DocumentSymbol[] = [];

  // Places and figures are budgeted first: next to a long text's claims they are few.
  const places = new Map<string, PlaceEntity[]>();
  const figures: NumberEntity[] = [];
  for (let i = 0; i < a.entities.length; i++) {
    if (!(await pause(i))) return undefined;
    const e = a.entities[i];
    if (e.kind === 'number') figures.push(e);
    if (e.kind !== 'place') continue;
    const key = `${e.meta.name}|${e.meta.countryCode ?? ''}`;
    const list = places.get(key);
    if (list) list.push(e);
    else places.set(key, [e]);
  }
  if (places.size) {
    // One symbol per place, at its first mention: Go to Symbol lists each name once.
    const children = take([...places.values()]).map((mentions) => {
      const first = mentions[0];
      const r = range(first.start, first.end);
      const detail = `${placeTypeName(first.meta.placeType)} · ${mentionsCount(mentions.length)}`;
      return new vscode.DocumentSymbol(name(first.meta.name), detail, vscode.SymbolKind.Field, r, r);
    });
    if (children.length) tail.push(group(vscode.l10n.t('Places'), String(places.size), vscode.SymbolKind.Namespace, children));
  }

  if (figures.length) {
    const children = take(figures).map((e) => {
      const r = range(e.start, e.end);
      const detail = formatValue(e.meta) ?? e.meta.iso ?? numberKindName(e.meta.kind);
      return new vscode.DocumentSymbol(name(e.text), detail, vscode.SymbolKind.Number, r, r);
    });
    if (children.length) tail.push(group(vscode.l10n.t('Figures'), String(figures.length), vscode.SymbolKind.Namespace, children));
  }

  const bySource = new Map<string, Claim[]>();
  for (let i = 0; i < a.claims.length; i++) {
    if (!(await pause(i))) return undefined;
    const c = a.claims[i];
    const list = bySource.get(c.source);
    if (list) list.push(c);
    else bySource.set(c.source, [c]);
  }
  for (const [source, claims] of bySource) {
    if (budget <= 1) break;
    budget--;
    const children = take(claims).map((c) => {
      const r = range(c.start, c.end);
      return new vscode.DocumentSymbol(name(firstWords(c.text, 60)), `${c.cue} · ${claimKindName(c.kind)}`, vscode.SymbolKind.String, r, r);
    });
    out.push(group(name(sourceLabel(source)), claimsCount(claims.length), vscode.SymbolKind.Object, children));
  }
  // Breadcrumbs and the Outline's "follow cursor" take the first top-level
  // symbol that contains the cursor. The Places and Figures groups span
  // nearly the whole text, so they come last, after the sources and their claims.
  return [...out, ...tail];
}

/** A parent symbol spanning its (one or more) children, named at the first. */
function group(name: string, detail: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol {
  let start = children[0].range.start;
  let end = children[0].range.end;
  for (const c of children) {
    if (c.range.start.isBefore(start)) start = c.range.start;
    if (c.range.end.isAfter(end)) end = c.range.end;
  }
  const s = new vscode.DocumentSymbol(name, detail, kind, new vscode.Range(start, end), children[0].selectionRange);
  s.children = children;
  return s;
}
