import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/schema/connection.js';
import { Document } from './Document.js';
import { Task } from './Task.js';

@ObjectType({ description: 'A page of documents.' })
export class DocumentConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [Document])
  nodes!: Document[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'A page of tasks.' })
export class TaskConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [Task])
  nodes!: Task[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
