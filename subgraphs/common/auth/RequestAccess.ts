import type { Purpose } from '../../../schema/purposes.js';
import type { RequestInfo } from '../server/requestInfo.js';
import { agencyScopeOf, type AgencyScope, type AgencyTree } from './agencyScope.js';
import { PersonalDataGuard } from './personalData.js';
import type { Principal } from './Principal.js';

/** Where a subgraph gets the agency tree from: the directory (AgencyDirectory) or, in tests, a fixed tree. */
export interface AgencyTreeSource {
  tree(deadline: number): Promise<AgencyTree>;
}

/**
 * What one request may see: who asks and why, their agency scope (read once, when first needed)
 * and the personal-data decisions with the releases made so far. Every subgraph context carries
 * one as `access`; the field policy and the resolvers read it.
 */
export interface RequestAccess {
  readonly principal: Principal;
  readonly purpose?: Purpose;
  readonly personalData: PersonalDataGuard;
  /** The principal's agency scope; the tree is read only for officials, at most once per request. */
  agencyScope(): Promise<AgencyScope>;
}

const NO_SCOPE: Promise<AgencyScope> = Promise.resolve(Object.freeze({ all: false, codes: new Set<string>(), includes: () => false }));

export function createRequestAccess(request: RequestInfo, agencies: AgencyTreeSource): RequestAccess {
  const { principal, purpose } = request;
  let scope: Promise<AgencyScope> | undefined;
  return {
    principal,
    ...(purpose === undefined ? {} : { purpose }),
    personalData: new PersonalDataGuard(principal, purpose),
    agencyScope() {
      if (principal.kind !== 'official') return NO_SCOPE;
      scope ??= agencies.tree(request.deadline).then((tree) => agencyScopeOf(principal, tree));
      return scope;
    },
  };
}
