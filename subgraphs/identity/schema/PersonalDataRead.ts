import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/schema/scalars.js';

@ObjectType({ description: 'Who read the data, as the access log recorded them.' })
export class PersonalDataReader {
  @Field(() => String, { description: 'official, partner, citizen or anonymous.' })
  kind!: string;

  @Field(() => String, {
    description: 'An official\'s account id or a partner\'s client id; for a citizen, the keyed hash of their id (never the id).',
  })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'An official\'s agency code.' })
  agency?: string | undefined;
}

@ObjectType({ description: 'One operation that released personal data of a citizen, from the access log.' })
export class PersonalDataRead {
  @Field(() => Int, { description: 'Position of the record in the access log\'s hash chain.' })
  seq!: number;

  @Field(() => DateTimeScalar, { description: 'When the answer was sent.' })
  at!: Date;

  @Field(() => String, { description: 'The request id, to find the request in the gateway\'s logs.' })
  requestId!: string;

  @Field(() => PersonalDataReader)
  reader!: PersonalDataReader;

  @Field(() => String, { description: 'The OAuth2 client the reader used.' })
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'The declared purpose code (see the purpose catalogue), if any.' })
  purpose!: string | null;

  @Field(() => String, { nullable: true })
  operationName!: string | null;

  @Field(() => String, { description: 'ok, partial, denied or error.' })
  outcome!: string;

  @Field(() => [String], { description: 'Schema coordinates released for this citizen, e.g. `Citizen.name`.' })
  coordinates!: string[];
}
