// The highlights in the editor. Each is recognisable without colour —
// sources bold, numbers a solid underline, places a dotted one, claims a bar
// at their start — and every colour is a theme colour the user can change.
// People and organisations get only a thin, faint dashed underline, and only
// when kilde.highlight.names is on (it is off by default): most of them are
// sources and bold already, and a fifth loud style would make prose noisy.
//
// Decorations are replaced only when a new analysis arrives (or a highlight
// setting flips), never cleared while one is pending: VS Code moves the old
// ones along with the edits in the meantime.
//
// A very large article (a 5 MB file has ~170,000 highlights) is decorated
// only around what is on screen, and again as the user scrolls: handing the
// window all of them at once would stall the editor for a second, and the
// overview ruler cannot show that many marks legibly anyway.
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import type { AnalysisStore } from './analysis/store';
import type { Config, HighlightKind } from './config';
import { TurnBudget } from './analysis/turns';
import { buildSpans, HighlightSlot, HighlightSpans, SpanList, totalSpans } from './highlightSpans';

export interface DecorationRanges {
  source: vscode.Range[];
  number: vscode.Range[];
  place: vscode.Range[];
  name: vscode.Range[];
  claim: vscode.Range[];
}

const EMPTY: DecorationRanges = Object.freeze({ source: [], number: [], place: [], name: [], claim: [] });

const SETTING_OF: Record<HighlightSlot, HighlightKind> = { source: 'sources', number: 'numbers', place: 'places', name: 'names', claim: 'claims' };

const color = (id: string) => new vscode.ThemeColor(id);
// textDecoration takes CSS, not a ThemeColor; VS Code exposes every theme
// colour as a CSS variable, so the underline still follows the theme.
const cssColor = (id: string) => `var(--vscode-${id.replace(/\./g, '-')})`;

