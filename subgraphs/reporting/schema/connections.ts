import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/schema/connection.js';
import { Indicator } from './Indicator.js';
import { ReportForm } from './ReportForm.js';

@ObjectType({ description: 'A page of indicators.' })
export class IndicatorConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [Indicator])
  nodes!: Indicator[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'A page of report forms.' })
export class ReportFormConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [ReportForm])
  nodes!: ReportForm[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
