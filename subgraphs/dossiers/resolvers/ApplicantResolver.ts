import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { maskName, maskPersonalId } from '../../common/auth/personalData.js';
import type { DossierRecord } from '../adapter/dossierRecords.js';
import type { DossiersContext } from '../DossiersContext.js';
import { Applicant } from '../schema/Applicant.js';
import { Citizen, citizenRef } from '../schema/Citizen.js';
import { ApplicantKind } from '../schema/enums.js';

/** What Dossier.applicant resolves to: the dossier's record, seen as its applicant. */
export type ApplicantSource = Pick<DossierRecord, 'applicantKind' | 'applicantName' | 'applicantIdNumber'> & { readonly kind: ApplicantKind };

export function applicantOf(dossier: DossierRecord): ApplicantSource {
  return { kind: dossier.applicantKind, applicantKind: dossier.applicantKind, applicantName: dossier.applicantName, applicantIdNumber: dossier.applicantIdNumber };
}

const isCitizen = (applicant: ApplicantSource): boolean => applicant.applicantKind === ApplicantKind.CITIZEN;

@Resolver(() => Applicant)
export class ApplicantResolver {
  @FieldResolver(() => String, { description: 'Tên — the citizen\'s name (masked unless released) or the organisation\'s.' })
  name(@Root() applicant: ApplicantSource, @Ctx() ctx: DossiersContext): string {
    if (!isCitizen(applicant)) return applicant.applicantName;
    return ctx.access.personalData.reveal('Applicant.name', applicant.applicantIdNumber, applicant.applicantName, maskName(applicant.applicantName));
  }

  @FieldResolver(() => String, {
    description: 'Số giấy tờ — the citizen\'s 12-digit personal id (masked `001******345` unless released) or the organisation\'s enterprise code.',
  })
  idNumber(@Root() applicant: ApplicantSource, @Ctx() ctx: DossiersContext): string {
    if (!isCitizen(applicant)) return applicant.applicantIdNumber;
    return ctx.access.personalData.reveal('Applicant.idNumber', applicant.applicantIdNumber, applicant.applicantIdNumber, maskPersonalId(applicant.applicantIdNumber));
  }

  @FieldResolver(() => Citizen, {
    nullable: true,
    description: 'The citizen in the population registry (masked as there); null for an organisation.',
  })
  citizen(@Root() applicant: ApplicantSource): Citizen | null {
    return isCitizen(applicant) ? citizenRef(applicant.applicantIdNumber) : null;
  }
}
