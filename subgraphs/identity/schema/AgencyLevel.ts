import { registerEnumType } from 'type-graphql';

/** Levels of the administrative hierarchy; the legacy `CapDonVi` is given in each description. */
export enum AgencyLevel {
  CITY = 'CITY',
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
}

registerEnumType(AgencyLevel, {
  name: 'AgencyLevel',
  description: 'Cấp đơn vị — level of an agency in the administrative hierarchy.',
  valuesConfig: {
    CITY: { description: 'Ủy ban nhân dân thành phố — the city people\'s committee (CapDonVi 1).' },
    DEPARTMENT: { description: 'Sở, ban, ngành — a department of the city (CapDonVi 2).' },
    DISTRICT: { description: 'Quận, huyện, thị xã — abolished on 2025-07-01, kept for history (CapDonVi 3).' },
    COMMUNE: { description: 'Xã, phường — commune or ward (CapDonVi 4).' },
  },
});
