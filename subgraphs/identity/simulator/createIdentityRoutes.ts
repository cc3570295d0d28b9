import { citizenByPersonalId } from '../../common/simulator/citizenPopulation.js';
import type { SimulatorRoute } from '../../common/simulator/createSimulatorServer.js';
import { noRecord, pagedSuccess, success, type LegacyRecord } from '../../common/simulator/envelope.js';
import { agencyChildren, agencyIndexByCode, hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { readAgencyCode, readDay, readInteger, readKeys, readPaging } from '../../common/simulator/queryParams.js';
import { MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import { legacyAgency, legacyCitizen, legacyOfficial } from './legacyRecords.js';
import type { OfficialDirectory } from './seedOfficials.js';

/**
 * The directory's legacy API (identity API.md) over the shared agency tree, the seeded officials
 * and the shared citizen population.
 */
export function createIdentityRoutes(directory: OfficialDirectory, seed: number): SimulatorRoute[] {
  const officialRecord = (index: number): LegacyRecord => {
    const official = directory.official(index);
    return legacyOfficial(official, (hanoiAgencies[official.agencyIndex] as HanoiAgency).code, seed);
  };

  return [
    {
      method: 'GET',
      pattern: '/api/v1/donvi',
      handler: ({ query }) => {
        const paging = readPaging(query);
        const level = readInteger(query, 'capDonVi', 1, 4);
        const parentCode = readAgencyCode(query, 'maDonViCha');
        const day = readDay(query, 'ngayHieuLuc');
        let candidates: readonly HanoiAgency[] = hanoiAgencies;
        if (parentCode !== undefined) {
          const parent = agencyIndexByCode.get(parentCode);
          candidates = parent === undefined ? [] : agencyChildren(parent).map((i) => hanoiAgencies[i] as HanoiAgency);
        }
        const matches = candidates.filter(
          (agency) =>
            (level === undefined || agency.level === level) &&
            // Valid at some instant of that date.
            (day === undefined ||
              (agency.validFrom < (day + 1) * MINUTES_PER_DAY && (agency.validTo === null || agency.validTo >= day * MINUTES_PER_DAY))),
        );
        const page = matches.slice(paging.offset, paging.offset + paging.size).map((agency) => legacyAgency(agency, seed));
        return pagedSuccess(page, matches.length, paging.page, paging.size);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/donvi/ds',
      handler: ({ query }) => {
        const records = readKeys(query, 'ma').flatMap((code) => {
          const index = agencyIndexByCode.get(code);
          return index === undefined ? [] : [legacyAgency(hanoiAgencies[index] as HanoiAgency, seed)];
        });
        return success(records);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/donvi/:ma',
      handler: ({ params }) => {
        const index = agencyIndexByCode.get(params.ma ?? '');
        return index === undefined ? noRecord() : success(legacyAgency(hanoiAgencies[index] as HanoiAgency, seed));
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/canbo',
      handler: ({ query }) => {
        const paging = readPaging(query);
        const agencyCode = readAgencyCode(query, 'maDonVi');
        let start = 0;
        let end = directory.count;
        if (agencyCode !== undefined) {
          const index = agencyIndexByCode.get(agencyCode);
          start = index === undefined ? 0 : (directory.agencyStart[index] ?? 0);
          end = index === undefined ? 0 : (directory.agencyStart[index + 1] ?? 0);
        }
        const total = end - start;
        const page: LegacyRecord[] = [];
        for (let i = start + paging.offset; i < end && page.length < paging.size; i++) page.push(officialRecord(i));
        return pagedSuccess(page, total, paging.page, paging.size);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/canbo/ds',
      handler: ({ query }) => {
        const records = readKeys(query, 'ids').flatMap((id) => {
          const index = directory.indexOfId(id);
          return index < 0 ? [] : [officialRecord(index)];
        });
        return success(records);
      },
    },
    {
      // Batch only, by personal ids in the query string: the registry offers no listing of citizens.
      method: 'GET',
      pattern: '/api/v1/congdan/ds',
      handler: ({ query }) => {
        const records = readKeys(query, 'ids').flatMap((id) => {
          const citizen = citizenByPersonalId(id);
          return citizen === undefined ? [] : [legacyCitizen(citizen, seed)];
        });
        return success(records);
      },
    },
  ];
}
