import { AgencyTree } from '../../subgraphs/common/auth/agencyScope.js';
import type { AgencyTreeSource } from '../../subgraphs/common/auth/RequestAccess.js';
import { hanoiAgencies } from '../../subgraphs/common/simulator/hanoiAgencies.js';

const tree = new AgencyTree(hanoiAgencies.map((agency) => ({ code: agency.code, parentCode: agency.parentCode, successorCodes: agency.successors })));

/**
 * The agency tree for a test that starts one subgraph without the identity directory: the
 * simulators' tree, which the directory serves. Subgraphs themselves read it from the directory.
 */
export const testAgencyTree: AgencyTreeSource = { tree: async () => tree };
