import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Role } from './Role.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Cán bộ — an official\'s account in the directory.' })
export class Official {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Họ và tên.' })
  name!: string;

  @Field(() => String, { description: 'Chức vụ — position, e.g. "Phó Giám đốc".' })
  position!: string;

  @Field(() => [Role])
  roles!: readonly Role[];

  agencyCode!: string;
}
