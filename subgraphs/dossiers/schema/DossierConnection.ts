import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/schema/connection.js';
import { Dossier } from './Dossier.js';

@ObjectType({ description: 'A page of dossiers.' })
export class DossierConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [Dossier])
  nodes!: Dossier[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
