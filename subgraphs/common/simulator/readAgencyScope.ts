import { agenciesUnder, agencyIndexByCode } from './hanoiAgencies.js';
import { readFlag, readRequiredAgencyCode } from './queryParams.js';

/**
 * `maDonVi` and `baoGomDonViCon` as agency indices: the agency, or it and every unit under it at
 * any time. An unknown (well-formed) code selects nothing, as the legacy systems answer an empty
 * list for it.
 */
export function readAgencyScope(query: URLSearchParams, codeName = 'maDonVi', subunitsName = 'baoGomDonViCon'): readonly number[] {
  const code = readRequiredAgencyCode(query, codeName);
  const withUnits = readFlag(query, subunitsName);
  const index = agencyIndexByCode.get(code);
  if (index === undefined) return [];
  return withUnits ? agenciesUnder(index) : [index];
}
