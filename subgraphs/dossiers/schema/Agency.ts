import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Agency as the dossiers subgraph sees it: its key, to which it adds dossier figures. */
@Directive('@key(fields: "code")')
@ObjectType()
export class Agency {
  @Field(() => ID)
  code!: string;
}

export function agencyRef(code: string): Agency {
  return { code };
}
