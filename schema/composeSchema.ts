import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { readdir, readFile } from 'node:fs/promises';
import { defaultRoutingUrl, subgraphRegistry } from '../subgraphs/registry.js';
import { buildTrustedDocuments } from './buildTrustedDocuments.js';
import { renderAuthorizationDocs } from '../subgraphs/common/auth/renderAuthorizationDocs.js';
import { errorCodes } from './errorCodes.js';
import { filterContract } from './filterContract.js';

/**
 * The contracts, each written to `schema/contracts/<name>.graphql`: a client bound to one (a
 * partner system) validates and introspects against it alone.
 */
export const CONTRACTS = [{ name: 'partner', includeTags: ['partner'] }] as const;

const OPERATIONS_DIRECTORY = new URL('operations/', import.meta.url);

/**
 * Everything `npm run schema:compose` writes into `schema/`, as file name → content, so the drift
 * test can build the same files in memory and compare.
 */
export async function composeSchemaFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const services = [];
  for (const entry of subgraphRegistry) {
    const sdl = printSubgraphSchema(await entry.createSchema());
    files[`${entry.name}.graphql`] = `${sdl.trim()}\n`;
    services.push({ name: entry.name, typeDefs: parse(sdl), url: defaultRoutingUrl(entry) });
  }
  const result = composeServices(services);
  if (result.errors) {
    const messages = result.errors.map((error) => `  - ${error.message}`).join('\n');
    throw new Error(`Composition of the supergraph failed:\n${messages}`);
  }
  files['supergraph.graphql'] = `${result.supergraphSdl.trim()}\n`;
  for (const contract of CONTRACTS) {
    files[`contracts/${contract.name}.graphql`] = filterContract(result.supergraphSdl, contract);
  }
  files['trusted-documents.json'] = `${JSON.stringify(buildTrustedDocuments(await readOperationFiles()), null, 2)}\n`;
  files['ERRORS.md'] = renderErrorDocs();
  files['AUTHORIZATION.md'] = renderAuthorizationDocs(
    await Promise.all(subgraphRegistry.map(async (entry) => ({ name: entry.name, schema: await entry.createSchema(), policy: entry.policy }))),
  );
  return files;
}

/** The operation files of `schema/operations/`, the source of the trusted-document manifest. */
export async function readOperationFiles(): Promise<{ fileName: string; text: string }[]> {
  const names = (await readdir(OPERATIONS_DIRECTORY)).filter((name) => name.endsWith('.graphql')).sort();
  return Promise.all(names.map(async (fileName) => ({ fileName, text: await readFile(new URL(fileName, OPERATIONS_DIRECTORY), 'utf8') })));
}

/** `schema/ERRORS.md`, generated from the catalogue: never edit it by hand. */
export function renderErrorDocs(): string {
  const rows = Object.entries(errorCodes).map(
    ([code, entry]) => `| \`${code}\` | ${entry.httpStatus} | ${entry.retryable ? 'yes' : 'no'} | ${entry.description} |`,
  );
  return [
    '# Error codes',
    '',
    '<!-- Generated from schema/errorCodes.ts by `npm run schema:compose`. Do not edit. -->',
    '',
    'Every error GovGraph returns carries one of these codes in `errors[].extensions.code`. Errors from a',
    'subgraph also carry `extensions.subgraph`; `UPSTREAM_*` errors carry `extensions.system`, the source',
    'system that failed. Every error carries `extensions.requestId`, the id to quote to operators.',
    '',
    '| code | HTTP status when it rejects the whole request | retry may help | meaning |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
