// Setting a verdict and a note on a claim, from the Claims view (context menu and
// inline actions), from a hover card's links, or on the claim at the cursor (with
// a keybinding and a quick pick); and looking after reviews whose claim is gone.
import * as vscode from 'vscode';
import type { Analysis, Claim, Verdict } from '../../core';
import { isVerdict, VERDICTS } from '../../core/review/verdicts';
import type { ActiveArticle } from '../activeArticle';
import { lookupInTurns } from '../analysis/lookup';
import type { AnalysisStore } from '../analysis/store';
import { noteUri } from '../review/noteEditor';
import { ReviewStore, sameClaim } from '../review/reviewStore';
import { lineLabel, sourceLabel } from '../text/labels';
import { firstWords } from '../text/snippet';
import { verdictCodicon, verdictName } from '../text/verdicts';
import type { ClaimsNode } from '../views/claimsModel';
import type { ClaimsView } from '../views/claimsView';

/** A claim of a document's current analysis. */
interface Target {
  doc: vscode.TextDocument;
  analysis: Analysis;
  claim: Claim;
}

/** Longest note the input box takes; Edit Note in Editor takes any length. */
const NOTE_MAX = 20_000;

export function registerReview(store: AnalysisStore, reviews: ReviewStore, article: ActiveArticle, claims: ClaimsView): vscode.Disposable[] {
  const targetOf = (arg: unknown) => resolveTarget(store, article, arg);

  const setVerdict = async (arg: unknown, given?: Verdict) => {
    const t = await targetOf(arg);
    if (!t) return;
    const verdict = given ?? (Array.isArray(arg) && isVerdict(arg[2]) ? arg[2] : await pickVerdict(reviews.verdictOf(t.doc.uri, t.analysis, t.claim.id), t.claim));
    if (!verdict) return;
    if (await reviews.setVerdict(t.doc, t.claim, verdict)) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('Kilde: {0} — {1}', verdictName(verdict), firstWords(t.claim.text, 40)), 3000);
    }
  };

  return [
    // A hover card's link passes its arguments one by one: (uri, claimId, verdict).
    vscode.commands.registerCommand('kilde.review.setVerdict', (arg?: unknown, ...rest: unknown[]) => setVerdict(linkArgs(arg, rest))),
    ...VERDICTS.map((v) => vscode.commands.registerCommand(`kilde.review.verdict.${v}`, (arg?: unknown) => setVerdict(arg, v))),
    vscode.commands.registerCommand('kilde.review.editNote', async (arg?: unknown, ...rest: unknown[]) => {
      const t = await targetOf(linkArgs(arg, rest));
      if (!t) return;
      const old = reviews.reviewOf(t.doc.uri, t.analysis, t.claim.id)?.note ?? '';
      const note = await vscode.window.showInputBox({
        title: vscode.l10n.t('Note on the claim'),
        prompt: firstWords(`${sourceLabel(t.claim.source)}: ${t.claim.text}`, 120),
        placeHolder: vscode.l10n.t('What you found, with links to the evidence'),
        value: old,
        ignoreFocusOut: true,
        validateInput: (v) => (v.length > NOTE_MAX ? vscode.l10n.t('A note can be at most {0} characters.', NOTE_MAX) : undefined),
      });
      if (note === undefined || note === old) return;
      await reviews.setNote(t.doc, t.claim, note.trim());
    }),
    vscode.commands.registerCommand('kilde.review.editNoteInEditor', async (arg?: unknown) => {
      const t = await targetOf(arg);
      if (!t) return;
      // Saving the note's document (Ctrl+S) writes the note back to the review.
      await vscode.window.showTextDocument(noteUri(t.doc.uri, t.claim), { viewColumn: vscode.ViewColumn.Beside, preview: false });
    }),
    vscode.commands.registerCommand('kilde.review.clear', async (arg?: unknown) => {
      const t = await targetOf(arg);
      if (!t || !reviews.reviewOf(t.doc.uri, t.analysis, t.claim.id)) return;
      const clear = vscode.l10n.t('Clear Review');
      const ok = await vscode.window.showWarningMessage(vscode.l10n.t('Clear the verdict and note of this claim?'), { modal: true, detail: firstWords(t.claim.text, 200) }, clear);
      if (ok === clear) await reviews.clear(t.doc, t.claim);
    }),
    vscode.commands.registerCommand('kilde.review.reattach', async (arg?: unknown) => {
      const node = arg as ClaimsNode | undefined;
      const doc = article.document;
      if (node?.type !== 'review' || !doc) return;
      const analysis = await store.ensure(doc);
      if (!analysis) return;
      const claim = await pickClaim(analysis, doc, node.anchored.review.quote.exact);
      if (claim) await reviews.reattach(doc, node.anchored.review.id, claim);
    }),
    vscode.commands.registerCommand('kilde.review.delete', async (arg?: unknown) => {
      const node = arg as ClaimsNode | undefined;
      const doc = article.document;
      if (node?.type !== 'review' || !doc) return;
      const del = vscode.l10n.t('Delete Review');
      const r = node.anchored.review;
      const ok = await vscode.window.showWarningMessage(vscode.l10n.t('Delete this review for good?'), { modal: true, detail: `${verdictName(r.verdict)}: ${firstWords(r.quote.exact, 200)}${r.note ? `\n\n${firstWords(r.note, 300)}` : ''}` }, del);
      if (ok === del) await reviews.remove(doc, r.id);
    }),
    vscode.commands.registerCommand('kilde.claims.filterByVerdict', async () => {
      const current = claims.provider.filter;
      const items = VERDICTS.map((v) => ({ label: `${verdictCodicon(v)} ${verdictName(v)}`, verdict: v, picked: current ? current.has(v) : false }));
      const picked = await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t('Show claims with these verdicts'),
        placeHolder: vscode.l10n.t('Pick none to show every claim'),
        canPickMany: true,
      });
      if (picked) claims.setFilter(picked.map((p) => p.verdict));
    }),
    vscode.commands.registerCommand('kilde.claims.showUnchecked', () => claims.setFilter(['unchecked'])),
    vscode.commands.registerCommand('kilde.claims.clearFilter', () => claims.setFilter(undefined)),
    vscode.commands.registerCommand('kilde.claims.orderByWorthiness', () => claims.setGroupBy('worthiness')),
  ];
}

