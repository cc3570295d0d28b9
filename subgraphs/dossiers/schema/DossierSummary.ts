import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Provenance } from '../../common/schema/Provenance.js';

@ObjectType({
  description:
    'Dossiers of the agency and every unit under it in the period, as of `provenance.asOf` (the end of the period, or now). `resolvedOnTime + resolvedLate = resolved`.',
})
export class DossierSummary {
  @Field(() => Int, { description: 'Received in the period (every status but NEWLY_REGISTERED and NOT_RECEIVED).' })
  received!: number;

  @Field(() => Int, { description: 'Finished as resolved (RESOLVED, RESULT_RETURNED) in the period, whenever received.' })
  resolved!: number;

  @Field(() => Int, { description: 'Of `resolved`, finished on or before the appointment date.' })
  resolvedOnTime!: number;

  @Field(() => Int, { description: 'Of `resolved`, finished after the appointment date.' })
  resolvedLate!: number;

  @Field(() => Float, { nullable: true, description: 'resolvedOnTime / resolved (0–1); null when nothing was resolved.' })
  onTimeRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0–1) of `received` submitted online; null when nothing was received.' })
  onlineRate!: number | null;

  @Field(() => Provenance)
  provenance!: Provenance;
}