function createTypes() {
  // Claims first: for text in both a claim and an entity the later type's
  // background wins, and the entity is the more specific of the two.
  const claim = vscode.window.createTextEditorDecorationType({
    backgroundColor: color('kilde.claimBackground'),
    overviewRulerColor: color('kilde.claimRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  // A separate one-character decoration for the bar: a border on the whole
  // claim would be drawn again wherever an entity splits the claim's text.
  const claimStart = vscode.window.createTextEditorDecorationType({
    borderColor: color('kilde.claimBorder'),
    borderStyle: 'solid',
    borderWidth: '0 0 0 3px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const source = vscode.window.createTextEditorDecorationType({
    fontWeight: 'bold',
    backgroundColor: color('kilde.sourceBackground'),
    color: color('kilde.sourceForeground'),
    borderRadius: '3px',
    overviewRulerColor: color('kilde.sourceRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const number = vscode.window.createTextEditorDecorationType({
    textDecoration: `underline solid ${cssColor('kilde.numberUnderline')} 2px`,
    overviewRulerColor: color('kilde.numberRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const place = vscode.window.createTextEditorDecorationType({
    textDecoration: `underline dotted ${cssColor('kilde.placeUnderline')} 2px`,
    overviewRulerColor: color('kilde.placeRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  // No overview ruler mark: names are many, and the ruler is for what a reader looks for.
  const name = vscode.window.createTextEditorDecorationType({
    textDecoration: `underline dashed ${cssColor('kilde.nameUnderline')} 1px`,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  return { claim, claimStart, source, number, place, name };
}

/** Offsets of each highlight, once per analysis (several editors may show one document). */
const spanCache = new WeakMap<Analysis, HighlightSpans>();

/** Up to this many highlights an editor gets them all; above, a window around the visible lines. */
const ALL_UP_TO = 20_000;
/** Lines decorated above and below the visible ones. */
const WINDOW_MARGIN = 1500;
/** Scrolling this close to the window's edge moves the window. */
const WINDOW_SLACK = 500;
const SCROLL_DEBOUNCE_MS = 80;

async function spansOf(a: Analysis, stillWanted: () => boolean): Promise<HighlightSpans | undefined> {
  const cached = spanCache.get(a);
  if (cached) return cached;
  const steps = buildSpans(a);
  const budget = new TurnBudget();
  for (;;) {
    const step = steps.next();
    if (step.done) {
      spanCache.set(a, step.value);
      return step.value;
    }
    if (budget.spent) {
      await budget.yield();
      if (!stillWanted()) return undefined;
    }
  }
}

function isEmpty(r: DecorationRanges): boolean {
  return !r.source.length && !r.number.length && !r.place.length && !r.name.length && !r.claim.length;
}

interface Applied {
  /** Undefined once the store has let go of the analysis that is still shown (see update). */
  analysis: Analysis | undefined;
  flags: string;
  ranges: DecorationRanges;
  /** Lines decorated, when only a window of a large article is. */
  window?: { from: number; to: number };
}

export class Decorations implements vscode.Disposable {
  private readonly types = createTypes();
  /** Visible editors only: one that is hidden or closed is never shown again (VS Code makes a new one). */
  private readonly applied = new Map<vscode.TextEditor, Applied>();
  /** Editors whose new ranges are being computed, with what they are computed for. */
  private readonly computing = new Map<vscode.TextEditor, { analysis: Analysis; flags: string; job: Promise<void> }>();
  private readonly subs: vscode.Disposable[];
  private readonly scrollTimers = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly store: AnalysisStore,
    private readonly config: Config,
  ) {
    this.subs = [
      store.onDidChange((uri) => {
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document.uri.toString() === uri.toString()) this.update(editor);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        this.forgetHidden(editors);
        editors.forEach((e) => this.update(e));
      }),
      config.onDidChange((what) => {
        if (what.highlight) vscode.window.visibleTextEditors.forEach((e) => this.update(e));
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.scrolled(e.textEditor)),
    ];
    vscode.window.visibleTextEditors.forEach((e) => this.update(e));
  }

  /** What was last set on `editor` (empty arrays for a kind that is switched off). */
  rangesFor(editor: vscode.TextEditor): DecorationRanges {
    return this.applied.get(editor)?.ranges ?? EMPTY;
  }

  /** Resolves when no editor of `uri` (or no editor at all) waits for its decorations. */
  async whenIdle(uri?: vscode.Uri): Promise<void> {
    for (;;) {
      const pending = [...this.computing].filter(([e]) => !uri || e.document.uri.toString() === uri.toString()).map(([, c]) => c.job);
      if (!pending.length) return;
      await Promise.all(pending);
    }
  }

  /**
   * Lets go of editors that are no longer visible: what was applied to them
   * holds their analysis, which for a 45 MB article is most of a gigabyte,
   * and anyone may keep a closed editor's object around.
   */
  private forgetHidden(visible: readonly vscode.TextEditor[]): void {
    const keep = new Set(visible);
    for (const editor of [...this.applied.keys()]) if (!keep.has(editor)) this.applied.delete(editor);
    for (const [editor, timer] of [...this.scrollTimers]) {
      if (keep.has(editor)) continue;
      clearTimeout(timer);
      this.scrollTimers.delete(editor);
    }
  }

  private update(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const entry = this.store.get(doc.uri);
    const previous = this.applied.get(editor);
    const flags = JSON.stringify(this.config.current.highlight);

    if (!entry?.analysis) {
      if (!previous) return;
      if (entry && (entry.status === 'pending' || entry.status === 'failed')) {
        // The store let go of a large document's analysis to read it again: what is shown
        // stays (VS Code moves it along with the edits), but nothing here keeps the analysis.
        if (previous.analysis) this.applied.set(editor, { ...previous, analysis: undefined, window: undefined });
        return;
      }
      // No longer annotated (setting, size limit, closed): remove what we drew.
      if (previous.analysis || !isEmpty(previous.ranges)) this.set(editor, undefined, flags, undefined);
      return;
    }
    // A run is pending for newer text: keep what is shown, VS Code has moved it along.
    if (entry.analysedVersion !== doc.version) return;
    if (previous?.analysis === entry.analysis && previous.flags === flags) return;
    const analysis = entry.analysis;
    const under = this.computing.get(editor);
    if (under?.analysis === analysis && under.flags === flags) return;
    const stillWanted = () => this.store.get(doc.uri)?.analysis === analysis && doc.version === entry.analysedVersion && !doc.isClosed;
    const job = spansOf(analysis, stillWanted).then((spans) => {
      if (this.computing.get(editor)?.job === job) this.computing.delete(editor);
      // A newer analysis (or flag change) started its own update meanwhile, or the editor went out of view.
      const visible = vscode.window.visibleTextEditors.includes(editor);
      if (spans && visible && stillWanted() && JSON.stringify(this.config.current.highlight) === flags) this.set(editor, analysis, flags, spans);
    });
    this.computing.set(editor, { analysis, flags, job });
  }

  /** Moves the window of a large article's decorations along with the view. */
  private scrolled(editor: vscode.TextEditor): void {
    const applied = this.applied.get(editor);
    const window = applied?.window;
    const visible = editor.visibleRanges;
    if (!window || !visible.length || !applied.analysis) return;
    const first = visible[0].start.line;
    const last = visible[visible.length - 1].end.line;
    const lastLine = editor.document.lineCount - 1;
    const nearTop = window.from > 0 && first < window.from + WINDOW_SLACK;
    const nearBottom = window.to < lastLine && last > window.to - WINDOW_SLACK;
    if (!nearTop && !nearBottom) return;
    clearTimeout(this.scrollTimers.get(editor));
    this.scrollTimers.set(editor, setTimeout(() => {
      this.scrollTimers.delete(editor);
      const now = this.applied.get(editor);
      const spans = now?.analysis && spanCache.get(now.analysis);
      if (now && spans && editor.document.version === this.store.get(editor.document.uri)?.analysedVersion) this.set(editor, now.analysis, now.flags, spans);
    }, SCROLL_DEBOUNCE_MS));
  }

  /** Only while the document's text is the one `analysis` was made from: offsets become positions here. */
  private set(editor: vscode.TextEditor, analysis: Analysis | undefined, flags: string, spans: HighlightSpans | undefined): void {
    const on = this.config.current.highlight;
    const doc = editor.document;
    let window: Applied['window'];
    let pick = (list: SpanList) => list.all();
    if (spans && totalSpans(spans) > ALL_UP_TO) {
      const visible = editor.visibleRanges;
      const first = visible.length ? visible[0].start.line : 0;
      const last = visible.length ? visible[visible.length - 1].end.line : 0;
      const w = { from: Math.max(0, first - WINDOW_MARGIN), to: last + WINDOW_MARGIN };
      const from = doc.offsetAt(new vscode.Position(w.from, 0));
      const to = w.to + 1 < doc.lineCount ? doc.offsetAt(new vscode.Position(w.to + 1, 0)) : Number.MAX_SAFE_INTEGER;
      pick = (list) => list.touching(from, to);
      window = w;
    }
    const rangesOf = (list: SpanList, picked: number[]) => picked.map((i) => new vscode.Range(doc.positionAt(list.starts[i]), doc.positionAt(list.ends[i])));
    const kind = (slot: HighlightSlot): vscode.Range[] => (spans && on[SETTING_OF[slot]] ? rangesOf(spans[slot], pick(spans[slot])) : []);
    const ranges: DecorationRanges = { source: kind('source'), number: kind('number'), place: kind('place'), name: kind('name'), claim: [] };
    // The bar at each claim's first character.
    const claimStarts: vscode.Range[] = [];
    if (spans && on.claims) {
      const list = spans.claim;
      for (const i of pick(list)) {
        const start = doc.positionAt(list.starts[i]);
        ranges.claim.push(new vscode.Range(start, doc.positionAt(list.ends[i])));
        if (list.ends[i] > list.starts[i]) claimStarts.push(new vscode.Range(start, doc.positionAt(list.starts[i] + 1)));
      }
    }
    editor.setDecorations(this.types.claim, ranges.claim);
    editor.setDecorations(this.types.claimStart, claimStarts);
    editor.setDecorations(this.types.source, ranges.source);
    editor.setDecorations(this.types.number, ranges.number);
    editor.setDecorations(this.types.place, ranges.place);
    editor.setDecorations(this.types.name, ranges.name);
    this.applied.set(editor, { analysis, flags, ranges, window });
  }

  dispose(): void {
    for (const t of this.scrollTimers.values()) clearTimeout(t);
    for (const s of this.subs) s.dispose();
    for (const t of Object.values(this.types)) t.dispose();
  }
}
