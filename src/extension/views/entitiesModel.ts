// The shape of the Entities tree for one analysis: Sources, People,
// Organisations, Places and Numbers; under each the distinct names or values
// with their mentions. People and organisations are everyone the text names,
// speaking or not, grouped by canonical name.
import type { Analysis, Entity, EntityKind, NumberEntity, PlaceEntity, SourceType } from '../../core';
import { TurnBudget } from '../analysis/turns';
import { Bucket, pathTo, split } from './buckets';

export interface KindNode {
  readonly type: 'kind';
  readonly id: string;
  readonly kind: EntityKind;
  /** Filled right after the node is made: each item points back at it. */
  items: DistinctNode[];
  readonly mentions: number;
}

export interface DistinctNode {
  readonly type: 'distinct';
  readonly id: string;
  readonly kind: EntityKind;
  /** The name as the gazetteer or the source list has it, or the figure as first written. */
  readonly label: string;
  readonly mentions: readonly Entity[];
  readonly sourceType?: SourceType;
  /** For people and organisations: a title or role met with one of the mentions. */
  readonly role?: string;
  /** For people and organisations that speak: their index into Analysis.sources. */
  readonly sourceId?: number;
  /** For figures: other figures count the same thing and disagree. */
  readonly conflicts: boolean;
  readonly group: KindNode;
  /** Position in group.items. */
  readonly index: number;
}

export interface EntityBucketNode extends Bucket {
  readonly type: 'bucket';
  readonly id: string;
  readonly parent: KindNode | DistinctNode | EntityBucketNode;
  readonly list: readonly (DistinctNode | Entity)[];
}

export interface MentionNode {
  readonly type: 'mention';
  readonly id: string;
  readonly entity: Entity;
  readonly parent: DistinctNode | EntityBucketNode;
}

export type EntitiesNode = KindNode | DistinctNode | EntityBucketNode | MentionNode;

/** The groups, top to bottom. */
export const KINDS: readonly EntityKind[] = ['source', 'person', 'organisation', 'place', 'number'];

let modelSerial = 0;

export class EntitiesModel {
  private kinds: Promise<KindNode[]> | undefined;
  private readonly nodes = new Map<string, EntitiesNode>();
  private stopped = false;
  /** Entity ids restart at 0 in every analysis, and VS Code keeps drawing an item under an id it has
   *  seen: each model's mentions get ids of their own (as the Claims view's claims do). */
  private readonly serial = ++modelSerial;

  constructor(
    readonly analysis: Analysis,
    private readonly collator: Intl.Collator,
  ) {}

  /** The groups; empty if the model is dropped for a newer analysis while they are made. */
  roots(): Promise<KindNode[]> {
    this.kinds ??= this.build();
    return this.kinds;
  }

  /** Stops a build under way: nobody will look at this model again. */
  stop(): void {
    this.stopped = true;
  }

  children(node: EntitiesNode): EntitiesNode[] {
    switch (node.type) {
      case 'kind': return this.listChildren(node, node.items, 0, node.items.length);
      case 'distinct': return this.listChildren(node, node.mentions, 0, node.mentions.length);
      case 'bucket': return this.listChildren(node, node.list, node.from, node.to);
      case 'mention': return [];
    }
  }

  parent(node: EntitiesNode): EntitiesNode | undefined {
    switch (node.type) {
      case 'kind': return undefined;
      case 'distinct': return this.distinctParent(node);
      default: return node.parent;
    }
  }

  /** A distinct item sits in its group, or in a bucket of it when the group is long. */
  private distinctParent(node: DistinctNode): KindNode | EntityBucketNode {
    let parent: KindNode | EntityBucketNode = node.group;
    for (const b of pathTo(node.group.items.length, node.index)) parent = this.bucket(parent, node.group.items, b) as EntityBucketNode;
    return parent;
  }

  /** The node of one mention, ancestors included (for reveal). */
  async nodeFor(entityId: number): Promise<MentionNode | undefined> {
    const entity = this.analysis.entities[entityId];
    if (!entity) return undefined;
    const kind = (await this.roots()).find((k) => k.kind === entity.kind);
    if (!kind) return undefined;
    const itemIndex = kind.items.findIndex((d) => d.mentions.includes(entity));
    if (itemIndex < 0) return undefined;
    const distinct = kind.items[itemIndex];
    let mentionParent: DistinctNode | EntityBucketNode = distinct;
    for (const b of pathTo(distinct.mentions.length, distinct.mentions.indexOf(entity))) mentionParent = this.bucket(mentionParent, distinct.mentions, b);
    return this.mention(entity, mentionParent);
  }

