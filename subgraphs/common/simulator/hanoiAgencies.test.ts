import { describe, expect, it } from 'vitest';
import { agenciesUnder, agencyChildren, agencyIndexByCode, agencyRanges, hanoiAgencies, isAgencyValidAt, REFORM_MINUTE } from './hanoiAgencies.js';

const byKind = (kind: string) => hanoiAgencies.filter((agency) => agency.kind === kind);

describe('hanoiAgencies', () => {
  it('has the city, 25 departments, 30 districts, 526 former and 126 current communes', () => {
    expect(byKind('city')).toHaveLength(1);
    expect(byKind('department')).toHaveLength(25);
    expect(byKind('district')).toHaveLength(30);
    expect(byKind('formerCommune')).toHaveLength(526);
    expect(byKind('commune')).toHaveLength(126);
    expect(hanoiAgencies).toHaveLength(708);
    expect(hanoiAgencies[0]).toMatchObject({ code: '000.00.00.H26', name: 'Ủy ban nhân dân thành phố Hà Nội', level: 1, parentCode: null });
    expect(agencyRanges.communes).toEqual([582, 708]);
  });

  it('follows the code scheme and validity of the seeded structure', () => {
    for (const agency of hanoiAgencies) {
      expect(agency.index).toBe(hanoiAgencies.indexOf(agency));
      expect(agency.order).toBe(agency.index + 1);
      expect(agencyIndexByCode.get(agency.code)).toBe(agency.index);
      if (agency.kind === 'department') expect(agency.code).toMatch(/^000\.00\.(0[1-9]|1\d|2[0-5])\.H26$/);
      if (agency.kind === 'district') expect(agency.code).toMatch(/^000\.00\.(3[1-9]|[45]\d|60)\.H26$/);
      if (agency.kind === 'formerCommune') {
        expect(agency.code).toMatch(/^000\.\d{2}\.\d{2}\.H26$/);
        expect(agency.code.slice(7)).toBe((agency.parentCode as string).slice(7));
        expect(agency.name).toMatch(/^Ủy ban nhân dân (phường|xã) /);
        expect(agency.shortName).toMatch(/^(Phường|Xã) /);
      }
      if (agency.kind === 'commune') {
        expect(agency.code).toMatch(/^\d{3}\.00\.00\.H26$/);
        expect(agency.validFrom).toBe(REFORM_MINUTE);
        expect(agency.validTo).toBeNull();
      }
      if (agency.kind === 'district' || agency.kind === 'formerCommune') expect(agency.validTo).toBe(REFORM_MINUTE - 1);
      // Source literals are NFC; the NFD quirk is applied only when records are printed.
      expect(agency.name).toBe(agency.name.normalize('NFC'));
    }
    expect(new Set(byKind('formerCommune').map((agency) => agency.name)).size).toBe(526);
    expect(byKind('commune').filter((agency) => agency.name.includes(' phường '))).toHaveLength(51);
    expect(hanoiAgencies.find((agency) => agency.code === '001.00.00.H26')?.name).toBe('Ủy ban nhân dân phường Hoàn Kiếm');
  });

  it('links former communes to 1–3 successors, consistently both ways', () => {
    const codes = (list: readonly string[]) => list.map((code) => hanoiAgencies[agencyIndexByCode.get(code) as number]);
    for (const former of byKind('formerCommune')) {
      expect(former.successors.length).toBeGreaterThanOrEqual(1);
      expect(former.successors.length).toBeLessThanOrEqual(3);
      for (const successor of codes(former.successors)) expect(successor?.kind).toBe('commune');
    }
    for (const commune of byKind('commune')) {
      expect(codes(commune.predecessors).filter((agency) => agency?.kind === 'formerCommune').length).toBeGreaterThanOrEqual(1);
    }
    for (const agency of hanoiAgencies) {
      for (const successor of codes(agency.successors)) expect(successor?.predecessors).toContain(agency.code);
      for (const predecessor of codes(agency.predecessors)) expect(predecessor?.successors).toContain(agency.code);
    }
    for (const district of byKind('district')) {
      const union = new Set(agencyChildren(district.index).flatMap((i) => hanoiAgencies[i]?.successors ?? []));
      expect(new Set(district.successors)).toEqual(union);
    }
    expect(byKind('formerCommune').some((agency) => agency.successors.length > 1)).toBe(true);
  });

  it('puts former communes under their district and everything under the city', () => {
    expect(agenciesUnder(0)).toHaveLength(708);
    const district = hanoiAgencies.find((agency) => agency.code === '000.00.31.H26');
    expect(district?.name).toBe('Ủy ban nhân dân quận Ba Đình');
    const under = agenciesUnder(district?.index ?? -1);
    expect(under).toHaveLength(1 + agencyChildren(district?.index ?? -1).length);
    expect(under.every((i) => i === district?.index || hanoiAgencies[i]?.parentCode === district?.code)).toBe(true);
    expect(agenciesUnder(1)).toEqual([1]);
  });

  it('tells which agencies are valid when', () => {
    const valid = (minute: number) => hanoiAgencies.filter((agency) => isAgencyValidAt(agency, minute)).length;
    expect(valid(REFORM_MINUTE - 1)).toBe(1 + 25 + 30 + 526);
    expect(valid(REFORM_MINUTE)).toBe(1 + 25 + 126);
  });
});
