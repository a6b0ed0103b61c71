// Hovers over annotated text: a card per entity under the mouse, and the
// claim's card when the text is part of a claim (so a source named inside a
// claim shows both who it is and what it claims).
import * as vscode from 'vscode';
import { lookupInTurns } from '../analysis/lookup';
import type { AnalysisStore } from '../analysis/store';
import { CardContext, claimCard, numberCard, placeCard, sourceCard } from './cards';

export class KildeHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    // Offsets of an older analysis would point at the wrong words: wait for the current one.
    const analysis = await this.store.ensure(document, token);
    if (!analysis || token.isCancellationRequested || document.version !== this.store.get(document.uri)?.analysedVersion) return undefined;
    const look = await lookupInTurns(analysis);
    if (token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    const entities = look.entitiesAt(offset);
    const claim = look.claimsAt(offset)[0];
    if (!entities.length && !claim) return undefined;

    const ctx: CardContext = { analysis, document };
    const cards: vscode.MarkdownString[] = [];
    for (const e of entities) {
      if (e.kind === 'place') cards.push(placeCard(ctx, e));
      else if (e.kind === 'number') cards.push(numberCard(ctx, e, !!claim));
      else cards.push(sourceCard(ctx, e));
    }
    if (claim) cards.push(claimCard(ctx, claim));
    const span = entities[0] ?? claim!;
    return new vscode.Hover(cards, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
  }
}
