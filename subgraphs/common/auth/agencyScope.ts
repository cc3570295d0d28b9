import type { Principal } from './Principal.js';

/**
 * Which agencies an official may see the figures and records of (ARCHITECTURE.md §4, agency
 * scope; issue part 4):
 *
 * - their own agency and every unit under it, at any time (a former district's communes count
 *   under it, as summaries roll up: DOMAIN.md, Summaries);
 * - the city level sees everything: an official whose agency is the top of the tree (the city
 *   people's committee, `000.00.00.H26`, leaders and staff alike);
 * - history follows successors: an official of an agency also sees every abolished unit that
 *   names it (or, transitively, one of its predecessors) as a successor. A ward made of parts of
 *   two former communes sees both, and the former district it came from. A predecessor joins the
 *   scope alone, not with the units under it: a former district's other communes went to other
 *   wards, whose officials see them;
 * - citizens, partner systems and anonymous callers have no agency scope (what they may read is
 *   decided per field, not by agency).
 *
 * Roles do not widen a scope: an auditor of the city inspectorate sees the inspectorate's own
 * figures; reading other agencies' data goes through the inspectorate's leaders or the access log.
 */

/** What the scope needs to know of an agency, from the directory. */
export interface AgencyNode {
  readonly code: string;
  /** `null` for the top of the tree (the city). */
  readonly parentCode: string | null;
  /** Agencies that took over this one when it was merged or abolished. */
  readonly successorCodes: readonly string[];
}

/** The directory's agency tree, indexed for scope checks. */
export class AgencyTree {
  private readonly nodes: ReadonlyMap<string, AgencyNode>;
  private readonly children = new Map<string, string[]>();
  private readonly predecessors = new Map<string, string[]>();

  constructor(nodes: readonly AgencyNode[]) {
    this.nodes = new Map(nodes.map((node) => [node.code, node]));
    for (const node of nodes) {
      if (node.parentCode !== null) push(this.children, node.parentCode, node.code);
      for (const successor of node.successorCodes) push(this.predecessors, successor, node.code);
    }
  }

  get size(): number {
    return this.nodes.size;
  }

  has(code: string): boolean {
    return this.nodes.has(code);
  }

  /** Whether the agency is a top of the tree (has no parent): the city. */
  isTop(code: string): boolean {
    return this.nodes.get(code)?.parentCode === null;
  }

  childrenOf(code: string): readonly string[] {
    return this.children.get(code) ?? [];
  }

  /** Agencies that name `code` as a successor. */
  predecessorsOf(code: string): readonly string[] {
    return this.predecessors.get(code) ?? [];
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The agencies a principal may see. */
export interface AgencyScope {
  /** True for the city level: every agency, including ones the directory does not list yet. */
  readonly all: boolean;
  /** The agencies in scope when not `all`. */
  readonly codes: ReadonlySet<string>;
  includes(code: string): boolean;
}

const NOTHING: AgencyScope = Object.freeze({ all: false, codes: new Set<string>(), includes: () => false });
const EVERYTHING: AgencyScope = Object.freeze({ all: true, codes: new Set<string>(), includes: () => true });

/** The scope of an official's agency (see the module comment for the rules). */
export function scopeOfAgency(tree: AgencyTree, agency: string): AgencyScope {
  if (!tree.has(agency)) return NOTHING;
  if (tree.isTop(agency)) return EVERYTHING;
  const codes = new Set<string>();
  // The agency and everything under it, at any time.
  const below = [agency];
  while (below.length > 0) {
    const code = below.pop() as string;
    if (codes.has(code)) continue;
    codes.add(code);
    below.push(...tree.childrenOf(code));
  }
  // Every predecessor of anything in scope, transitively, each without the units under it.
  const history = [...codes];
  while (history.length > 0) {
    for (const predecessor of tree.predecessorsOf(history.pop() as string)) {
      if (codes.has(predecessor)) continue;
      codes.add(predecessor);
      history.push(predecessor);
    }
  }
  return Object.freeze({ all: false, codes, includes: (code: string) => codes.has(code) });
}

/** The agency scope of a principal: officials by their agency, everyone else none. */
export function agencyScopeOf(principal: Principal, tree: AgencyTree): AgencyScope {
  if (principal.kind !== 'official' || principal.agency === undefined) return NOTHING;
  return scopeOfAgency(tree, principal.agency);
}
