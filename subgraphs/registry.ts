import type { GraphQLSchema } from 'graphql';
import type { FieldPolicy } from './common/auth/fieldPolicy.js';
import { feedbackPolicy } from './feedback/feedbackPolicy.js';
import { reportingPolicy } from './reporting/reportingPolicy.js';
import { dossiersPolicy } from './dossiers/dossiersPolicy.js';
import { documentsPolicy } from './documents/documentsPolicy.js';
import { identityPolicy } from './identity/identityPolicy.js';
import type { SubgraphConfig, UpstreamCredentials } from './common/config/loadSubgraphConfig.js';
import type { SimulatorServer } from './common/simulator/createSimulatorServer.js';
import type { SeededSimulatorOptions } from './common/simulator/resolveSimulatorOptions.js';
import type { SubgraphServer } from './common/server/createSubgraphServer.js';
import type { SubgraphDeps } from './common/server/SubgraphDeps.js';
import { createDocumentsSchema } from './documents/createDocumentsSchema.js';
import { createDossiersSchema } from './dossiers/createDossiersSchema.js';
import { createDossiersSubgraph, DOSSIERS_SIMULATOR_CREDENTIALS, DOSSIERS_SYSTEM } from './dossiers/createDossiersSubgraph.js';
import { createDossiersSimulator } from './dossiers/simulator/createDossiersSimulator.js';
import { createFeedbackSchema } from './feedback/createFeedbackSchema.js';
import { createFeedbackSubgraph, FEEDBACK_SIMULATOR_CREDENTIALS, FEEDBACK_SYSTEM } from './feedback/createFeedbackSubgraph.js';
import { createFeedbackSimulator } from './feedback/simulator/createFeedbackSimulator.js';
import { createReportingSchema } from './reporting/createReportingSchema.js';
import { createReportingSubgraph, REPORTING_SIMULATOR_CREDENTIALS, REPORTING_SYSTEM } from './reporting/createReportingSubgraph.js';
import { createReportingSimulator } from './reporting/simulator/createReportingSimulator.js';
import { createDocumentsSubgraph, DOCUMENTS_SYSTEM } from './documents/createDocumentsSubgraph.js';
import { createDocumentsSimulator } from './documents/simulator/createDocumentsSimulator.js';
import { createIdentitySchema } from './identity/createIdentitySchema.js';
import { createIdentitySubgraph, IDENTITY_SYSTEM } from './identity/createIdentitySubgraph.js';
import { createIdentitySimulator } from './identity/simulator/createIdentitySimulator.js';

/** What the stack, the schema composer and the tests need to know of one subgraph. */
export interface SubgraphEntry {
  /** Name in the supergraph. */
  readonly name: string;
  /** Prefix of its environment variables (`DOCUMENTS_PORT`, `DOCUMENTS_UPSTREAM_URL`). */
  readonly envPrefix: string;
  /** Id of the upstream system it wraps. */
  readonly system: string;
  /** Port of the embedded default; its simulator listens on this plus 100. */
  readonly defaultPort: number;
  readonly createSchema: () => Promise<GraphQLSchema>;
  /** Who may read each field (fieldPolicy.ts); `createSchema` holds the schema to it. */
  readonly policy: FieldPolicy;
  readonly create: (config: SubgraphConfig, deps: SubgraphDeps) => Promise<SubgraphServer>;
  /** The simulator of its upstream system, for the embedded default, tests and benchmarks. */
  readonly createSimulator: (options: SeededSimulatorOptions) => SimulatorServer;
  /** Credentials the embedded default uses: its simulator's. Real ones come from the environment. */
  readonly simulatorCredentials?: UpstreamCredentials;
  /** Reads the access log (the auditor's lookup): its config gets `<PREFIX>_ACCESS_LOG_*` keys. Default `false`. */
  readonly readsAccessLog?: boolean;
}

/** Every subgraph of GovGraph, in supergraph order. */
export const subgraphRegistry: readonly SubgraphEntry[] = [
  {
    name: 'identity',
    envPrefix: 'IDENTITY',
    system: IDENTITY_SYSTEM,
    defaultPort: 4001,
    createSchema: createIdentitySchema,
    policy: identityPolicy,
    create: createIdentitySubgraph,
    createSimulator: createIdentitySimulator,
    readsAccessLog: true,
  },
  {
    name: 'documents',
    envPrefix: 'DOCUMENTS',
    system: DOCUMENTS_SYSTEM,
    defaultPort: 4002,
    createSchema: createDocumentsSchema,
    policy: documentsPolicy,
    create: createDocumentsSubgraph,
    createSimulator: createDocumentsSimulator,
  },
  {
    name: 'dossiers',
    envPrefix: 'DOSSIERS',
    system: DOSSIERS_SYSTEM,
    defaultPort: 4003,
    createSchema: createDossiersSchema,
    policy: dossiersPolicy,
    create: createDossiersSubgraph,
    createSimulator: createDossiersSimulator,
    simulatorCredentials: DOSSIERS_SIMULATOR_CREDENTIALS,
  },
  {
    name: 'reporting',
    envPrefix: 'REPORTING',
    system: REPORTING_SYSTEM,
    defaultPort: 4004,
    createSchema: createReportingSchema,
    policy: reportingPolicy,
    create: createReportingSubgraph,
    createSimulator: createReportingSimulator,
    simulatorCredentials: REPORTING_SIMULATOR_CREDENTIALS,
  },
  {
    name: 'feedback',
    envPrefix: 'FEEDBACK',
    system: FEEDBACK_SYSTEM,
    defaultPort: 4005,
    createSchema: createFeedbackSchema,
    policy: feedbackPolicy,
    create: createFeedbackSubgraph,
    createSimulator: createFeedbackSimulator,
    simulatorCredentials: FEEDBACK_SIMULATOR_CREDENTIALS,
  },
];

export function defaultRoutingUrl(entry: SubgraphEntry): string {
  return `http://127.0.0.1:${entry.defaultPort}/graphql`;
}

export function defaultUpstreamUrl(entry: SubgraphEntry): string {
  return `http://127.0.0.1:${entry.defaultPort + 100}`;
}

/** Defaults of a subgraph's config in the embedded default: its port, its simulator, its simulator's credentials. */
export function subgraphConfigDefaults(entry: SubgraphEntry, port = entry.defaultPort) {
  return {
    port,
    upstreamUrl: defaultUpstreamUrl(entry),
    ...(entry.simulatorCredentials ? { credentials: entry.simulatorCredentials } : {}),
    ...(entry.readsAccessLog ? { accessLog: true } : {}),
  };
}
