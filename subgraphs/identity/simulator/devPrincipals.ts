import { agencyIndexByCode, hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import type { OfficialDirectory } from './seedOfficials.js';

/** Roles used for authorization (DOMAIN.md, Organisation). */
export type PrincipalRole = 'LEADER' | 'OFFICIAL' | 'AUDITOR';

/** What kind of caller a token stands for (ARCHITECTURE.md §4, Principals). */
export type PrincipalKind = 'official' | 'partner' | 'citizen';

/**
 * Scopes the provider grants:
 * - `personal-data`: may be released citizens' personal data (still needs identity level 2 and a
 *   declared purpose);
 * - `audit-log`: may read the access log (who read whose data);
 * - `shared-indicators`, `published-indices`: a partner's reads of the city's shared
 *   socio-economic indicators and published indices.
 */
export type PrincipalScope = 'personal-data' | 'audit-log' | 'shared-indicators' | 'published-indices';

/** The GovGraph claims of an access token, beside the registered ones (iss, aud, sub, iat, nbf, exp, jti). */
export interface GovGraphClaims {
  /** Official: `IDCanBo` (`CB` + 7 digits); partner: its client id; citizen: the 12-digit personal id. */
  readonly sub: string;
  /** The OAuth2 client the token was issued to (RFC 9068): the partner's id, else `govgraph-dev-login`. */
  readonly client_id: string;
  readonly kind: PrincipalKind;
  /** Granted scopes, space-separated (RFC 9068 `scope`); `""` when none. */
  readonly scope: string;
  /** Officials: the agency code of their account. */
  readonly agency?: string;
  /** Officials: their roles, from the directory's legacy codes (`LD`, `CV`, `TTr`). */
  readonly roles?: readonly PrincipalRole[];
  /** Officials: their name as in the directory (not a citizen's personal data). */
  readonly name?: string;
  /** Citizens: VNeID level 1 or 2; officials: 2 (their accounts are verified in person). */
  readonly identity_level?: 1 | 2;
  /** Partners: the schema contract the client is bound to. */
  readonly contract?: 'partner';
}

interface OfficialPrincipal {
  readonly kind: 'official';
  readonly description: string;
  /** The agency whose first account with `role` the principal is (first in `IDCanBo` order). */
  readonly agency: string;
  readonly role: PrincipalRole;
  readonly scopes: readonly PrincipalScope[];
}

interface PartnerPrincipal {
  readonly kind: 'partner';
  readonly description: string;
  readonly clientId: string;
  readonly contract: 'partner';
  readonly scopes: readonly PrincipalScope[];
}

interface CitizenPrincipal {
  readonly kind: 'citizen';
  readonly description: string;
  /** Province 001, century/sex digit, 2-digit birth year, 6 digits (DOMAIN.md, Identity). */
  readonly personalId: string;
  readonly identityLevel: 1 | 2;
  readonly scopes: readonly PrincipalScope[];
}

export type DevPrincipal = OfficialPrincipal | PartnerPrincipal | CitizenPrincipal;

/** The client id of the seeded partner: the Government's reporting system. */
export const PARTNER_CLIENT_ID = 'gov-reporting-system';

/** The client id written into development-login tokens. */
export const DEV_LOGIN_CLIENT_ID = 'govgraph-dev-login';

/** The principals `POST /dev/login` and `npm run token -- <name>` issue tokens for. */
export const DEV_PRINCIPALS = {
  'city-leader': {
    kind: 'official',
    description: 'Leader of the city people\'s committee (000.00.00.H26, LEADER); sees every agency',
    agency: '000.00.00.H26',
    role: 'LEADER',
    scopes: ['personal-data'],
  },
  'department-official': {
    kind: 'official',
    description: 'Official of a department (000.00.05.H26, OFFICIAL)',
    agency: '000.00.05.H26',
    role: 'OFFICIAL',
    scopes: [],
  },
  'commune-official': {
    kind: 'official',
    description: 'Official of a current commune-level unit (001.00.00.H26, OFFICIAL)',
    agency: '001.00.00.H26',
    role: 'OFFICIAL',
    scopes: [],
  },
  auditor: {
    kind: 'official',
    description: 'Inspector of the city inspectorate (000.00.15.H26, OFFICIAL and AUDITOR); reads the access log',
    agency: '000.00.15.H26',
    role: 'AUDITOR',
    scopes: ['personal-data', 'audit-log'],
  },
  partner: {
    kind: 'partner',
    description: `The Government's reporting system (client ${PARTNER_CLIENT_ID}), bound to the partner contract`,
    clientId: PARTNER_CLIENT_ID,
    contract: 'partner',
    scopes: ['shared-indicators', 'published-indices'],
  },
  'citizen-level-1': {
    kind: 'citizen',
    description: 'Citizen with a basic (level 1) VNeID account, male, born 1985',
    personalId: '001085012345',
    identityLevel: 1,
    scopes: [],
  },
  'citizen-level-2': {
    kind: 'citizen',
    description: 'Citizen with a verified (level 2) VNeID account, female, born 2002',
    personalId: '001302678901',
    identityLevel: 2,
    scopes: [],
  },
} as const satisfies Record<string, DevPrincipal>;

export type DevPrincipalName = keyof typeof DEV_PRINCIPALS;

export const DEV_PRINCIPAL_NAMES = Object.keys(DEV_PRINCIPALS) as DevPrincipalName[];

export function isDevPrincipalName(name: string): name is DevPrincipalName {
  return Object.hasOwn(DEV_PRINCIPALS, name);
}

const ROLE_OF_LEGACY: Readonly<Record<string, PrincipalRole>> = { LD: 'LEADER', CV: 'OFFICIAL', TTr: 'AUDITOR' };

/** The claims of a partner client's tokens (client credentials and development login alike). */
export function partnerClaims(principal: PartnerPrincipal): GovGraphClaims {
  return {
    sub: principal.clientId,
    client_id: principal.clientId,
    kind: 'partner',
    scope: principal.scopes.join(' '),
    contract: principal.contract,
  };
}

/**
 * Resolves a principal of the catalogue against the seeded directory: an official is the first
 * account of its agency holding its role, so the graph finds the same official by `sub`.
 * Throws when the directory has none (a start-up error: the seed structure is fixed).
 */
export function resolveDevPrincipal(principal: DevPrincipal, directory: OfficialDirectory): GovGraphClaims {
  switch (principal.kind) {
    case 'partner':
      return partnerClaims(principal);
    case 'citizen':
      return {
        sub: principal.personalId,
        client_id: DEV_LOGIN_CLIENT_ID,
        kind: 'citizen',
        scope: principal.scopes.join(' '),
        identity_level: principal.identityLevel,
      };
    case 'official': {
      const agencyIndex = agencyIndexByCode.get(principal.agency);
      if (agencyIndex === undefined) throw new Error(`dev principal: no agency ${principal.agency}`);
      const start = directory.agencyStart[agencyIndex] ?? 0;
      const end = directory.agencyStart[agencyIndex + 1] ?? 0;
      for (let index = start; index < end; index++) {
        const official = directory.official(index);
        const roles = official.roles.map((code) => ROLE_OF_LEGACY[code]).filter((role) => role !== undefined);
        // A leader who is also an inspector is not "the auditor": take a plain inspector.
        if (!roles.includes(principal.role) || (principal.role === 'AUDITOR' && roles.includes('LEADER'))) continue;
        return {
          sub: official.id,
          client_id: DEV_LOGIN_CLIENT_ID,
          kind: 'official',
          scope: principal.scopes.join(' '),
          agency: (hanoiAgencies[official.agencyIndex] as HanoiAgency).code,
          roles,
          name: official.name,
          identity_level: 2,
        };
      }
      throw new Error(`dev principal: agency ${principal.agency} has no account with role ${principal.role}`);
    }
  }
}
