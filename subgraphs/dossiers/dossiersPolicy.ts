import {
  allowResultWhen,
  allowWhen,
  anyInScope,
  both,
  inAgencyScope,
  officials,
  parentAgency,
  SHARED_POLICY,
  SIGNED_IN,
  type FieldPolicy,
} from '../common/auth/fieldPolicy.js';
import type { RequestAccess } from '../common/auth/RequestAccess.js';
import type { DossierRecord } from './adapter/dossierRecords.js';
import type { Citizen } from './schema/Citizen.js';
import { ApplicantKind } from './schema/enums.js';

/** Whether the caller is the citizen who applied for the dossier (any identity level). */
function isOwnDossier(access: RequestAccess, dossier: DossierRecord): boolean {
  const { principal } = access;
  return principal.kind === 'citizen' && dossier.applicantKind === ApplicantKind.CITIZEN && dossier.applicantIdNumber === principal.subject;
}

/** A dossier is for officials whose scope holds the receiving agency, and for the citizen who applied. */
export async function canSeeDossier(access: RequestAccess, dossier: DossierRecord): Promise<boolean> {
  return isOwnDossier(access, dossier) || anyInScope(access, [dossier.agencyCode]);
}

const OWN_OR_SCOPE = 'officials whose scope holds the receiving agency, and the citizen who applied';
const NOT_YOURS = 'the dossier is neither your own nor of an agency in your scope';

/**
 * Who may read what in the dossiers subgraph (fieldPolicy.ts). Officials read dossiers and
 * figures within their agency scope; a citizen reads their own dossiers (any identity level), with
 * their personal fields in clear only at level 2 (personalData.ts). The procedure catalogue is for
 * officials and citizens; partner systems read nothing here.
 */
export const dossiersPolicy: FieldPolicy = {
  ...SHARED_POLICY,
  'Agency.dossiers': inAgencyScope('the agency', parentAgency),
  'Agency.dossierSummary': inAgencyScope('the agency', parentAgency),
  'Query.dossiers': inAgencyScope('`agencyCode`', ({ args }) => args['agencyCode'] as string),
  'Query.dossier': both(SIGNED_IN, allowResultWhen(OWN_OR_SCOPE, NOT_YOURS, (dossier, { access }) => canSeeDossier(access, dossier as DossierRecord))),
  'Query.procedure': SIGNED_IN,
  'Procedure.*': SIGNED_IN,
  // Checked field by field: however a dossier is reached, only its own people read it.
  'Dossier.*': allowWhen(OWN_OR_SCOPE, NOT_YOURS, ({ access, parent }) => canSeeDossier(access, parent as DossierRecord)),
  'Applicant.*': SIGNED_IN,
  'DossierConnection.*': SIGNED_IN,
  'DossierSummary.*': officials(),
  'Citizen.id': allowWhen('the citizen themself, and officials', 'a citizen\'s record is for that citizen and officials', ({ access, parent }) => {
    const { principal } = access;
    return principal.kind === 'official' || (principal.kind === 'citizen' && principal.subject === (parent as Citizen).id);
  }),
  'Citizen.dossiers': allowWhen(
    'the citizen themself, and officials entitled to the citizen\'s personal data (then within their scope)',
    'a citizen\'s dossiers are for that citizen, and for officials with the personal-data scope, identity level 2 and a declared purpose',
    ({ access, parent }) => {
      const { principal } = access;
      const personalId = (parent as Citizen).id;
      if (principal.kind === 'citizen') return principal.subject === personalId;
      return principal.kind === 'official' && access.personalData.groundFor(personalId) === 'purpose';
    },
  ),
};
