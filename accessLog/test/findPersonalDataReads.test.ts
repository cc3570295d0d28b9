import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonalDataReads } from '../findPersonalDataReads.js';
import { JsonLinesAccessLogStore } from '../JsonLinesAccessLogStore.js';
import { subjectHash } from '../subjectHash.js';
import { CITIZEN_A, CITIZEN_B, TEST_SUBJECT_KEY, entry, tempDir } from './accessLogFixtures.js';

describe('findPersonalDataReads', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let store: JsonLinesAccessLogStore;

  beforeAll(async () => {
    temp = await tempDir();
    store = await JsonLinesAccessLogStore.open({ file: temp.file('access-log.jsonl') });
    const a = subjectHash(TEST_SUBJECT_KEY, CITIZEN_A);
    const b = subjectHash(TEST_SUBJECT_KEY, CITIZEN_B);
    await store.append(entry(1, { released: [] }));
    await store.append(entry(2, { released: [{ coordinate: 'Citizen.name', subject: a }, { coordinate: 'Citizen.birthDate', subject: a }] }));
    await store.append(entry(3, { released: [{ coordinate: 'Citizen.name', subject: b }] }));
    await store.append(
      entry(4, {
        principal: { kind: 'citizen', subject: a, roles: [] },
        clientId: 'vneid-app',
        purpose: null,
        operationName: 'MyDossiers',
        released: [{ coordinate: 'Dossier.applicantName', subject: a }, { coordinate: 'Citizen.name', subject: b }],
      }),
    );
    await store.append(entry(5, { released: [{ coordinate: 'Citizen.address', subject: a }], outcome: 'partial', errorCodes: ['FORBIDDEN'] }));
  });
  afterAll(async () => {
    await store.close();
    await temp.cleanup();
  });

  it('lists who read a citizen\'s data, newest first, with only that citizen\'s coordinates', async () => {
    expect(await findPersonalDataReads(store, TEST_SUBJECT_KEY, CITIZEN_A)).toEqual([
      {
        seq: 5,
        at: '2026-11-20T03:00:05.000Z',
        requestId: 'req-5',
        principal: { kind: 'official', subject: 'CB-0001', agency: 'H01.01' },
        clientId: 'ecabinet-web',
        purpose: 'DOSSIER_PROCESSING',
        operationName: 'Op5',
        outcome: 'partial',
        coordinates: ['Citizen.address'],
      },
      {
        seq: 4,
        at: '2026-11-20T03:00:04.000Z',
        requestId: 'req-4',
        principal: { kind: 'citizen', subject: subjectHash(TEST_SUBJECT_KEY, CITIZEN_A) },
        clientId: 'vneid-app',
        purpose: null,
        operationName: 'MyDossiers',
        outcome: 'ok',
        coordinates: ['Dossier.applicantName'],
      },
      expect.objectContaining({ seq: 2, coordinates: ['Citizen.name', 'Citizen.birthDate'] }),
    ]);
  });

  it('honours `first`, finds nothing for an unknown citizen or under another key, and refuses a malformed id', async () => {
    expect((await findPersonalDataReads(store, TEST_SUBJECT_KEY, CITIZEN_B, { first: 1 })).map((read) => read.seq)).toEqual([4]);
    expect(await findPersonalDataReads(store, TEST_SUBJECT_KEY, '012345678901')).toEqual([]);
    expect(await findPersonalDataReads(store, 'another-key-of-at-least-32-characters', CITIZEN_A)).toEqual([]);
    await expect(findPersonalDataReads(store, TEST_SUBJECT_KEY, '12345')).rejects.toThrow(RangeError);
  });
});
