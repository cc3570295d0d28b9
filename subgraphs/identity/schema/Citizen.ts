import { createUnionType, Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { CitizenRecord, OfficialRecord } from '../adapter/directoryRecords.js';
import { Official } from './Official.js';

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Giới tính — as the population registry records it.',
  valuesConfig: { MALE: { description: 'Nam (legacy GioiTinh 1).' }, FEMALE: { description: 'Nữ (legacy GioiTinh 2).' } },
});

/**
 * A citizen of the national population registry (VNeID-style). Its personal fields are resolved
 * by CitizenResolver through the personal-data guard: masked unless released.
 */
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'Công dân — a citizen of the population registry. Personal data: every field but `identityLevel` and `birthYear` is masked (`001******345`, `Nguyễn V** A**`, `09******78`, the address down to its commune, no birth date or sex) unless the caller is this citizen at identity level 2, or an official with the `personal-data` scope at identity level 2 who declared a purpose (`x-govgraph-purpose`). Every field shown in clear is written to the access log.',
})
export class Citizen {
  /**
   * The personal id in clear, as the key other subgraphs reference a citizen by. Inaccessible:
   * it never reaches a client, who reads the masked `personalId` instead.
   */
  @Directive('@inaccessible')
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Mức độ định danh điện tử — VNeID identity level: 1 basic, 2 verified in person.' })
  identityLevel!: number;
}

/** What `Query.me` answers: the caller's own record, a citizen's or an official's. */
export const Me = createUnionType({
  name: 'Me',
  description: 'The caller: a citizen (their registry record) or an official (their account).',
  types: () => [Citizen, Official] as const,
  resolveType: (value) => ('personalId' in (value as CitizenRecord | OfficialRecord) ? 'Citizen' : 'Official'),
});
