import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/schema/scalars.js';
import { AgencyLevel } from './AgencyLevel.js';

@Directive('@key(fields: "code")')
@ObjectType({
  description:
    'Cơ quan, đơn vị — an administrative body, effective-dated. Every subgraph adds its figures to Agency; its key is the electronic agency code.',
})
export class Agency {
  @Directive('@tag(name: "public")')
  @Directive('@tag(name: "partner")')
  @Field(() => ID, { description: 'Mã định danh điện tử, e.g. `000.00.00.H26` (rightmost group is the top level). Never reused.' })
  code!: string;

  @Directive('@tag(name: "public")')
  @Directive('@tag(name: "partner")')
  @Field(() => String, { description: 'Tên đơn vị — full name.' })
  name!: string;

  @Directive('@tag(name: "public")')
  @Directive('@tag(name: "partner")')
  @Field(() => String, { nullable: true, description: 'Tên viết tắt — short name, when the directory has one.' })
  shortName!: string | null;

  @Directive('@tag(name: "public")')
  @Directive('@tag(name: "partner")')
  @Field(() => AgencyLevel)
  level!: AgencyLevel;

  @Directive('@tag(name: "public")')
  @Field(() => DateScalar, { description: 'Ngày hiệu lực — first day the agency existed.' })
  validFrom!: string;

  @Directive('@tag(name: "public")')
  @Field(() => DateScalar, { nullable: true, description: 'Ngày hết hiệu lực — last day, for abolished or merged agencies.' })
  validTo!: string | null;

  parentCode!: string | null;
  successorCodes!: readonly string[];
  predecessorCodes!: readonly string[];
}
