// The shape of the Claims tree for one analysis: claims grouped by source
// (most claims first, claims whose source the text never names in a group
// of their own at the end), in document order or by check-worthiness, long
// lists cut into buckets; only the claims the verdict filter lets through, and
// the reviews whose claims are gone in a group of their own at the end.
// Nodes are made on demand and cached, so a node handed to VS Code is the
// same object getParent and reveal later see.
import type { AnchoredReview, Analysis, Claim, SourceType } from '../../core';
import { TurnBudget } from '../analysis/turns';
import { Bucket, pathTo, split } from './buckets';

export type GroupBy = 'source' | 'order' | 'worthiness';

/** Which claims the tree shows, and in what order when not grouped by source. */
export interface ClaimsSelection {
  /** The claims to show, in the order to list them; all of the analysis's in document order when undefined. */
  readonly claims?: readonly Claim[];
  /** Reviews whose claim is gone. */
  readonly detached?: readonly AnchoredReview[];
}

export interface SourceGroupNode {
  readonly type: 'source';
  readonly id: string;
  /** The source's name; empty for the group of claims whose text never says who. */
  readonly name: string;
  /** The claims of no named source: the view labels the group "Unknown source". */
  readonly unknown: boolean;
  readonly sourceType?: SourceType;
  readonly role?: string;
  readonly claims: readonly Claim[];
  /** Its place among the groups, most claims first. */
  index: number;
}

/** Groups 1–1000, 1001–2000 …: an archive of many articles can have tens of thousands of sources. */
export interface SourceBucketNode extends Bucket {
  readonly type: 'sources';
  readonly id: string;
  readonly parent: SourceBucketNode | undefined;
  readonly groups: readonly SourceGroupNode[];
}

export interface ClaimBucketNode extends Bucket {
  readonly type: 'bucket';
  readonly id: string;
  readonly parent: SourceGroupNode | ClaimBucketNode | undefined;
  readonly list: readonly Claim[];
}

export interface ClaimNode {
  readonly type: 'claim';
  readonly id: string;
  readonly claim: Claim;
  readonly parent: SourceGroupNode | ClaimBucketNode | undefined;
}

/** "Detached reviews": reviews whose claim the text no longer has, kept until the user deletes or re-attaches them. */
export interface DetachedGroupNode {
  readonly type: 'detached';
  readonly id: string;
  readonly reviews: readonly AnchoredReview[];
}

export interface DetachedReviewNode {
  readonly type: 'review';
  readonly id: string;
  readonly anchored: AnchoredReview;
  readonly parent: DetachedGroupNode;
}

export type ClaimsNode = SourceBucketNode | SourceGroupNode | ClaimBucketNode | ClaimNode | DetachedGroupNode | DetachedReviewNode;
type ListParent = SourceGroupNode | ClaimBucketNode | undefined;

let modelSerial = 0;

export class ClaimsModel {
  private groups: Promise<SourceGroupNode[]> | undefined;
  /**
   * Where each claim sits when grouped by source: its group (in the order the groups were
   * met) and its place in the group, by claim id. Numbers, not an object per claim: a
   * 45 MB article has 300,000 claims.
   */
  private placeOf: { groups: SourceGroupNode[]; sorted: SourceGroupNode[]; group: Int32Array; index: Int32Array } | undefined;
  private readonly claimNodes = new Map<number, ClaimNode>();
  /** Claim ids restart at 0 in every analysis. VS Code keeps a tree item it has drawn under the same
   *  id, so another article's claim 3 would show with this one's label: each model has ids of its own. */
  private readonly serial = ++modelSerial;
  private readonly buckets = new Map<string, ClaimBucketNode>();
  private readonly sourceBuckets = new Map<string, SourceBucketNode>();
  private stopped = false;
  /** The claims shown, in list order. */
  readonly claims: readonly Claim[];
  private readonly detachedNode: DetachedGroupNode | undefined;
  /** Where each shown claim sits in `claims`, by claim id, when that is not its id. */
  private listIndex: Int32Array | undefined;

  constructor(
    readonly analysis: Analysis,
    readonly groupBy: GroupBy,
    private readonly collator: Intl.Collator,
    selection: ClaimsSelection = {},
  ) {
    this.claims = selection.claims ?? analysis.claims;
    const detached = selection.detached ?? [];
    this.detachedNode = detached.length ? { type: 'detached', id: `d${this.serial}`, reviews: detached } : undefined;
  }

  async roots(): Promise<ClaimsNode[]> {
    let roots: ClaimsNode[];
    if (this.groupBy === 'source') {
      const groups = await this.sourceGroups();
      roots = this.groupChildren(undefined, groups, 0, groups.length);
    } else roots = this.listChildren(undefined, this.claims, 0, this.claims.length);
    return this.detachedNode ? [...roots, this.detachedNode] : roots;
  }

  /** Stops grouping under way: the model was dropped for a newer analysis or grouping. */
  stop(): void {
    this.stopped = true;
  }

  children(node: ClaimsNode): ClaimsNode[] {
    switch (node.type) {
      case 'sources': return this.groupChildren(node, node.groups, node.from, node.to);
      case 'source': return this.listChildren(node, node.claims, 0, node.claims.length);
      case 'bucket': return this.listChildren(node, node.list, node.from, node.to);
      case 'claim': return [];
      case 'detached': return node.reviews.map((anchored, i) => ({ type: 'review', id: `${node.id}/${i}`, anchored, parent: node }));
      case 'review': return [];
    }
  }

  parent(node: ClaimsNode): ClaimsNode | undefined {
    if (node.type === 'detached') return undefined;
    if (node.type !== 'source') return node.parent;
    const groups = this.placeOf?.sorted;
    return groups ? this.groupParent(groups, node) : undefined;
  }

