import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { IndicatorAggregation, Periodicity } from './enums.js';

@Directive('@key(fields: "code")')
@ObjectType({ description: 'Chỉ tiêu — a socio-economic indicator of the reporting system (2,136 in Hanoi).' })
export class Indicator {
  @Directive('@tag(name: "partner")')
  @Field(() => ID, { description: 'Mã chỉ tiêu, e.g. `CT00007`.' })
  code!: string;

  @Directive('@tag(name: "partner")')
  @Field(() => String, { description: 'Tên chỉ tiêu, e.g. "Tổng thu ngân sách nhà nước trên địa bàn".' })
  name!: string;

  @Directive('@tag(name: "partner")')
  @Field(() => String, { description: 'Đơn vị tính, e.g. "tỷ đồng", "%", "doanh nghiệp". Values are in this unit: a "%" indicator is a percentage (0–100), as the reporting regime defines it.' })
  unit!: string;

  @Directive('@tag(name: "partner")')
  @Field(() => Periodicity)
  periodicity!: Periodicity;

  @Directive('@tag(name: "partner")')
  @Field(() => IndicatorAggregation, { description: 'How the values of an agency\'s units make the agency\'s value.' })
  aggregation!: IndicatorAggregation;

  @Directive('@tag(name: "partner")')
  @Field(() => Boolean, { description: 'True for the indicators shared with the Government\'s reporting system (Hệ thống thông tin báo cáo Chính phủ).' })
  sharedWithGovernment!: boolean;
}
