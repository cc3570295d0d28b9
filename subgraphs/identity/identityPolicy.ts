import { allowWhen, officials, PUBLIC, SHARED_POLICY, SIGNED_IN, type FieldPolicy } from '../common/auth/fieldPolicy.js';
import type { CitizenRecord } from './adapter/directoryRecords.js';

/**
 * Who may read what in the identity subgraph (fieldPolicy.ts). The agency directory is public;
 * officials' accounts are for officials; a citizen's record is for the citizen and officials,
 * its personal fields masked by the personal-data rule whoever reads them.
 */
const CITIZEN_OR_OFFICIAL = allowWhen('the citizen themself, and officials', 'a citizen\'s record is for that citizen and officials', ({ access, parent }) => {
  const { principal } = access;
  return principal.kind === 'official' || (principal.kind === 'citizen' && principal.subject === (parent as CitizenRecord).personalId);
});

export const identityPolicy: FieldPolicy = {
  ...SHARED_POLICY,
  'Query.agency': PUBLIC,
  'Query.agencies': PUBLIC,
  'Query.official': officials(),
  'Query.me': SIGNED_IN,
  'Query.citizen': officials({ scopes: ['personal-data'] }),
  'Agency.name': PUBLIC,
  'Agency.shortName': PUBLIC,
  'Agency.level': PUBLIC,
  'Agency.validFrom': PUBLIC,
  'Agency.validTo': PUBLIC,
  'Agency.parent': PUBLIC,
  'Agency.children': PUBLIC,
  'Agency.successors': PUBLIC,
  'Agency.predecessors': PUBLIC,
  'Agency.officials': officials(),
  'AgencyConnection.*': PUBLIC,
  'OfficialConnection.*': officials(),
  // Officials read the directory's accounts; an official's `me` is their own account.
  'Official.*': officials(),
  'Citizen.*': CITIZEN_OR_OFFICIAL,
  // The auditor's lookup in the access log (the resolver checks the same again).
  'Query.personalDataReads': officials({ roles: ['AUDITOR'], scopes: ['audit-log'] }),
  'PersonalDataRead.*': officials({ roles: ['AUDITOR'], scopes: ['audit-log'] }),
  'PersonalDataReader.*': officials({ roles: ['AUDITOR'], scopes: ['audit-log'] }),
};
