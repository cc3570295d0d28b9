import type { GraphQLSchema } from 'graphql';
import { visibleReference } from '../common/auth/fieldPolicy.js';
import { buildFederatedSchema } from '../common/schema/buildFederatedSchema.js';
import { canSeeDocument, canSeeTask, documentsPolicy } from './documentsPolicy.js';
import type { DocumentsContext } from './DocumentsContext.js';
import { AgencyFiguresResolver } from './resolvers/AgencyFiguresResolver.js';
import { DocumentResolver } from './resolvers/DocumentResolver.js';
import { TaskResolver } from './resolvers/TaskResolver.js';
import { Agency, agencyRef } from './schema/Agency.js';
import { Document } from './schema/Document.js';
import { Task } from './schema/Task.js';

/** The documents subgraph's schema: documents, tasks, and their figures on Agency. */
export function createDocumentsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [AgencyFiguresResolver, DocumentResolver, TaskResolver], orphanedTypes: [Agency, Document, Task] },
    {
      // Agency's own fields live in the identity subgraph; here the key is all it takes.
      Agency: { __resolveReference: (ref: { code: string }) => agencyRef(ref.code) },
      Document: {
        __resolveReference: async (ref: { id: string }, ctx: DocumentsContext) =>
          visibleReference(ctx.access, 'Document', await ctx.loaders.documentById.load(ref.id), canSeeDocument),
      },
      Task: {
        __resolveReference: async (ref: { id: string }, ctx: DocumentsContext) =>
          visibleReference(ctx.access, 'Task', await ctx.loaders.taskById.load(ref.id), canSeeTask),
      },
    },
    documentsPolicy,
  );
}
