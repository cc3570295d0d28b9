import { createHash } from 'node:crypto';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';

/** One operation of the manifest: Apollo's persisted-query manifest entry. */
export interface TrustedDocument {
  /** sha256 of `body`, lower-case hex: what a client sends as `extensions.persistedQuery.sha256Hash`. */
  readonly id: string;
  /** The operation's name, e.g. `LeaderDashboard`. */
  readonly name: string;
  readonly type: 'query' | 'mutation' | 'subscription';
  /** The operation's text, printed by graphql's `print`: what a client sends as `query`. */
  readonly body: string;
}

/** Apollo's persisted-query manifest (the format `@apollo/generate-persisted-query-manifest` writes). */
export interface TrustedDocumentManifest {
  readonly format: 'apollo-persisted-query-manifest';
  readonly version: 1;
  readonly operations: readonly TrustedDocument[];
}

/** An operation file of `schema/operations/`. */
export interface OperationFile {
  /** The file name, e.g. `LeaderDashboard.graphql`: it must be the operation's name. */
  readonly fileName: string;
  readonly text: string;
}

/** sha256 of a text in lower-case hex, as Apollo's APQ and persisted-query manifests compute it. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Builds the trusted-document manifest from the operation files, ordered by name.
 *
 * Each file holds exactly one named operation (and the fragments it uses), named like the file.
 * Its `body` is graphql's `print` of the file, so comments and layout of the file do not matter;
 * the gateway also matches a query sent in any other layout by printing it the same way.
 *
 * @throws Error naming the file when it does not hold exactly one operation named like it
 */
export function buildTrustedDocuments(files: readonly OperationFile[]): TrustedDocumentManifest {
  const operations = files.map((file): TrustedDocument => {
    const document = parse(file.text);
    const definitions = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const expected = file.fileName.replace(/\.graphql$/, '');
    const [operation] = definitions;
    if (definitions.length !== 1 || !operation || operation.name?.value !== expected) {
      throw new Error(`schema/operations/${file.fileName} must hold exactly one operation, named ${expected}.`);
    }
    const body = print(document);
    return { id: sha256Hex(body), name: expected, type: operation.operation, body };
  });
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}
