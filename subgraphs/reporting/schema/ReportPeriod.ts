import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/schema/scalars.js';
import { ReportPeriodType } from './enums.js';

@Directive('@tag(name: "partner")')
@ObjectType({
  description:
    'Kỳ báo cáo — a report period. Under the reporting regime its data runs from the 15th of the month before its first month to the 14th of its last month (`from`, `to`).',
})
export class ReportPeriod {
  @Field(() => String, { description: 'The code: `T03/2024`, `Q1/2024`, `6T/2024`, `9T/2024` or `N2024`.' })
  code!: string;

  @Field(() => ReportPeriodType)
  type!: ReportPeriodType;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The month (1–12) of a MONTH, the quarter (1–4) of a QUARTER; null otherwise.' })
  number!: number | null;

  @Field(() => DateScalar, { description: 'First day the period\'s data covers, e.g. 2023-12-15 for `Q1/2024`.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day the period\'s data covers, e.g. 2024-03-14 for `Q1/2024`.' })
  to!: string;
}
