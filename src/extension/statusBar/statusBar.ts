// One status bar item for the active article: its claims and sources, a
// progress figure while a large document is read, or why it is not annotated.
// Hidden for documents Kilde leaves alone.
import * as vscode from 'vscode';
import type { Analysis } from '../../core';
import type { ActiveArticle } from '../activeArticle';
import type { AnalysisStore } from '../analysis/store';
import type { ReviewStore } from '../review/reviewStore';
import { checkedCount } from '../text/verdicts';
import { claimsCount, figuresCount, placesCount, sourcesCount } from '../text/labels';
import { esc, plainMarkdown } from '../text/markdown';
import { Derived, pauseAt } from '../analysis/derived';

/** Show progress only for runs long enough to notice; quick ones would just flicker. */
const PROGRESS_AFTER_MS = 400;

interface EntityCounts {
  places: number;
  figures: number;
}

// Counted at once up to this many entities; more are counted in turns of the event
// loop (a 45 MB article's 1.2 million took 30 ms, in the turn its analysis arrived in).
const COUNT_AT_ONCE = 50_000;

/** Places and figures per analysis: the bar is redrawn on every slice of a large run. */
const entityCounts = new Derived(function* tally(a: Analysis): Generator<void, EntityCounts> {
  const c = { places: 0, figures: 0 };
  const entities = a.entities;
  for (let i = 0; i < entities.length; i++) {
    const kind = entities[i].kind;
    if (kind === 'place') c.places++;
    else if (kind === 'number') c.figures++;
    if (pauseAt(i)) yield;
  }
  return c;
});

/** The counts of `a`, or undefined while they are being counted (`counted` is called once they are). */
function countsOf(a: Analysis, counted: () => void): EntityCounts | undefined {
  const known = entityCounts.known(a);
  if (known) return known;
  if (a.entities.length <= COUNT_AT_ONCE) return entityCounts.now(a);
  if (!entityCounts.underWay(a)) void entityCounts.inTurns(a).then(counted);
  return undefined;
}

export interface StatusSnapshot {
  visible: boolean;
  text: string;
  tooltip: string | vscode.MarkdownString | undefined;
  command: string | undefined;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('kilde.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subs: vscode.Disposable[];
  private pendingSince: number | undefined;
  private visible = false;

  constructor(
    private readonly article: ActiveArticle,
    store: AnalysisStore,
    private readonly reviews: ReviewStore,
  ) {
    this.item.name = vscode.l10n.t('Kilde');
    this.subs = [
      this.item,
      article.onDidChange(() => this.update()),
      reviews.onDidChange((uri) => {
        if (uri.toString() === this.article.document?.uri.toString()) this.update();
      }),
      store.onDidProgress((uri) => {
        if (uri.toString() === this.article.document?.uri.toString()) this.update();
      }),
    ];
    this.update();
  }

  /** What the item shows now (for the integration tests). */
  snapshot(): StatusSnapshot {
    const command = this.item.command;
    return { visible: this.visible, text: this.item.text, tooltip: this.item.tooltip, command: typeof command === 'string' ? command : command?.command };
  }

  private hide(): void {
    this.visible = false;
    this.item.hide();
  }

  private update(): void {
    const entry = this.article.entry;
    if (!entry) {
      this.pendingSince = undefined;
      this.hide();
      return;
    }
    const item = this.item;
    item.backgroundColor = undefined;
    item.command = undefined;

    if (entry.progress !== undefined) this.pendingSince ??= Date.now();
    else this.pendingSince = undefined;
    const slow = this.pendingSince !== undefined && Date.now() - this.pendingSince >= PROGRESS_AFTER_MS;

    if (entry.status === 'tooLarge') {
      item.text = `$(circle-slash) ${vscode.l10n.t('Kilde: not annotated (file too large)')}`;
      item.tooltip = vscode.l10n.t('This file is larger than the kilde.maxFileSizeMB setting. Click to annotate it anyway.');
      item.command = 'kilde.annotateDocument';
    } else if (entry.status === 'binary') {
      item.text = `$(circle-slash) ${vscode.l10n.t('Kilde: not annotated (binary file)')}`;
      item.tooltip = vscode.l10n.t('This file contains NUL bytes, so it is not text Kilde can read.');
    } else if (entry.status === 'failed' && !entry.analysis) {
      item.text = `$(warning) ${vscode.l10n.t('Kilde: analysis failed')}`;
      item.tooltip = vscode.l10n.t('The analysis failed; the Kilde log has the details.');
      item.command = 'kilde.showLog';
    } else if (!entry.analysis) {
      // The first run of this document: say so only if it takes a while.
      if (!slow) return this.hide();
      item.text = `$(sync~spin) ${vscode.l10n.t('Kilde: reading… {0}%', Math.round((entry.progress ?? 0) * 100))}`;
      item.tooltip = vscode.l10n.t('Kilde is reading this document.');
    } else {
      // Also while a newer run is pending, or after it failed: the last good analysis is what is shown.
      const a = entry.analysis;
      const counts = countsOf(a, () => this.update());
      // Until a huge article's entities are counted, what the item showed stays.
      if (!counts) return;
      const { places, figures } = counts;
      const spin = slow ? `$(sync~spin) ${Math.round((entry.progress ?? 0) * 100)}% ` : '';
      // The counts stay readable; the icon says they may be out of date.
      const failed = entry.status === 'failed' ? '$(warning) ' : '';
      // A fact-check under way: how far it has got ("9 of 14 checked").
      const doc = this.article.document;
      const progress = doc && this.reviews.get(doc.uri)?.reviews.length ? this.reviews.progress(doc.uri, a) : undefined;
      const checked = progress ? ` · $(checklist) ${checkedCount(progress.checked, progress.total)}` : '';
      item.text = `${spin}${failed}$(quote) ${claimsCount(a.claims.length)} · ${sourcesCount(a.sources.length)}${checked}`;
      const tip = plainMarkdown();
      tip.appendMarkdown(esc(vscode.l10n.t('Kilde: {0}, {1}, {2} and {3}', claimsCount(a.claims.length), sourcesCount(a.sources.length), placesCount(places), figuresCount(figures))));
      if (progress) tip.appendMarkdown(`\n\n${esc(vscode.l10n.t('Fact-check: {0}', checkedCount(progress.checked, progress.total)))}`);
      if (entry.status === 'failed') tip.appendMarkdown(`\n\n${esc(vscode.l10n.t('The latest analysis failed; these counts are from the one before.'))}`);
      tip.appendMarkdown(`\n\n${esc(vscode.l10n.t('Click to open the Kilde views.'))}`);
      item.tooltip = tip;
      item.command = 'kilde.focusPanel';
    }
    item.accessibilityInformation = { label: typeof item.tooltip === 'string' ? item.tooltip : item.text.replace(/\$\([^)]*\)\s*/g, '') };
    this.visible = true;
    item.show();
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
  }
}