  private async build(): Promise<KindNode[]> {
    const groups: Record<EntityKind, Map<string, Entity[]>> = { source: new Map(), person: new Map(), organisation: new Map(), place: new Map(), number: new Map() };
    const mentions: Record<EntityKind, number> = { source: 0, person: 0, organisation: 0, place: 0, number: 0 };
    // A name's role and source id, from whichever mention has them (often only the first,
    // "havminister Ingrid Hasvik Moe", has the role): noted here, in the one pass over them all.
    const about = new Map<string, { role?: string; sourceId?: number }>();
    // Figures that disagree with another, by key: noted here, where every mention is seen
    // once anyway, and not by scanning each group again when its node is made.
    const conflicting = new Set<string>();
    const entities = this.analysis.entities;
    // Grouping a 45 MB article's 1.2 million mentions at once would hold up the extension host for a second.
    const budget = new TurnBudget();
    for (let i = 0; i < entities.length; i++) {
      if (budget.due(i)) {
        await budget.yield();
        if (this.stopped) return [];
      }
      const e = entities[i];
      mentions[e.kind]++;
      const k = distinctKey(e);
      const list = groups[e.kind].get(k);
      if (list) list.push(e);
      else groups[e.kind].set(k, [e]);
      if (e.kind === 'number' && e.meta.conflictsWith?.length) conflicting.add(k);
      else if ((e.kind === 'person' || e.kind === 'organisation') && (e.meta.role || e.meta.sourceId !== undefined)) {
        const at = `${e.kind}:${k}`;
        const seen = about.get(at);
        if (!seen) about.set(at, { role: e.meta.role || undefined, sourceId: e.meta.sourceId });
        else {
          seen.role ??= e.meta.role || undefined;
          seen.sourceId ??= e.meta.sourceId;
        }
      }
    }
    const kinds: KindNode[] = [];
    for (const kind of KINDS) {
      if (budget.spent) {
        await budget.yield();
        if (this.stopped) return [];
      }
      kinds.push(this.kindNode(kind, groups[kind], mentions[kind], conflicting, about));
    }
    return kinds;
  }

  private kindNode(kind: EntityKind, groups: Map<string, Entity[]>, mentions: number, conflicting: ReadonlySet<string>, about: ReadonlyMap<string, { role?: string; sourceId?: number }>): KindNode {
    const node: KindNode = { type: 'kind', id: `k:${kind}`, kind, items: [], mentions };
    const lists = [...groups];
    // Figures read best in the order they appear; names by how often they come up.
    if (kind !== 'number') {
      const label = new Map(lists.map(([k, list]) => [k, distinctLabel(this.analysis, list[0])]));
      lists.sort(([ka, a], [kb, b]) => b.length - a.length || this.collator.compare(label.get(ka)!, label.get(kb)!));
    }
    node.items = lists.map(([key, list], index) => ({
      type: 'distinct',
      id: `d:${kind}:${key}`,
      kind,
      label: distinctLabel(this.analysis, list[0]),
      mentions: list,
      sourceType: list[0].kind === 'source' ? list[0].meta.sourceType : undefined,
      ...about.get(`${kind}:${key}`),
      conflicts: kind === 'number' && conflicting.has(key),
      group: node,
      index,
    }));
    return node;
  }

  private listChildren(parent: KindNode | DistinctNode | EntityBucketNode, list: readonly (DistinctNode | Entity)[], from: number, to: number): EntitiesNode[] {
    const { size, parts } = split(from, to);
    if (size > 1) return parts.map((b) => this.bucket(parent, list, b));
    return list.slice(from, to).map((x) => ('type' in x && x.type === 'distinct' ? x : this.mention(x as Entity, parent as DistinctNode | EntityBucketNode)));
  }

  private bucket(parent: KindNode | DistinctNode | EntityBucketNode, list: readonly (DistinctNode | Entity)[], b: Bucket): EntityBucketNode {
    const id = `${parent.id}/${b.from}-${b.to}`;
    let node = this.nodes.get(id) as EntityBucketNode | undefined;
    // A node of an earlier model (the active editor changed between a node and its children being
    // asked for) lists another analysis's entities: answer from its own list, outside this model's nodes.
    if (node && node.list !== list) return { type: 'bucket', id: `${id}~${this.serial}`, parent, list, from: b.from, to: b.to };
    if (!node) {
      node = { type: 'bucket', id, parent, list, from: b.from, to: b.to };
      this.nodes.set(id, node);
    }
    return node;
  }

  private mention(entity: Entity, parent: DistinctNode | EntityBucketNode): MentionNode {
    const id = `m${this.serial}:${entity.id}`;
    if (this.analysis.entities[entity.id] !== entity) return { type: 'mention', id: `${id}~`, entity, parent };
    let node = this.nodes.get(id) as MentionNode | undefined;
    if (!node) {
      node = { type: 'mention', id, entity, parent };
      this.nodes.set(id, node);
    }
    return node;
  }
}

function distinctKey(e: Entity): string {
  switch (e.kind) {
    case 'source': return String(e.meta.sourceId);
    case 'person':
    case 'organisation': return e.meta.canonical || e.text;
    case 'place': return placeKey(e);
    case 'number': return numberKey(e);
  }
}

function placeKey(e: PlaceEntity): string {
  const m = e.meta;
  return m.geonameId !== undefined ? `g${m.geonameId}:${m.name}` : `${m.name}|${m.countryCode ?? ''}|${m.placeType}`;
}

function numberKey(e: NumberEntity): string {
  const m = e.meta;
  // Dates have no value; their ISO form is what makes two mentions the same.
  return [m.kind, m.value, m.valueEnd, m.unit, m.iso, m.isoEnd, m.counted].map((x) => x ?? '').join('|');
}

function distinctLabel(a: Analysis, e: Entity): string {
  switch (e.kind) {
    case 'source': return a.sources[e.meta.sourceId]?.name ?? e.meta.canonical;
    case 'person':
    case 'organisation': return e.meta.canonical || e.text;
    case 'place': return e.meta.name;
    case 'number': return e.text;
  }
}
