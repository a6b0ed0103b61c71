// The shape of the Claims tree for one analysis: claims grouped by source
// (most claims first) or in document order, long lists cut into buckets.
// Nodes are made on demand and cached, so a node handed to VS Code is the
// same object getParent and reveal later see.
import type { Analysis, Claim, SourceType } from '../../core';
import { TurnBudget } from '../analysis/steps';
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
  private groups: Promise<SourceGroupNode[]> | undefined;
  private readonly groupOf = new Map<number, { group: SourceGroupNode; index: number }>();
  private readonly claimNodes = new Map<number, ClaimNode>();
  private readonly buckets = new Map<string, ClaimBucketNode>();
  private stopped = false;

  constructor(
    readonly analysis: Analysis,
    readonly groupBy: GroupBy,
    private readonly collator: Intl.Collator,
  ) {}

  async roots(): Promise<ClaimsNode[]> {
    if (this.groupBy === 'order') return this.listChildren(undefined, this.analysis.claims, 0, this.analysis.claims.length);
    return this.sourceGroups();
  }

  /** Stops grouping under way: the model was dropped for a newer analysis or grouping. */
  stop(): void {
    this.stopped = true;
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
  async nodeFor(claimId: number): Promise<ClaimNode | undefined> {
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
      await this.sourceGroups();
      const at = this.groupOf.get(claimId);
      if (!at) return undefined;
      ({ group: parent, index } = at);
      list = parent.claims;
    }
    for (const b of pathTo(list.length, index)) parent = this.bucket(parent, list, b);
    return this.claimNode(claim, parent);
  }

  private sourceGroups(): Promise<SourceGroupNode[]> {
    this.groups ??= this.groupBySource();
    return this.groups;
  }

  private async groupBySource(): Promise<SourceGroupNode[]> {
    const byName = new Map<string, { group: SourceGroupNode; list: Claim[] }>();
    const claims = this.analysis.claims;
    // Grouping 300,000 claims in one go holds up the extension host for 100–250 ms.
    const budget = new TurnBudget();
    for (let i = 0; i < claims.length; i++) {
      if ((i & 1023) === 1023 && budget.spent) {
        await budget.yield();
        if (this.stopped) return [];
      }
      const c = claims[i];
      let at = byName.get(c.source);
      if (!at) {
        const record = this.analysis.sources[c.sourceIds[0]];
        const list: Claim[] = [];
        at = { group: { type: 'source', id: `g:${c.source}`, name: c.source, sourceType: record?.sourceType, role: record?.role, claims: list }, list };
        byName.set(c.source, at);
      }
      this.groupOf.set(c.id, { group: at.group, index: at.list.length });
      at.list.push(c);
    }
    const groups = [...byName.values()].map((g) => g.group);
    return groups.sort((a, b) => b.claims.length - a.claims.length || this.collator.compare(a.name, b.name));
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
