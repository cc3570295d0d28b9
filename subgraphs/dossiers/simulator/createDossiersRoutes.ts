import { BadParameterError } from '../../common/simulator/BadParameterError.js';
import { basicCredentials } from '../../common/simulator/basicCredentials.js';
import type { SimulatorRequest, SimulatorRoute } from '../../common/simulator/createSimulatorServer.js';
import { noRecord, pagedSuccess, raw, success, type LegacyRecord, type SimulatorResponse } from '../../common/simulator/envelope.js';
import { hanoiAgencies, type HanoiAgency } from '../../common/simulator/hanoiAgencies.js';
import { readAgencyScope } from '../../common/simulator/readAgencyScope.js';
import { readDayRange, readInteger, readKeys, readPaging, readRequired } from '../../common/simulator/queryParams.js';
import { rowsOfCitizen } from './dossierApplicants.js';
import { agencyOfRow, rowOfCode } from './dossierCode.js';
import { dossierStatistics } from './dossierStatistics.js';
import type { TokenIssuer } from './createTokenIssuer.js';
import { legacyDossier } from './legacyDossier.js';
import { legacyProcedure } from './legacyProcedure.js';
import { listDossiers } from './listDossiers.js';
import { PROCEDURE_FIELDS, PROCEDURES, procedureIndexByCode } from './procedureCatalogue.js';
import type { DossierStore } from './seedDossiers.js';

/** The path of the token endpoint (`POST`), the one route open without a bearer token. */
export const TOKEN_PATH = '/oauth2/token';
const TOKEN_METHOD = 'POST';

const OAUTH2_JSON = 'application/json; charset=utf-8';

function readProcedure(query: URLSearchParams): number | undefined {
  const code = query.get('maTTHC')?.trim();
  if (code === undefined || code === '') return undefined;
  if (!/^\d\.\d{6}$/.test(code)) throw new BadParameterError('Tham số "maTTHC" không phải mã thủ tục hợp lệ (dạng 1.005129)');
  // A well-formed but unknown code selects nothing: an index no dossier has.
  return procedureIndexByCode.get(code) ?? -1;
}

/** An OAuth2 answer (RFC 6749 §5.1, §5.2): its own JSON, not the portal's envelope. */
function oauthAnswer(status: number, body: Record<string, unknown>): SimulatorResponse {
  return raw(status, OAUTH2_JSON, JSON.stringify(body));
}

/**
 * `POST /oauth2/token` (client credentials, RFC 6749 §4.4): the parameters come from an
 * `application/x-www-form-urlencoded` body (any other body is read as empty), the client's
 * credentials from HTTP Basic when given, else from the body. The query string is ignored.
 */
