/**
 * The acceptance table of issue 4: every seeded principal (and a caller without a token) against
 * the operations that matter, each row with the outcome it must have — allowed, denied or masked —
 * run through the gateway over HTTP. A row is read from the answer alone:
 * - denied: a refusal code (UNAUTHENTICATED, FORBIDDEN, PERSISTED_QUERY_NOT_ALLOWED,
 *   GRAPHQL_VALIDATION_FAILED) and no data for the operation's field;
 * - masked: data without errors, the personal id shown as `001******901`;
 * - allowed: data without errors, personal fields (if any) in clear.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Purpose } from '../../schema/purposes.js';
import type { DevPrincipalName } from '../../subgraphs/identity/simulator/devPrincipals.js';
import { postGraphQL } from '../support/graphqlClient.js';
import { startStack, type TestStack } from '../support/startStack.js';

const CITY = '000.00.00.H26';
const DEPARTMENT = '000.00.05.H26';
const COMMUNE = '001.00.00.H26';
const CITIZEN = '001302678901';
const PERIOD = 'from: "2026-01-01", to: "2026-06-30"';

type Outcome = 'allowed' | 'denied' | 'masked';
type Caller = DevPrincipalName | 'anonymous';

interface Operation {
  readonly query?: string;
  /** A trusted document sent by its hash alone. */
  readonly trusted?: { readonly name: string; readonly variables: Record<string, unknown> };
  /** The root field whose data decides the row. */
  readonly field: string;
  /** Where the personal id is, for rows that may be masked. */
  readonly personalId?: (data: Record<string, unknown>) => unknown;
  readonly purpose?: Purpose;
}

const OPERATIONS = {
  directory: { query: `{ agency(code: "${CITY}") { code name level } }`, field: 'agency' },
  publishedIndices: { trusted: { name: 'PartnerIndexScores', variables: { agency: CITY, year: 2024 } }, field: 'agency' },
  cityTasks: { query: `{ agency(code: "${CITY}") { taskSummary(${PERIOD}) { total } } }`, field: 'agency.taskSummary' },
  departmentTasks: { query: `{ agency(code: "${DEPARTMENT}") { taskSummary(${PERIOD}) { total } } }`, field: 'agency.taskSummary' },
  communeDossiers: { query: `{ agency(code: "${COMMUNE}") { dossierSummary(${PERIOD}) { received } } }`, field: 'agency.dossierSummary' },
  citizenNoPurpose: {
    query: `{ citizen(personalId: "${CITIZEN}") { personalId fullName } }`,
    field: 'citizen',
    personalId: (data) => (data['citizen'] as { personalId: string }).personalId,
  },
  citizenWithPurpose: {
    query: `{ citizen(personalId: "${CITIZEN}") { personalId fullName } }`,
    field: 'citizen',
    personalId: (data) => (data['citizen'] as { personalId: string }).personalId,
    purpose: 'INSPECTION',
  },
  me: {
    query: '{ me { __typename ... on Citizen { personalId fullName } ... on Official { id } } }',
    field: 'me',
    personalId: (data) => (data['me'] as { personalId?: string }).personalId,
  },
  auditLog: { query: `{ personalDataReads(personalId: "${CITIZEN}") { seq coordinates } }`, field: 'personalDataReads' },
} satisfies Record<string, Operation>;

type OperationName = keyof typeof OPERATIONS;

const D: Outcome = 'denied';
const A: Outcome = 'allowed';
const M: Outcome = 'masked';

