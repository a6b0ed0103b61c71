// Hovers over annotated text: a card per entity under the mouse, and the
// claim's card when the text is part of a claim (so a source named inside a
// claim shows both who it is and what it claims). A person or organisation
// gets a small card of its own, unless the same words are a source mention:
// the source card says all the name card would.
import * as vscode from 'vscode';
import { lookupInTurns } from '../analysis/lookup';
import type { AnalysisStore } from '../analysis/store';
import type { ReviewStore } from '../review/reviewStore';
import { CardContext, claimCard, nameCard, numberCard, placeCard, prepareNameCards, sourceCard } from './cards';

export class KildeHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: AnalysisStore,
    private readonly reviews: ReviewStore,
  ) {}

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

    await this.reviews.whenLoaded(document.uri);
    const ctx: CardContext = { analysis, document, anchoredOf: (id) => this.reviews.anchoredOf(document.uri, analysis, id) };
    const sources = entities.filter((e) => e.kind === 'source');
    // A name is left to the source card under the mouse that is the same words or the same speaker.
    const named = entities.filter((e) => (e.kind === 'person' || e.kind === 'organisation')
      && !sources.some((s) => s.kind === 'source' && ((s.start === e.start && s.end === e.end) || (e.meta.sourceId !== undefined && s.meta.sourceId === e.meta.sourceId))));
    if (named.length) {
      await prepareNameCards(analysis);
      if (token.isCancellationRequested) return undefined;
    }
    const cards: vscode.MarkdownString[] = [];
    for (const e of entities) {
      if (e.kind === 'place') cards.push(placeCard(ctx, e));
      else if (e.kind === 'number') cards.push(numberCard(ctx, e, !!claim));
      else if (e.kind === 'source') cards.push(sourceCard(ctx, e));
      else if (named.includes(e)) cards.push(nameCard(ctx, e));
    }
    if (claim) cards.push(claimCard(ctx, claim));
    const span = entities[0] ?? claim!;
    return new vscode.Hover(cards, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
  }
}
