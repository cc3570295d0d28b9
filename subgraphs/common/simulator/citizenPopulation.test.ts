import { describe, expect, it } from 'vitest';
import { CITIZEN_POPULATION, citizenAt, citizenByPersonalId, citizenIndexOf, personalIdAt, SEEDED_CITIZENS } from './citizenPopulation.js';
import { hanoiAgencies } from './hanoiAgencies.js';

/** Indices spread over the whole population, both ends included. */
const sample = [0, 1, 2, 3, 113, 114, 115, 999_999, 1_234_567, CITIZEN_POPULATION - 2, CITIZEN_POPULATION - 1];
for (let i = 0; i < 2000; i++) sample.push(Math.floor((i * 1_499_977.7) % CITIZEN_POPULATION));

describe('citizenPopulation', () => {
  it('seats the seeded citizens at indices 0 and 1 with their fixed ids and levels', () => {
    expect(SEEDED_CITIZENS.map((c) => c.personalId)).toEqual(['001085012345', '001302678901']);
    expect(citizenAt(0)).toMatchObject({ personalId: '001085012345', female: false, birthYear: 1985, identityLevel: 1 });
    expect(citizenAt(1)).toMatchObject({ personalId: '001302678901', female: true, birthYear: 2002, identityLevel: 2 });
    expect(citizenIndexOf('001085012345')).toBe(0);
    expect(citizenIndexOf('001302678901')).toBe(1);
  });

  it('maps every index to a well-formed id and back', () => {
    for (const index of sample) {
      const id = personalIdAt(index);
      expect(id).toMatch(/^001[0-3]\d{8}$/);
      expect(citizenIndexOf(id)).toBe(index);
    }
  });

  it('gives no generated citizen the id of a seeded one', () => {
    // Generated citizen 2 + j belongs to cohort j % 114 (sex and birth year): walk the seeded
    // citizens' two cohorts (men born 1985, women born 2002) whole.
    const cohorts = { '001085012345': (1985 - 1950) * 2, '001302678901': (2002 - 1950) * 2 + 1 };
    for (const [personalId, cohort] of Object.entries(cohorts)) {
      let members = 0;
      for (let j = cohort; j < CITIZEN_POPULATION - 2; j += 114) {
        members++;
        expect(personalIdAt(2 + j) === personalId).toBe(false);
      }
      expect(members).toBeGreaterThan(26_000);
    }
  });

  it('refuses ids outside the population', () => {
    for (const id of ['', '00108501234', '0010850123456', '002085012345', '001485012345', '001045012345', '001207012345', 'abcdefghijkl']) {
      expect(citizenIndexOf(id)).toBe(-1);
    }
    // Most syntactically valid ids are unused serials.
    let unknown = 0;
    for (let serial = 0; serial < 1000; serial++) if (citizenIndexOf(`001090${String(serial * 997).padStart(6, '0')}`) < 0) unknown++;
    expect(unknown).toBeGreaterThan(900);
    expect(citizenByPersonalId('001090000000x')).toBeUndefined();
  });

  it('derives a record consistent with the id: sex, birth year, a real date, a current commune, a mobile number', () => {
    for (const index of sample.slice(0, 300)) {
      const citizen = citizenAt(index);
      const centurySex = Number(citizen.personalId[3]);
      expect(citizen.female).toBe(centurySex % 2 === 1);
      expect(citizen.birthYear).toBe((centurySex >= 2 ? 2000 : 1900) + Number(citizen.personalId.slice(4, 6)));
      const date = new Date(Date.UTC(citizen.birthYear, citizen.birthMonth - 1, citizen.birthDay));
      expect(date.getUTCDate()).toBe(citizen.birthDay);
      expect(hanoiAgencies[citizen.communeIndex]?.kind).toBe('commune');
      expect(citizen.phone).toMatch(/^0[35789]\d{8}$/);
      expect(citizen.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(citizen.fullName).toBe(citizen.fullName.normalize('NFC'));
      expect(citizenAt(index)).toEqual(citizen);
    }
    const levels = sample.map((index) => citizenAt(index).identityLevel);
    expect(levels.filter((level) => level === 2).length / levels.length).toBeGreaterThan(0.6);
    expect(levels).toContain(1);
  });

  it('names women with women\'s middle names', () => {
    const women = sample.map(citizenAt).filter((c) => c.female);
    expect(women.filter((c) => c.fullName.includes(' Thị ')).length).toBeGreaterThan(women.length / 20);
    expect(sample.map(citizenAt).filter((c) => !c.female && c.fullName.includes(' Thị '))).toEqual([]);
  });
});
