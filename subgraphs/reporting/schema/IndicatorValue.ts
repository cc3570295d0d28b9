import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { Provenance } from '../../common/schema/Provenance.js';
import { Agency } from './Agency.js';
import { Indicator } from './Indicator.js';
import { ReportPeriod } from './ReportPeriod.js';

@Directive('@tag(name: "partner")')
@ObjectType({
  description:
    'Số liệu chỉ tiêu — an indicator\'s value for an agency and a period, from the reports of the agency and every unit under it (see `Indicator.aggregation`), as received by `provenance.asOf`: the period\'s reporting deadline (the 20th of its last month), or now if it has not passed.',
})
export class IndicatorValue {
  @Field(() => Indicator)
  indicator!: Indicator;

  @Field(() => Agency)
  agency!: Agency;

  @Field(() => ReportPeriod)
  period!: ReportPeriod;

  @Field(() => Float, {
    nullable: true,
    description: 'In the indicator\'s unit; null when no agency under this one reported it (or, for a ratio, the denominators add up to 0; for a value that does not add up, several agencies reported it).',
  })
  value!: number | null;

  @Field(() => Int, { description: 'How many agencies\' reports the value is made of.' })
  reportingAgencies!: number;

  @Field(() => Provenance)
  provenance!: Provenance;
}
