import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Agency as the reporting subgraph sees it: its key, to which it adds indicator values and index scores. */
@Directive('@key(fields: "code")')
@ObjectType()
export class Agency {
  @Field(() => ID)
  code!: string;
}

export function agencyRef(code: string): Agency {
  return { code };
}
