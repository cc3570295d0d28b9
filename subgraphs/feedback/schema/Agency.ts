import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Agency as the feedback subgraph sees it: its key, to which it adds feedback figures. */
@Directive('@key(fields: "code")')
@ObjectType()
export class Agency {
  @Field(() => ID)
  code!: string;
}

export function agencyRef(code: string): Agency {
  return { code };
}