/** The table: one row per caller, one column per operation. */
const TABLE: Record<Caller, Record<OperationName, Outcome>> = {
  //                 directory publishedIndices cityTasks departmentTasks communeDossiers citizenNoPurpose citizenWithPurpose me auditLog
  anonymous: { directory: A, publishedIndices: A, cityTasks: D, departmentTasks: D, communeDossiers: D, citizenNoPurpose: D, citizenWithPurpose: D, me: D, auditLog: D },
  'city-leader': { directory: A, publishedIndices: A, cityTasks: A, departmentTasks: A, communeDossiers: A, citizenNoPurpose: M, citizenWithPurpose: A, me: A, auditLog: D },
  'department-official': { directory: A, publishedIndices: A, cityTasks: D, departmentTasks: A, communeDossiers: D, citizenNoPurpose: D, citizenWithPurpose: D, me: A, auditLog: D },
  'commune-official': { directory: A, publishedIndices: A, cityTasks: D, departmentTasks: D, communeDossiers: A, citizenNoPurpose: D, citizenWithPurpose: D, me: A, auditLog: D },
  auditor: { directory: A, publishedIndices: A, cityTasks: D, departmentTasks: D, communeDossiers: D, citizenNoPurpose: M, citizenWithPurpose: A, me: A, auditLog: A },
  // Partners run trusted contract operations only: anything ad hoc is refused before it runs.
  partner: { directory: D, publishedIndices: A, cityTasks: D, departmentTasks: D, communeDossiers: D, citizenNoPurpose: D, citizenWithPurpose: D, me: D, auditLog: D },
  'citizen-level-1': { directory: A, publishedIndices: A, cityTasks: D, departmentTasks: D, communeDossiers: D, citizenNoPurpose: D, citizenWithPurpose: D, me: M, auditLog: D },
  'citizen-level-2': { directory: A, publishedIndices: A, cityTasks: D, departmentTasks: D, communeDossiers: D, citizenNoPurpose: D, citizenWithPurpose: D, me: A, auditLog: D },
};

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'PERSISTED_QUERY_NOT_ALLOWED', 'GRAPHQL_VALIDATION_FAILED']);

function pick(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

describe('principals × operations through the gateway (issue 4 acceptance)', () => {
  let stack: TestStack;
  let manifest: { operations: { id: string; name: string }[] };

  beforeAll(async () => {
    stack = await startStack();
    manifest = JSON.parse(await readFile(new URL('../../schema/trusted-documents.json', import.meta.url), 'utf8')) as typeof manifest;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function run(caller: Caller, operation: Operation) {
    const headers: Record<string, string> = {};
    if (caller !== 'anonymous') headers['authorization'] = `Bearer ${await stack.token(caller)}`;
    if (operation.purpose) headers['x-govgraph-purpose'] = operation.purpose;
    if (operation.query) return postGraphQL(stack.gatewayUrl, operation.query, undefined, headers);
    const trusted = operation.trusted!;
    const id = manifest.operations.find((candidate) => candidate.name === trusted.name)?.id;
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ variables: trusted.variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } }),
    });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as Awaited<ReturnType<typeof postGraphQL>>['body'], text };
  }

  function outcomeOf(response: Awaited<ReturnType<typeof run>>, operation: Operation): Outcome | string {
    const codes = (response.body.errors ?? []).map((error) => String(error.extensions?.['code']));
    const value = pick(response.body.data, operation.field);
    if (codes.length > 0) {
      const refused = codes.every((code) => REFUSALS.has(code)) && (value === null || value === undefined);
      return refused ? 'denied' : `unexpected errors ${codes.join(', ')}`;
    }
    if (value === null || value === undefined) return 'no data and no error';
    if (!operation.personalId) return 'allowed';
    const shown = operation.personalId(response.body.data as Record<string, unknown>);
    if (shown === undefined) return 'allowed';
    if (shown === CITIZEN || (typeof shown === 'string' && /^\d{12}$/.test(shown))) return 'allowed';
    return typeof shown === 'string' && shown.includes('*') ? 'masked' : `unreadable personal id ${String(shown)}`;
  }

  const rows = Object.entries(TABLE).flatMap(([caller, row]) =>
    Object.entries(row).map(([operation, expected]) => ({ caller: caller as Caller, operation: operation as OperationName, expected })),
  );

  it.each(rows)('$caller × $operation → $expected', async ({ caller, operation, expected }) => {
    const spec: Operation = OPERATIONS[operation];
    const response = await run(caller, spec);
    expect(outcomeOf(response, spec)).toBe(expected);
    // Whatever the outcome, nothing leaks: no stack trace, and a personal id in clear only when allowed.
    expect(response.text).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
    if (expected !== 'allowed' || caller === 'anonymous') expect(response.text).not.toContain(CITIZEN);
  });
});
