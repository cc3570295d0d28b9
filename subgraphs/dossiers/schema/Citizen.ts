import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Citizen as the dossiers subgraph sees it: its key (the personal id, inaccessible to clients), to
 * which it adds the citizen's dossiers. The identity subgraph owns every other field.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Citizen {
  @Directive('@inaccessible')
  @Field(() => ID)
  id!: string;
}

export function citizenRef(personalId: string): Citizen {
  return { id: personalId };
}
