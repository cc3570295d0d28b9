import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/schema/connection.js';
import { Agency } from './Agency.js';
import { Official } from './Official.js';

@Directive('@tag(name: "public")')
@ObjectType({ description: 'A page of agencies.' })
export class AgencyConnection {
  @Field(() => Int, { description: 'All agencies matching the filter, not just this page.' })
  totalCount!: number;

  @Field(() => [Agency])
  nodes!: Agency[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'A page of officials.' })
export class OfficialConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [Official])
  nodes!: Official[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
