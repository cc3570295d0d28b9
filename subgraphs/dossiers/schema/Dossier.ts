import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/schema/scalars.js';
import { ApplicantKind, DossierChannel, DossierStatus } from './enums.js';

@Directive('@key(fields: "code")')
@ObjectType({
  description:
    'Hồ sơ thủ tục hành chính — an application for an administrative procedure at a one-stop shop. A citizen applicant\'s name and personal id are personal data: see `applicant`.',
})
export class Dossier {
  @Field(() => ID, { description: 'Mã hồ sơ — `<agency code>-YYMMDD-XXXX`: the receiving agency, the reception date and a daily sequence.' })
  code!: string;

  @Field(() => DossierStatus, { description: 'The status as of now.' })
  status!: DossierStatus;

  @Field(() => DossierChannel)
  channel!: DossierChannel;

  @Field(() => ApplicantKind)
  applicantKind!: ApplicantKind;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Ngày nộp — when the applicant registered it (before reception for online dossiers).' })
  submittedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Ngày tiếp nhận; null for dossiers never received (NEWLY_REGISTERED, NOT_RECEIVED).' })
  receivedAt!: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Ngày hẹn trả — the appointment date in force; a supplement request moves it once the supplement is received.',
  })
  appointmentAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Ngày yêu cầu bổ sung.' })
  supplementRequestedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Ngày nhận bổ sung.' })
  supplementReceivedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Ngày kết thúc xử lý — when handling ended: resolved, withdrawn, stopped or refused (see `status`); null while open.',
  })
  finishedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Ngày trả kết quả.' })
  returnedAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether the applicant signed in with VNeID.' })
  authenticatedWithVNeID!: boolean;

  @Field(() => Boolean, { description: 'Whether fees were paid online.' })
  feesPaidOnline!: boolean;
}