/** A command link's arguments, gathered into the `[uri, claimId, …]` form the commands read. */
function linkArgs(arg: unknown, rest: unknown[]): unknown {
  return typeof arg === 'string' ? [arg, ...rest] : arg;
}

/**
 * The claim a command is about: a Claims view node, `[uri, claimId]` from a hover link, or
 * (nothing given) the claim at the cursor. Only claims of the current text: offsets of an
 * older analysis would put the review in the wrong place.
 */
async function resolveTarget(store: AnalysisStore, article: ActiveArticle, arg: unknown): Promise<Target | undefined> {
  const node = arg as ClaimsNode | undefined;
  if (node && typeof node === 'object' && !Array.isArray(node) && node.type === 'claim') {
    const doc = article.document;
    if (!doc) return undefined;
    const analysis = await store.ensure(doc);
    const claim = analysis && sameClaim(analysis, node.claim);
    if (!analysis || !claim) return notCurrent();
    return { doc, analysis, claim };
  }
  if (Array.isArray(arg) && typeof arg[0] === 'string' && typeof arg[1] === 'number') {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg[0]);
    const analysis = doc && store.current(doc);
    const claim = analysis?.claims[arg[1]];
    if (!doc || !analysis || !claim) return notCurrent();
    return { doc, analysis, claim };
  }
  const editor = vscode.window.activeTextEditor ?? article.editor;
  if (!editor) return undefined;
  const analysis = await store.ensure(editor.document);
  if (!analysis || editor.document.version !== store.get(editor.document.uri)?.analysedVersion) return notCurrent();
  const look = await lookupInTurns(analysis);
  const claim = look.claimsAt(editor.document.offsetAt(editor.selection.active), true)[0];
  if (!claim) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Kilde: the cursor is not in a claim'), 3000);
    return undefined;
  }
  return { doc: editor.document, analysis, claim };
}

function notCurrent(): undefined {
  vscode.window.setStatusBarMessage(vscode.l10n.t('Kilde: that claim has changed; try again'), 3000);
  return undefined;
}

async function pickVerdict(current: Verdict, claim: Claim): Promise<Verdict | undefined> {
  const items = VERDICTS.map((v) => ({
    label: `${verdictCodicon(v)} ${verdictName(v)}`,
    description: v === current ? vscode.l10n.t('current') : undefined,
    verdict: v,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Verdict on the claim'),
    placeHolder: firstWords(`${sourceLabel(claim.source)}: ${claim.text}`, 120),
  });
  return picked?.verdict;
}

/** A claim to re-attach a review to: the claims whose text is most like the review's quote first. */
async function pickClaim(analysis: Analysis, doc: vscode.TextDocument, quote: string): Promise<Claim | undefined> {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const atCursor = editor ? (await lookupInTurns(analysis)).claimsAt(doc.offsetAt(editor.selection.active), true)[0] : undefined;
  const words = new Set(quote.toLowerCase().split(/\s+/));
  const overlap = (c: Claim) => c.text.toLowerCase().split(/\s+/).filter((w) => words.has(w)).length;
  const ranked = [...analysis.claims].sort((a, b) => Number(b === atCursor) - Number(a === atCursor) || overlap(b) - overlap(a) || a.start - b.start);
  const picked = await vscode.window.showQuickPick(
    ranked.map((c) => ({ label: firstWords(c.text, 80), description: `${sourceLabel(c.source)} · ${lineLabel(c.line)}`, claim: c })),
    { title: vscode.l10n.t('Re-attach the review to a claim'), placeHolder: firstWords(quote, 120), matchOnDescription: true },
  );
  return picked?.claim;
}
