import { describe, expect, it } from 'vitest';
import type { Purpose } from '../../../schema/purposes.js';
import { ANONYMOUS, type Principal } from './Principal.js';
import { maskAddress, maskName, maskPersonalId, maskPhone, PersonalDataGuard, releaseGround, type ReleaseGround } from './personalData.js';

const SELF = '001302678901';
const OTHER = '001085012345';

const official = (scopes: Principal['scopes'], identityLevel: 1 | 2 = 2): Principal => ({
  kind: 'official', subject: 'CB0000001', clientId: 'govgraph-dev-login', scopes, agency: '000.00.00.H26', roles: ['LEADER'], identityLevel,
});
const citizen = (subject: string, identityLevel: 1 | 2): Principal => ({
  kind: 'citizen', subject, clientId: 'govgraph-dev-login', scopes: [], roles: [], identityLevel,
});
const partner: Principal = {
  kind: 'partner', subject: 'gov-reporting-system', clientId: 'gov-reporting-system', scopes: ['shared-indicators', 'published-indices', 'personal-data'], roles: [], contract: 'partner',
};

const rows: ReadonlyArray<readonly [who: string, principal: Principal, purpose: Purpose | undefined, subject: string, expected: ReleaseGround | undefined]> = [
  ['anonymous', ANONYMOUS, undefined, SELF, undefined],
  ['anonymous with a purpose', ANONYMOUS, 'CITIZEN_SUPPORT', SELF, undefined],
  ['official, scope, level 2, purpose', official(['personal-data']), 'DOSSIER_PROCESSING', SELF, 'purpose'],
  ['official, scope, level 2, no purpose', official(['personal-data']), undefined, SELF, undefined],
  ['official, no scope, purpose', official([]), 'DOSSIER_PROCESSING', SELF, undefined],
  ['official, audit-log scope only, purpose', official(['audit-log']), 'INSPECTION', SELF, undefined],
  ['official, scope, level 1, purpose', official(['personal-data'], 1), 'DOSSIER_PROCESSING', SELF, undefined],
  ['partner with the scope and a purpose', partner, 'INSPECTION', SELF, undefined],
  ['citizen level 2, own data', citizen(SELF, 2), undefined, SELF, 'self'],
  ['citizen level 2, own data, a purpose too', citizen(SELF, 2), 'CITIZEN_SUPPORT', SELF, 'self'],
  ['citizen level 2, someone else', citizen(SELF, 2), 'CITIZEN_SUPPORT', OTHER, undefined],
  ['citizen level 1, own data', citizen(OTHER, 1), undefined, OTHER, undefined],
  ['citizen level 1, someone else', citizen(OTHER, 1), undefined, SELF, undefined],
  ['official, scope, purpose, empty subject', official(['personal-data']), 'DOSSIER_PROCESSING', '', undefined],
];

describe('releaseGround', () => {
  it.each(rows)('%s', (_who, principal, purpose, subject, expected) => {
    expect(releaseGround(principal, purpose, subject)).toBe(expected);
  });
});

describe('masks', () => {
  it.each([
    ['001085012345', '001******345'],
    ['001302678901', '001******901'],
    ['0123456789', '012****789'],
    ['12345', '*****'],
    ['', ''],
  ])('personal id %j → %j', (clear, masked) => {
    expect(maskPersonalId(clear)).toBe(masked);
  });

  it.each([
    ['Nguyễn Văn An', 'Nguyễn V** A**'],
    ['Trần Thị Thu Hà', 'Trần T** T** H**'],
    ['Đặng Đức Ánh', 'Đặng Đ** Á**'],
    ['  Lê   Minh  ', 'Lê M**'],
    ['Lý', 'L**'],
    ['Nguye\u0302\u0303n Văn Ước', 'Nguyễn V** Ư**'],
    ['', ''],
  ])('name %j → %j', (clear, masked) => {
    expect(maskName(clear)).toBe(masked);
  });

  it.each([
    ['0912345678', '09******78'],
    ['0381234567', '03******67'],
    ['1234', '****'],
  ])('phone %j → %j', (clear, masked) => {
    expect(maskPhone(clear)).toBe(masked);
  });

  it('keeps an address down to its commune', () => {
    expect(maskAddress({ commune: 'phường Hoàn Kiếm', province: 'thành phố Hà Nội' })).toBe('phường Hoàn Kiếm, thành phố Hà Nội');
    expect(maskAddress({ commune: '', province: 'thành phố Hà Nội' })).toBe('thành phố Hà Nội');
  });
});

describe('PersonalDataGuard', () => {
  it('reveals and records a release only on a ground, each (coordinate, subject) once', () => {
    const guard = new PersonalDataGuard(official(['personal-data']), 'DOSSIER_PROCESSING');
    expect(guard.reveal('Citizen.fullName', SELF, 'Trần Thị Hà', 'Trần T** H**')).toBe('Trần Thị Hà');
    expect(guard.reveal('Citizen.fullName', SELF, 'Trần Thị Hà', 'Trần T** H**')).toBe('Trần Thị Hà');
    expect(guard.reveal('Citizen.phone', OTHER, '0912345678', '09******78')).toBe('0912345678');
    // Nothing to release: no record.
    expect(guard.reveal('Citizen.birthDate', SELF, null, null)).toBeNull();
    expect(guard.releases()).toEqual([
      { coordinate: 'Citizen.fullName', subject: SELF },
      { coordinate: 'Citizen.phone', subject: OTHER },
    ]);
  });

  it('masks without recording anything when there is no ground', () => {
    const guard = new PersonalDataGuard(citizen(SELF, 2));
    expect(guard.reveal('Applicant.name', OTHER, 'Nguyễn Văn An', 'Nguyễn V** A**')).toBe('Nguyễn V** A**');
    expect(guard.reveal('Applicant.idNumber', SELF, SELF, maskPersonalId(SELF))).toBe(SELF);
    expect(guard.releases()).toEqual([{ coordinate: 'Applicant.idNumber', subject: SELF }]);
    expect(new PersonalDataGuard(ANONYMOUS).reveal('Citizen.sex', SELF, 'FEMALE', null)).toBeNull();
  });

  it('refuses a coordinate missing from the inventory', () => {
    const guard = new PersonalDataGuard(ANONYMOUS);
    expect(() => guard.reveal('Citizen.shoeSize', SELF, '42', null)).toThrow(/PERSONAL_DATA_COORDINATES/);
  });
});