  /** The node of a claim, with its ancestors made too (for reveal). */
  async nodeFor(claimId: number): Promise<ClaimNode | undefined> {
    const claim = this.analysis.claims[claimId];
    if (!claim || claim.id !== claimId) return undefined;
    let list: readonly Claim[];
    let parent: ListParent;
    let index: number;
    if (this.groupBy !== 'source') {
      list = this.claims;
      parent = undefined;
      index = this.indexInList(claimId);
      if (index < 0) return undefined;
    } else {
      await this.sourceGroups();
      const at = this.placeOf;
      if (!at || at.group[claimId] < 0) return undefined;
      parent = at.groups[at.group[claimId]];
      index = at.index[claimId];
      list = parent.claims;
    }
    for (const b of pathTo(list.length, index)) parent = this.bucket(parent, list, b);
    return this.claimNode(claim, parent);
  }

  /** Where claim `claimId` is in the list shown, or -1 when the filter leaves it out. */
  private indexInList(claimId: number): number {
    if (this.claims === this.analysis.claims) return claimId;
    if (!this.listIndex) {
      this.listIndex = new Int32Array(this.analysis.claims.length).fill(-1);
      for (let i = 0; i < this.claims.length; i++) this.listIndex[this.claims[i].id] = i;
    }
    return this.listIndex[claimId] ?? -1;
  }

  private sourceGroups(): Promise<SourceGroupNode[]> {
    this.groups ??= this.groupBySource();
    return this.groups;
  }

  private async groupBySource(): Promise<SourceGroupNode[]> {
    const byName = new Map<string, { group: SourceGroupNode; list: Claim[]; n: number }>();
    const claims = this.claims;
    const ids = this.analysis.claims.length;
    const place = { groups: [] as SourceGroupNode[], sorted: [] as SourceGroupNode[], group: new Int32Array(ids).fill(-1), index: new Int32Array(ids) };
    // Grouping 300,000 claims in one go holds up the extension host for 100–250 ms.
    const budget = new TurnBudget();
    for (let i = 0; i < claims.length; i++) {
      if (budget.due(i)) {
        await budget.yield();
        if (this.stopped) return [];
      }
      const c = claims[i];
      let at = byName.get(c.source);
      if (!at) {
        const record = this.analysis.sources[c.sourceIds[0]];
        const list: Claim[] = [];
        // No source name can be empty, so the id of the unknown source's group cannot clash with one.
        at = { group: { type: 'source', id: `g:${c.source}`, name: c.source, unknown: !c.source, sourceType: record?.sourceType, role: record?.role, claims: list, index: -1 }, list, n: place.groups.length };
        byName.set(c.source, at);
        place.groups.push(at.group);
      }
      place.group[c.id] = at.n;
      place.index[c.id] = at.list.length;
      at.list.push(c);
    }
    // The unknown source is no source to rank: its group comes last, whatever its size.
    const sorted = [...place.groups].sort((a, b) => Number(a.unknown) - Number(b.unknown) || b.claims.length - a.claims.length || this.collator.compare(a.name, b.name));
    sorted.forEach((g, i) => (g.index = i));
    place.sorted = sorted;
    this.placeOf = place;
    return sorted;
  }

  private groupChildren(parent: SourceBucketNode | undefined, groups: readonly SourceGroupNode[], from: number, to: number): ClaimsNode[] {
    const { size, parts } = split(from, to);
    if (size === 1) return groups.slice(from, to);
    return parts.map((b) => this.sourceBucket(parent, groups, b));
  }

  /** The bucket a group sits in at the root, if the groups are many enough for buckets. */
  private groupParent(groups: readonly SourceGroupNode[], group: SourceGroupNode): SourceBucketNode | undefined {
    let parent: SourceBucketNode | undefined;
    for (const b of pathTo(groups.length, group.index)) parent = this.sourceBucket(parent, groups, b);
    return parent;
  }

  private sourceBucket(parent: SourceBucketNode | undefined, groups: readonly SourceGroupNode[], b: Bucket): SourceBucketNode {
    const id = `s/${b.from}-${b.to}`;
    let node = this.sourceBuckets.get(id);
    if (!node) {
      node = { type: 'sources', id, parent, groups, from: b.from, to: b.to };
      this.sourceBuckets.set(id, node);
    }
    return node;
  }

  private listChildren(parent: ListParent, list: readonly Claim[], from: number, to: number): ClaimsNode[] {
    const { size, parts } = split(from, to);
    if (size === 1) return list.slice(from, to).map((c) => this.claimNode(c, parent));
    return parts.map((b) => this.bucket(parent, list, b));
  }

  private bucket(parent: ListParent, list: readonly Claim[], b: Bucket): ClaimBucketNode {
    const id = `${parent?.id ?? 'all'}/${b.from}-${b.to}`;
    let node = this.buckets.get(id);
    if (!node) {
      node = { type: 'bucket', id, parent, list, from: b.from, to: b.to };
      this.buckets.set(id, node);
    }
    return node;
  }

  private claimNode(claim: Claim, parent: ListParent): ClaimNode {
    // A group of an earlier model (the active editor changed between a group and its children being
    // asked for) holds another analysis's claims under the same ids: answer with its own claims, and
    // keep them out of this model's nodes. The view is refreshed for the new model right after.
    if (this.analysis.claims[claim.id] !== claim) return { type: 'claim', id: `c${this.serial}~${claim.id}`, claim, parent };
    let node = this.claimNodes.get(claim.id);
    if (!node) {
      node = { type: 'claim', id: `c${this.serial}:${claim.id}`, claim, parent };
      this.claimNodes.set(claim.id, node);
    }
    return node;
  }
}
