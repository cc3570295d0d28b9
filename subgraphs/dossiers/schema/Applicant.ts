import { Field, ObjectType } from 'type-graphql';
import { ApplicantKind } from './enums.js';

/**
 * Chủ hồ sơ — who applied. A citizen's name and personal id are personal data, masked unless
 * released (see Citizen); an organisation's name and enterprise code are public business-registry
 * data and always shown. Resolved by ApplicantResolver from the dossier record.
 */
@ObjectType({
  description:
    'Chủ hồ sơ — the applicant. A citizen applicant\'s name and personal id are masked (`Nguyễn V** A**`, `001******345`) unless the caller is that citizen at identity level 2, or an official with the `personal-data` scope at identity level 2 who declared a purpose; an organisation\'s are shown.',
})
export class Applicant {
  @Field(() => ApplicantKind)
  kind!: ApplicantKind;
}
