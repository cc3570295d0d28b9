import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/schema/scalars.js';
import { AgencyLevel, Periodicity } from './enums.js';

@Directive('@key(fields: "code")')
@ObjectType({ description: 'Biểu mẫu báo cáo — a report form of the reporting system (134 in Hanoi).' })
export class ReportForm {
  @Field(() => ID, { description: 'Mã biểu mẫu, e.g. `BM0003`.' })
  code!: string;

  @Field(() => String, { description: 'Tên biểu mẫu.' })
  name!: string;

  @Field(() => String, { description: 'Lĩnh vực — the field it reports on, e.g. "Tài chính - Ngân sách".' })
  field!: string;

  @Field(() => Periodicity)
  periodicity!: Periodicity;

  @Field(() => [AgencyLevel], { description: 'Cấp báo cáo — the levels of the agencies that submit it.' })
  submitterLevels!: AgencyLevel[];

  @Field(() => Boolean, {
    description: 'True when only the lead agency submits it, with figures for the whole city; false when every agency at `submitterLevels` submits its own.',
  })
  leadAgencyOnly!: boolean;

  @Field(() => Int, { description: 'Số chỉ tiêu — how many indicators the form has.' })
  indicatorCount!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Ngày áp dụng — since when the form is in use.' })
  since!: string | null;
}
