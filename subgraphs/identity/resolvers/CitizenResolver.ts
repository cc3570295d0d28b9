import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, notFound } from '../../common/errors/GovGraphError.js';
import { PERSONAL_ID_PATTERN } from '../../common/auth/Principal.js';
import { maskAddress, maskName, maskPersonalId, maskPhone } from '../../common/auth/personalData.js';
import { DateScalar } from '../../common/schema/scalars.js';
import type { CitizenRecord, OfficialRecord } from '../adapter/directoryRecords.js';
import type { IdentityContext } from '../IdentityContext.js';
import { Citizen, Me, Sex } from '../schema/Citizen.js';

const PROVINCE = 'thành phố Hà Nội';

/** A citizen by personal id through the request's loader; NOT_FOUND when the registry has none. */
export async function loadCitizen(personalId: string, ctx: IdentityContext): Promise<CitizenRecord> {
  const citizen = PERSONAL_ID_PATTERN.test(personalId) ? await ctx.loaders.citizenById.load(personalId) : null;
  if (!citizen) throw notFound('No citizen has this personal id.');
  return citizen;
}

/**
 * Citizens and `me`. Every personal field goes through `ctx.access.personalData.reveal`, which
 * masks it or shows it in clear (recording the release) by the rule of personalData.ts.
 */
@Resolver(() => Citizen)
export class CitizenResolver {
  @Query(() => Me, {
    nullable: true,
    description: 'Who is asking: a citizen gets their registry record (in clear at identity level 2), an official their account. Partner systems have none.',
  })
  async me(@Ctx() ctx: IdentityContext): Promise<CitizenRecord | OfficialRecord> {
    const { principal } = ctx.access;
    if (principal.kind === 'citizen') return loadCitizen(principal.subject, ctx);
    const official = await ctx.loaders.officialById.load(principal.subject);
    if (!official) throw notFound('The directory has no account for this official.');
    return official;
  }

  @Query(() => Citizen, {
    nullable: true,
    description:
      'One citizen by 12-digit personal id, for officials with the `personal-data` scope; masked unless a purpose is declared (see Citizen). Unknown ids give NOT_FOUND.',
  })
  citizen(@Arg('personalId', () => ID) personalId: string, @Ctx() ctx: IdentityContext): Promise<CitizenRecord> {
    if (!PERSONAL_ID_PATTERN.test(personalId)) throw badUserInput('Argument "personalId" must be a 12-digit personal identification number.', 'personalId');
    return loadCitizen(personalId, ctx);
  }

  @FieldResolver(() => String, { description: 'Số định danh cá nhân — the 12-digit personal id; masked `001******345`.' })
  personalId(@Root() citizen: CitizenRecord, @Ctx() ctx: IdentityContext): string {
    return ctx.access.personalData.reveal('Citizen.personalId', citizen.personalId, citizen.personalId, maskPersonalId(citizen.personalId));
  }

  @FieldResolver(() => String, { description: 'Họ và tên; masked: the family name and initials, `Nguyễn V** A**`.' })
  fullName(@Root() citizen: CitizenRecord, @Ctx() ctx: IdentityContext): string {
    return ctx.access.personalData.reveal('Citizen.fullName', citizen.personalId, citizen.fullName, maskName(citizen.fullName));
  }

  @FieldResolver(() => Int, { description: 'Năm sinh — the birth year (also readable in the personal id): what a masked birth date leaves.' })
  birthYear(@Root() citizen: CitizenRecord): number {
    return Number(citizen.birthDate.slice(0, 4));
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Ngày sinh; null when masked (see `birthYear`).' })
  birthDate(@Root() citizen: CitizenRecord, @Ctx() ctx: IdentityContext): string | null {
    return ctx.access.personalData.reveal('Citizen.birthDate', citizen.personalId, citizen.birthDate, null);
  }

  @FieldResolver(() => Sex, { nullable: true, description: 'Giới tính; null when masked.' })
  sex(@Root() citizen: CitizenRecord, @Ctx() ctx: IdentityContext): Sex | null {
    return ctx.access.personalData.reveal('Citizen.sex', citizen.personalId, citizen.sex === 'MALE' ? Sex.MALE : Sex.FEMALE, null);
  }

  @FieldResolver(() => String, { description: 'Nơi thường trú — permanent address; masked down to its commune, `phường Hoàn Kiếm, thành phố Hà Nội`.' })
  address(@Root() citizen: CitizenRecord, @Ctx() ctx: IdentityContext): string {
    return ctx.access.personalData.reveal('Citizen.address', citizen.personalId, citizen.address, maskAddress({ commune: citizen.communeName, province: PROVINCE }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Số điện thoại; masked `09******78`.' })
  phone(@Root() citizen: CitizenRecord, @Ctx() ctx: IdentityContext): string | null {
    if (citizen.phone === null) return null;
    return ctx.access.personalData.reveal('Citizen.phone', citizen.personalId, citizen.phone, maskPhone(citizen.phone));
  }
}
