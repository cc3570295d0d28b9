import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/schema/scalars.js';
import { FeedbackCategory, FeedbackChannel, FeedbackSeverity, FeedbackStatus, Satisfaction } from './enums.js';

@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'Phản ánh, kiến nghị — a citizen\'s published feedback, anonymised. Unpublished feedback never appears, and nothing about the sender does: there is no sender field, and the content is scrubbed.',
})
export class Feedback {
  @Field(() => ID, { description: 'Mã phản ánh, e.g. "PAKN00012345".' })
  id!: string;

  @Field(() => FeedbackChannel)
  channel!: FeedbackChannel;

  @Field(() => FeedbackCategory)
  category!: FeedbackCategory;

  @Field(() => String, { description: 'Tên lĩnh vực — the category as the source system names it.' })
  categoryName!: string;

  @Field(() => String, {
    description:
      'Nội dung — what the citizen wrote, anonymised: e-mail addresses become "[email]", phone numbers (mobile and landline, 0…, 84…, +84…, with any separators) "[số điện thoại]", 12-digit personal identification and 9-digit identity card numbers "[số định danh]", and the sender\'s name (as the source record gives it, and any capitalised name after "Tôi là", "Họ tên", "Người phản ánh" …) "[họ tên]".',
  })
  content!: string;

  @Field(() => FeedbackSeverity)
  severity!: FeedbackSeverity;

  @Field(() => DateTimeScalar, { description: 'Ngày tiếp nhận — when it was received.' })
  receivedAt!: Date;

  @Field(() => DateScalar, { description: 'Hạn tiếp nhận — the date by which it must be accepted (working days, by severity).' })
  acceptDeadline!: string;

  @Field(() => DateScalar, { description: 'Hạn xử lý — the date by which it must be resolved (working days, by severity).' })
  resolveDeadline!: string;

  @Field(() => FeedbackStatus, { description: 'Where it stands now.' })
  status!: FeedbackStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Ngày thụ lý — when it was accepted; null before, and for rejected feedback.' })
  acceptedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Ngày hoàn thành — when it was resolved or rejected (see `status`); null while open.' })
  closedAt!: Date | null;

  @Field(() => Boolean, { description: 'Công khai — always true here: only published feedback enters the graph.' })
  published!: boolean;

  @Field(() => Satisfaction, { nullable: true, description: 'The citizen\'s rating of the resolution; null until rated (most are never rated).' })
  satisfaction!: Satisfaction | null;
}
