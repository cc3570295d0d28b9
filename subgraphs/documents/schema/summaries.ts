import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Provenance } from '../../common/schema/Provenance.js';

@ObjectType({
  description:
    'Tasks assigned in the period to the agency or any unit under it, in the four buckets as of `provenance.asOf` (the end of the period, or now). The buckets add up to `total`.',
})
export class TaskSummary {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  doneOnTime!: number;

  @Field(() => Int)
  doneLate!: number;

  @Field(() => Int)
  openOnTrack!: number;

  @Field(() => Int)
  openOverdue!: number;

  @Field(() => Provenance)
  provenance!: Provenance;
}

@ObjectType({ description: 'Documents registered (incoming) and issued (outgoing) in the period by the agency and every unit under it.' })
export class DocumentSummary {
  @Field(() => Int)
  incoming!: number;

  @Field(() => Int)
  outgoing!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0–1) of the outgoing documents of the period that carry a digital signature; null when there were none.',
  })
  digitallySignedRate!: number | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}
