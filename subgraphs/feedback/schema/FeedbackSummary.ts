import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Provenance } from '../../common/schema/Provenance.js';

@ObjectType({
  description:
    'Phản ánh, kiến nghị — feedback handled by the agency or any unit under it (former districts and communes count for their parent), as of `provenance.asOf` (the end of the period, or now).',
})
export class FeedbackSummary {
  @Field(() => Int, { description: 'Feedback received in the period.' })
  received!: number;

  @Field(() => Int, { description: 'Of those, resolved by the as-of instant.' })
  resolved!: number;

  @Field(() => Int, {
    description: 'Of those, still open (neither resolved nor rejected) at the as-of instant and past their resolution deadline.',
  })
  overdue!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Tỷ lệ hài lòng — share (0–1) of "satisfied" among the ratings given, by the as-of instant, to feedback resolved in the period (whenever received); null when there were none.',
  })
  satisfactionRate!: number | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}
