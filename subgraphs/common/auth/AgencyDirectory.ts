import { z } from 'zod';
import type { LegacyClient } from '../http/LegacyClient.js';
import { splitLegacyList } from '../legacy/legacyFormat.js';
import { readAll } from '../legacy/readRecords.js';
import { AgencyTree, type AgencyNode } from './agencyScope.js';

/**
 * The agency tree every subgraph checks agency scopes against, read from the identity and
 * directory system (its legacy `GET /api/v1/donvi`, every agency at any time), never from
 * simulator code: in production the directory is the real one.
 *
 * The tree changes a few times a year (a reform, a new unit), so one process keeps it for
 * `ttlMs` and refreshes it on the first request after that. A failed refresh keeps serving the
 * tree it has; only a process that never read the tree fails, and then every scoped field is
 * refused (deny by default) with the directory's `UPSTREAM_*` error.
 */

export interface AgencyDirectoryOptions {
  /** A client of the identity and directory system. */
  readonly client: LegacyClient;
  /** How long a tree read is used before the next request refreshes it. Default 600000 ms (10 minutes). */
  readonly ttlMs?: number;
  /** Clock in epoch ms, injectable for tests. Default `Date.now`. */
  readonly now?: () => number;
}

/** Largest page the directory serves. */
const PAGE_SIZE = 500;

const agencyNodeSchema = z.object({
  MaDinhDanh: z.string().min(1),
  MaDonViCha: z.string(),
  DonViKeThua: z.string(),
});

function mapNode(record: z.infer<typeof agencyNodeSchema>): AgencyNode {
  const parent = record.MaDonViCha.trim();
  return { code: record.MaDinhDanh.trim(), parentCode: parent === '' ? null : parent, successorCodes: splitLegacyList(record.DonViKeThua) };
}

export class AgencyDirectory {
  private readonly client: LegacyClient;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private current: { tree: AgencyTree; readAt: number } | undefined;
  private refreshing: Promise<AgencyTree> | undefined;

  constructor(options: AgencyDirectoryOptions) {
    this.client = options.client;
    this.ttlMs = options.ttlMs ?? 600_000;
    this.now = options.now ?? Date.now;
  }

  /** The tree, fresh within `ttlMs`; concurrent callers share one read. */
  async tree(deadline: number): Promise<AgencyTree> {
    const current = this.current;
    if (current !== undefined && this.now() - current.readAt < this.ttlMs) return current.tree;
    this.refreshing ??= this.read(deadline).finally(() => {
      this.refreshing = undefined;
    });
    try {
      return await this.refreshing;
    } catch (error) {
      if (current !== undefined) return current.tree;
      throw error;
    }
  }

  private async read(deadline: number): Promise<AgencyTree> {
    const nodes: AgencyNode[] = [];
    for (let page = 1; ; page++) {
      const envelope = await this.client.get('/api/v1/donvi', { trang: page, soBanGhi: PAGE_SIZE }, { deadline });
      const items = readAll(this.client.system, agencyNodeSchema, mapNode, envelope.data);
      nodes.push(...items);
      if (items.length < PAGE_SIZE || (envelope.total !== null && nodes.length >= envelope.total)) break;
    }
    const tree = new AgencyTree(nodes);
    this.current = { tree, readAt: this.now() };
    return tree;
  }
}
