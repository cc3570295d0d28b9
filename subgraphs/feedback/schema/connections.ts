import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/schema/connection.js';
import { Feedback } from './Feedback.js';

@ObjectType({ description: 'A page of published feedback.' })
export class FeedbackConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [Feedback])
  nodes!: Feedback[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
