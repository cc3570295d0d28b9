import { Directive, Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from './scalars.js';

@Directive('@shareable')
@Directive('@tag(name: "public")')
@Directive('@tag(name: "partner")')
@ObjectType({
  description:
    'Where a figure comes from: the source system, the instant it describes, and whether it is a stale copy served while that system is down.',
})
export class Provenance {
  @Field(() => String, { description: 'Id of the source system, e.g. `document-management`.' })
  system!: string;

  @Field(() => DateTimeScalar, { description: 'The instant the figures are taken at: the end of the period, or now if it has not ended.' })
  asOf!: Date;

  @Field(() => Boolean, { description: 'True when the source system could not be reached and this is the last good copy.' })
  stale!: boolean;
}
