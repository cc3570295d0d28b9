import type { LegacyRecord } from '../../common/simulator/envelope.js';
import { hash32 } from '../../common/simulator/hash32.js';
import { agencyChildren, agencyRanges, hanoiAgencies, REFORM_MINUTE, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { legacyText, storedAsNfd } from '../../common/simulator/legacyText.js';
import { officialName, personName } from '../../common/simulator/personName.js';
import { civilFromDays, dayOfMinutes, daysFromCivil, formatDate, formatInstant, MINUTES_PER_DAY } from '../../common/simulator/vietnamTime.js';
import { OUTGOING_BIT, SIGNED_BIT, secrecyOf, typeOf, urgencyOf } from './documentFlags.js';
import { documentSubject, TOPIC_COUNT, topicText } from './documentSubject.js';
import { DOCUMENT_TYPES, OFFICIAL_LETTER_TYPE, type DocumentType } from './documentTypes.js';
import { CITY_COUNCIL, EXTERNAL_ISSUERS, MINISTRY_OF_DEPARTMENT, type ExternalIssuer } from './externalIssuers.js';
import { planTask } from './planTask.js';
import type { DocumentStore } from './seedDocuments.js';

/**
 * A document as the legacy API prints it (documents API.md, "Document record"), derived on demand
 * from the stored columns and hashes of its index: issuer, number, subject and signer are never
 * stored, yet the same document always reads the same.
 */

const SALT = 0xd0c5;
const NFD_SALT = 0xd0c;

/** Hash draw `k` of document `index`. */
function draw(seed: number, index: number, k: number): number {
  return hash32(seed, index, SALT, k);
}

/** The topic (documentSubject.ts) of document `index`; its tasks are about the same topic. */
export function documentTopic(seed: number, index: number): number {
  return draw(seed, index, 6) % TOPIC_COUNT;
}

/** Who issued a document: an agency of the city (by index) or an outside issuer. */
type Issuer = { readonly internal: true; readonly agency: HanoiAgency } | { readonly internal: false; readonly external: ExternalIssuer };

const COUNCIL = EXTERNAL_ISSUERS[CITY_COUNCIL] as ExternalIssuer;
const MINISTRIES = EXTERNAL_ISSUERS.filter((_, i) => i !== CITY_COUNCIL);
/** Numbers a year by issuer kind, for plausible numbers on received documents. */
const YEARLY_VOLUME = { city: 25_000, department: 8_000, district: 6_000, formerCommune: 800, commune: 4_000 } as const;

function internal(index: number): Issuer {
  return { internal: true, agency: hanoiAgencies[index] as HanoiAgency };
}

function external(issuer: ExternalIssuer): Issuer {
  return { internal: false, external: issuer };
}

function inRange(range: readonly [number, number], h: number, avoid = -1): number {
  const size = range[1] - range[0];
  const index = range[0] + (h % size);
  return index === avoid ? range[0] + ((h + 1) % size) : index;
}

/** Local units (districts before the reform, current communes after) valid at `minute`. */
function localUnits(minute: number): readonly [number, number] {
  return minute < REFORM_MINUTE ? agencyRanges.districts : agencyRanges.communes;
}

/** The sender of an incoming document, chosen among issuers that existed when it was issued. */
function incomingIssuer(agency: HanoiAgency, issuedAt: number, u: number, h: number): Issuer {
  const ministry = (): Issuer => external(MINISTRIES[h % MINISTRIES.length] as ExternalIssuer);
  switch (agency.kind) {
    case 'city':
      if (u < 0.4) return ministry();
      if (u < 0.45) return external(COUNCIL);
      return internal(u < 0.86 ? inRange(agencyRanges.departments, h) : inRange(localUnits(issuedAt), h));
    case 'department': {
      if (u < 0.2) {
        const own = EXTERNAL_ISSUERS.find((issuer) => issuer.symbol === MINISTRY_OF_DEPARTMENT[agency.symbol]);
        return own === undefined ? ministry() : external(own);
      }
      if (u < 0.35) return ministry();
      if (u < 0.4) return external(COUNCIL);
      if (u < 0.75) return internal(0);
      return internal(u < 0.9 ? inRange(agencyRanges.departments, h, agency.index) : inRange(localUnits(issuedAt), h));
    }
    case 'district': {
      if (u < 0.55) return internal(0);
      if (u < 0.85) return internal(inRange(agencyRanges.departments, h));
      const communes = agencyChildren(agency.index);
      if (u < 0.95 && communes.length > 0) return internal(communes[h % communes.length] as number);
      return ministry();
    }
    case 'formerCommune': {
      if (u < 0.5) return internal(agency.parentIndex);
      if (u < 0.75) return internal(0);
      if (u < 0.95) return internal(inRange(agencyRanges.departments, h));
      const siblings = agencyChildren(agency.parentIndex).filter((i) => i !== agency.index);
      return internal(siblings[h % siblings.length] ?? agency.parentIndex);
    }
    default: {
      if (u < 0.55) return internal(0);
      if (u < 0.92) return internal(inRange(agencyRanges.departments, h));
      if (u < 0.97) return internal(inRange(agencyRanges.communes, h, agency.index));
      return ministry();
    }
  }
}

/** Drafting units in Công văn symbols (`452/UBND-KT`), by issuer kind. */
const LETTER_UNITS: Readonly<Record<HanoiAgency['kind'], readonly string[]>> = {
  city: ['KT', 'NC', 'ĐT', 'KGVX', 'TH', 'TKBT'],
  department: ['VP', 'KHTC', 'TCCB', 'QLCL', 'TTr', 'NV'],
  district: ['VP', 'KT', 'TCKH', 'TNMT', 'VHXH', 'TP'],
  formerCommune: ['VP', 'ĐC', 'TP'],
  commune: ['VP', 'KT', 'VHXH'],
};

/** `SoKyHieu`: `452/QĐ-UBND`, or `452/UBND-KT` for a Công văn. */
function numberAndSymbol(number: number, type: DocumentType, issuerSymbol: string, units: readonly string[], h: number): string {
  if (type === DOCUMENT_TYPES[OFFICIAL_LETTER_TYPE]) return `${number}/${issuerSymbol}-${units[h % units.length]}`;
  return `${number}/${type.code}-${issuerSymbol}`;
}

/** Types an office chief may sign "TL." (on behalf of the head): notices and forms, not decisions. */
const DELEGABLE_TYPES = new Set(['CV', 'TB', 'GM', 'GGT', 'PG', 'PC', 'PB']);

interface Signature {
  readonly name: string;
  readonly position: string;
  readonly competence: string;
}

function signature(seed: number, issuer: Issuer, type: DocumentType, h: number, h2: number): Signature {
  const r = h % 100;
  if (!issuer.internal) {
    const { external: from } = issuer;
    const issuerIndex = EXTERNAL_ISSUERS.indexOf(from);
    const collective = from.symbol === 'CP' || from.symbol === 'HĐND';
    if (r < 15) {
      return { name: personName(hash32(seed, 0xe47, issuerIndex, 0)), position: from.headTitle, competence: collective ? 'TM.' : '' };
    }
    return { name: personName(hash32(seed, 0xe47, issuerIndex, 1 + (h2 % 4))), position: from.deputyTitle, competence: 'KT.' };
  }
  const { agency } = issuer;
  // People's committees sign as a collective ("TM. Ủy ban nhân dân"); a director signs in person.
  const collective = agency.kind !== 'department';
  let ordinal = r < 22 ? 0 : 1 + (h2 & 1);
  if (r >= 88 && DELEGABLE_TYPES.has(type.code)) ordinal = 3;
  const name = officialName(seed, agency.index, ordinal);
  if (ordinal === 0) return { name, position: agency.headTitle, competence: collective ? 'TM.' : '' };
  if (ordinal <= 2) return { name, position: agency.deputyTitle, competence: 'KT.' };
  return { name, position: agency.officeChiefTitle, competence: !collective && h2 % 10 === 0 ? 'TUQ.' : 'TL.' };
}

/** Number a received document plausibly had at its issuer: proportional to the day of the year. */
function plausibleNumber(issuedAt: number, yearlyVolume: number, h: number): number {
  const day = dayOfMinutes(issuedAt);
  const [year] = civilFromDays(day);
  const dayOfYear = day - daysFromCivil(year, 1, 1);
  return 1 + Math.floor((yearlyVolume * (dayOfYear + (h % 1000) / 1000)) / 366);
}

/** The legacy record of document `index`. */
export function legacyDocument(store: DocumentStore, index: number): LegacyRecord {
  const seed = store.seed;
  const flags = store.flags[index] ?? 0;
  const agency = hanoiAgencies[store.agency[index] ?? 0] as HanoiAgency;
  const periodTime = store.time[index] ?? 0;
  const outgoing = (flags & OUTGOING_BIT) !== 0;
  const type = DOCUMENT_TYPES[typeOf(flags)] as DocumentType;
  const secrecy = secrecyOf(flags);

  let issuedAt = periodTime;
  let issuer: Issuer = internal(agency.index);
  if (!outgoing) {
    // Issued zero to three days before it was registered here, within working hours.
    const day = dayOfMinutes(periodTime) - (draw(seed, index, 3) % 4);
    issuedAt = Math.min(day * MINUTES_PER_DAY + 450 + (draw(seed, index, 4) % 600), periodTime - 10);
    // A new commune's first registrations came from issuers of the new era (other new communes
    // among them), so nothing it received was issued before it existed.
    issuedAt = Math.max(issuedAt, agency.validFrom);
    issuer = incomingIssuer(agency, issuedAt, draw(seed, index, 1) / 4294967296, draw(seed, index, 2));
  }
  const issuerSymbol = issuer.internal ? issuer.agency.symbol : issuer.external.symbol;
  const units = issuer.internal ? LETTER_UNITS[issuer.agency.kind] : issuer.external.units;
  const number = outgoing
    ? (store.registerNumber[index] ?? 1)
    : plausibleNumber(issuedAt, issuer.internal ? YEARLY_VOLUME[issuer.agency.kind] : issuer.external.yearlyVolume, draw(seed, index, 5));
  const area = issuer.internal ? issuer.agency.area : 'thành phố Hà Nội';
  const subject = documentSubject(type.code, topicText(documentTopic(seed, index), issuedAt, area), draw(seed, index, 7));
  const signer = signature(seed, issuer, type, draw(seed, index, 8), draw(seed, index, 9));

  let dueDate = '';
  const plan = planTask(store, index);
  if (plan?.linked === true) dueDate = formatDate(plan.dueDay);
  else if (!outgoing && secrecy === 0 && draw(seed, index, 10) % 4 === 0) {
    dueDate = formatDate(dayOfMinutes(periodTime) + 3 + (draw(seed, index, 11) % 15));
  }

  const nfd = storedAsNfd(seed, NFD_SALT, index);
  return {
    ID: `VB${String(index + 1).padStart(8, '0')}`,
    LoaiSo: outgoing ? '2' : '1',
    MaDonViSo: agency.code,
    SoKyHieu: numberAndSymbol(number, type, issuerSymbol, units, draw(seed, index, 12)),
    SoDen: outgoing ? '' : String(store.registerNumber[index] ?? 1),
    TrichYeu: legacyText(subject, nfd),
    MaLoaiVanBan: type.code,
    TenLoaiVanBan: legacyText(type.name, nfd),
    MaCoQuanBanHanh: issuer.internal ? issuer.agency.code : '',
    TenCoQuanBanHanh: legacyText(issuer.internal ? issuer.agency.name : issuer.external.name, nfd),
    NgayBanHanh: formatInstant(issuedAt),
    NgayDen: outgoing ? '' : formatInstant(periodTime),
    NguoiKy: legacyText(signer.name, nfd),
    ChucVuNguoiKy: legacyText(signer.position, nfd),
    ThamQuyenKy: signer.competence,
    DoKhan: String(urgencyOf(flags)),
    DoMat: String(secrecy),
    HanXuLy: dueDate,
    KySo: (flags & SIGNED_BIT) !== 0 ? '1' : '0',
  };
}