function tokenRoute(tokens: TokenIssuer): SimulatorRoute {
  return {
    method: TOKEN_METHOD,
    pattern: TOKEN_PATH,
    handler: ({ headers, body }) => {
      const isForm = String(headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
      const form = new URLSearchParams(isForm ? body : '');
      if (form.get('grant_type') !== 'client_credentials') {
        return oauthAnswer(400, { error: 'unsupported_grant_type', error_description: 'Chỉ hỗ trợ grant_type=client_credentials' });
      }
      const basic = basicCredentials(headers);
      const issued = basic === undefined ? tokens.issue(form.get('client_id') ?? '', form.get('client_secret') ?? '') : tokens.issue(basic.id, basic.secret);
      if (issued === undefined) return oauthAnswer(401, { error: 'invalid_client', error_description: 'Sai mã ứng dụng hoặc khóa bí mật' });
      return oauthAnswer(200, { access_token: issued.token, token_type: 'Bearer', expires_in: issued.expiresIn });
    },
  };
}

/**
 * The simulator's `authenticate` check: every API request but the token endpoint's must carry
 * `Authorization: Bearer <live token>`, else HTTP 401 with an error envelope. The check runs after
 * fault injection and latency, as a gateway in front of the portal would answer.
 */
export function bearerCheck(tokens: TokenIssuer): (request: SimulatorRequest) => SimulatorResponse | undefined {
  return ({ method, headers }) => {
    // The token endpoint is the only POST route (createDossiersRoutes checks it): it is open.
    if (method === TOKEN_METHOD) return undefined;
    const token = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
    if (token !== undefined && tokens.isValid(token)) return undefined;
    return {
      status: 401,
      body: { MaLoi: '401', ThongBao: token === undefined ? 'Thiếu mã truy cập (access token)' : 'Mã truy cập không hợp lệ hoặc đã hết hạn', Data: null },
    };
  };
}

/** The portal's legacy API (dossiers API.md) over the seeded columns. */
export function createDossiersRoutes(store: DossierStore, tokens: TokenIssuer): SimulatorRoute[] {
  const dossierByCode = (code: string, now: number): LegacyRecord | undefined => {
    const found = rowOfCode(store, code);
    // Dossiers received after the clock's now do not exist yet.
    if (found === undefined || (store.time[found.row] as number) > now) return undefined;
    return legacyDossier(store, found.row, found.agency, now);
  };
  const api: SimulatorRoute[] = [
    {
      method: 'GET',
      pattern: '/api/v1/hoso',
      handler: ({ query, now }) => {
        const paging = readPaging(query);
        const agencies = readAgencyScope(query);
        const status = readInteger(query, 'trangThai', 1, 10);
        const procedure = readProcedure(query);
        const { fromMinute, toMinute } = readDayRange(query);
        const { total, rows } = listDossiers(
          store,
          { agencies, fromMinute, toMinute: Math.min(toMinute, now), now, status, procedure },
          paging.offset,
          paging.size,
        );
        return pagedSuccess(
          rows.map((row) => legacyDossier(store, row, agencyOfRow(store, row), now)),
          total,
          paging.page,
          paging.size,
        );
      },
    },
    {
      // The personal id travels in the query string, never in the path, so access logs that keep
      // paths only do not collect it.
      method: 'GET',
      pattern: '/api/v1/hoso/chuhoso',
      handler: ({ query, now }) => {
        const paging = readPaging(query);
        const personalId = readRequired(query, 'soGiayTo');
        if (!/^\d{12}$/.test(personalId)) throw new BadParameterError('Tham số "soGiayTo" không phải số định danh cá nhân hợp lệ (12 chữ số)');
        const time = store.time;
        // Newest period time first, then the later row first, as the agency lists are.
        const rows = rowsOfCitizen(store, personalId)
          .filter((row) => (time[row] as number) <= now)
          .sort((a, b) => (time[b] as number) - (time[a] as number) || b - a);
        const page = rows.slice(paging.offset, paging.offset + paging.size);
        return pagedSuccess(
          page.map((row) => legacyDossier(store, row, agencyOfRow(store, row), now)),
          rows.length,
          paging.page,
          paging.size,
        );
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/hoso/ds',
      handler: ({ query, now }) => {
        const records: LegacyRecord[] = [];
        for (const code of readKeys(query, 'ma')) {
          const record = dossierByCode(code, now);
          if (record !== undefined) records.push(record);
        }
        return success(records);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/hoso/:maHoSo',
      handler: ({ params, now }) => {
        const record = dossierByCode(params.maHoSo ?? '', now);
        return record === undefined ? noRecord() : success(record);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/thongke/hoso',
      handler: ({ query, now }) => {
        const agencies = readAgencyScope(query);
        const { fromMinute, toMinute } = readDayRange(query);
        return success(
          dossierStatistics(store, agencies, fromMinute, Math.min(toMinute, now)).map((row) => ({
            MaDonVi: (hanoiAgencies[row.agency] as HanoiAgency).code,
            SoTiepNhan: String(row.received),
            SoTiepNhanTrucTuyen: String(row.receivedOnline),
            SoDaGiaiQuyet: String(row.resolved),
            SoGiaiQuyetDungHan: String(row.resolvedOnTime),
            SoGiaiQuyetQuaHan: String(row.resolvedLate),
          })),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/thutuc',
      handler: ({ query }) => {
        const paging = readPaging(query);
        const field = query.get('maLinhVuc')?.trim() || undefined;
        if (field !== undefined && !PROCEDURE_FIELDS.some((f) => f.code === field)) {
          throw new BadParameterError('Tham số "maLinhVuc" không phải mã lĩnh vực đã biết');
        }
        const level = readInteger(query, 'capThucHien', 1, 3);
        const matching = PROCEDURES.filter((p) => (field === undefined || PROCEDURE_FIELDS[p.field]?.code === field) && (level === undefined || p.level === level));
        const page = matching.slice(paging.offset, paging.offset + paging.size);
        return pagedSuccess(page.map((p) => legacyProcedure(store.seed, p)), matching.length, paging.page, paging.size);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v1/thutuc/ds',
      handler: ({ query }) => {
        const records: LegacyRecord[] = [];
        for (const code of readKeys(query, 'ma')) {
          const index = procedureIndexByCode.get(code);
          const procedure = index === undefined ? undefined : PROCEDURES[index];
          if (procedure !== undefined) records.push(legacyProcedure(store.seed, procedure));
        }
        return success(records);
      },
    },
  ];
  // bearerCheck opens every request of the token endpoint's method: no API route may share it.
  if (api.some((route) => route.method === TOKEN_METHOD)) throw new Error(`dossiers simulator: ${TOKEN_METHOD} is reserved for the token endpoint`);
  return [tokenRoute(tokens), ...api];
}
