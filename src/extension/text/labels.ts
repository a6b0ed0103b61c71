// Names for the core's enums and counted phrases, in the UI language.
// Functions, not constants: vscode.l10n.t must run after activation.
import * as vscode from 'vscode';
import type { ClaimKind, NumberKind, PlaceType, SourceType } from '../../core';
import { formatInteger } from './numbers';

export function placeTypeName(type: PlaceType): string {
  switch (type) {
    case 'country': return vscode.l10n.t('country');
    case 'capital': return vscode.l10n.t('capital');
    case 'city': return vscode.l10n.t('city');
    case 'town': return vscode.l10n.t('town');
    case 'region': return vscode.l10n.t('region');
    case 'continent': return vscode.l10n.t('continent');
    case 'water': return vscode.l10n.t('sea, lake or river');
    case 'landform': return vscode.l10n.t('landform');
    case 'facility': return vscode.l10n.t('facility');
    case 'street': return vscode.l10n.t('street');
    case 'place': return vscode.l10n.t('place');
  }
}

export function numberKindName(kind: NumberKind): string {
  switch (kind) {
    case 'count': return vscode.l10n.t('count');
    case 'money': return vscode.l10n.t('amount of money');
    case 'percent': return vscode.l10n.t('percentage');
    case 'date': return vscode.l10n.t('date');
    case 'date-range': return vscode.l10n.t('date range');
    case 'time': return vscode.l10n.t('time of day');
    case 'datetime': return vscode.l10n.t('date and time');
    case 'age': return vscode.l10n.t('age');
    case 'year': return vscode.l10n.t('year');
    case 'decade': return vscode.l10n.t('decade');
    case 'ordinal': return vscode.l10n.t('ordinal');
    case 'duration': return vscode.l10n.t('duration');
    case 'range': return vscode.l10n.t('range');
  }
}

export function sourceTypeName(type: SourceType): string {
  switch (type) {
    case 'person': return vscode.l10n.t('person');
    case 'organisation': return vscode.l10n.t('organisation');
    case 'agency': return vscode.l10n.t('news agency');
    case 'media': return vscode.l10n.t('media');
    case 'country': return vscode.l10n.t('country');
    case 'group': return vscode.l10n.t('group');
    case 'document': return vscode.l10n.t('document');
  }
}

export function claimKindName(kind: ClaimKind): string {
  switch (kind) {
    case 'direct': return vscode.l10n.t('direct quote');
    case 'indirect': return vscode.l10n.t('indirect speech');
    case 'according-to': return vscode.l10n.t('according to');
  }
}

// One string per plural form keeps each sentence whole for translators.
export const claimsCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', formatInteger(n)));
export const sourcesCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', formatInteger(n)));
export const peopleCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 person') : vscode.l10n.t('{0} people', formatInteger(n)));
export const organisationsCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 organisation') : vscode.l10n.t('{0} organisations', formatInteger(n)));
export const placesCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 place') : vscode.l10n.t('{0} places', formatInteger(n)));
export const figuresCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 figure') : vscode.l10n.t('{0} figures', formatInteger(n)));
export const mentionsCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', formatInteger(n)));
/** Who said a claim whose text never says who, as a label or at the start of a line: never an empty string on screen. */
export const unknownSource = (): string => vscode.l10n.t('Unknown source');
/** A claim's source inside a sentence: its name, or "unknown source". */
export const sourceName = (source: string): string => source || vscode.l10n.t('unknown source');
/** A claim's source as a label or at the start of a line: its name, or "Unknown source". */
export const sourceLabel = (source: string): string => source || unknownSource();
/** Lines are zero-based in the model and one-based on screen. */
export const lineLabel = (zeroBased: number): string => vscode.l10n.t('line {0}', zeroBased + 1);
