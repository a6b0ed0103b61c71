// The shape of the Claims tree for one analysis: claims grouped by source
// (most claims first) or in document order, long lists cut into buckets.
// Nodes are made on demand and cached, so a node handed to VS Code is the
// same object getParent and reveal later see.
import type { Analysis, Claim, SourceType } from '../../core';
import { Bucket, pathTo, split } from './buckets';

export type GroupBy = 'source' | 'order';

export interface SourceGroupNode {
  readonly type: 'source';
  readonly id: string;
  readonly name: string;
  readonly sourceType?: SourceType;
  readonly role?: string;
  readonly claims: readonly Claim[];
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

export type ClaimsNode = SourceGroupNode | ClaimBucketNode | ClaimNode;
type ListParent = SourceGroupNode | ClaimBucketNode | undefined;

export class ClaimsModel {
  private groups: SourceGroupNode[] | undefined;
  private groupOf = new Map<number, { group: SourceGroupNode; index: number }>();
  private readonly claimNodes = new Map<number, ClaimNode>();
  private readonly buckets = new Map<string, ClaimBucketNode>();

  constructor(
    readonly analysis: Analysis,
    readonly groupBy: GroupBy,
    private readonly collator: Intl.Collator,
  ) {}

  roots(): ClaimsNode[] {
    if (this.groupBy === 'order') return this.listChildren(undefined, this.analysis.claims, 0, this.analysis.claims.length);
    return this.sourceGroups();
  }

  children(node: ClaimsNode): ClaimsNode[] {
    switch (node.type) {
      case 'source': return this.listChildren(node, node.claims, 0, node.claims.length);
      case 'bucket': return this.listChildren(node, node.list, node.from, node.to);
      case 'claim': return [];
    }
  }

  parent(node: ClaimsNode): ClaimsNode | undefined {
    return node.type === 'source' ? undefined : node.parent;
  }

  /** The node of a claim, with its ancestors made too (for reveal). */
  nodeFor(claimId: number): ClaimNode | undefined {
    const claim = this.analysis.claims[claimId];
    if (!claim || claim.id !== claimId) return undefined;
    let list: readonly Claim[];
    let parent: ListParent;
    let index: number;
    if (this.groupBy === 'order') {
      list = this.analysis.claims;
      parent = undefined;
      index = claimId;
    } else {
      this.sourceGroups();
      const at = this.groupOf.get(claimId);
      if (!at) return undefined;
      ({ group: parent, index } = at);
      list = parent.claims;
    }
    for (const b of pathTo(list.length, index)) parent = this.bucket(parent, list, b);
    return this.claimNode(claim, parent);
  }

  private sourceGroups(): SourceGroupNode[] {
    if (this.groups) return this.groups;
    const byName = new Map<string, Claim[]>();
    for (const c of this.analysis.claims) {
      const list = byName.get(c.source);
      if (list) list.push(c);
      else byName.set(c.source, [c]);
    }
    const groups = [...byName].map(([name, claims]): SourceGroupNode => {
      const record = this.analysis.sources[claims[0].sourceIds[0]];
      return { type: 'source', id: `g:${name}`, name, sourceType: record?.sourceType, role: record?.role, claims };
    });
    groups.sort((a, b) => b.claims.length - a.claims.length || this.collator.compare(a.name, b.name));
    for (const g of groups) g.claims.forEach((c, index) => this.groupOf.set(c.id, { group: g, index }));
    this.groups = groups;
    return groups;
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
    let node = this.claimNodes.get(claim.id);
    if (!node) {
      node = { type: 'claim', id: `c:${claim.id}`, claim, parent };
      this.claimNodes.set(claim.id, node);
    }
    return node;
  }
}
