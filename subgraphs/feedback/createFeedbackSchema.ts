import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../common/schema/buildFederatedSchema.js';
import type { FeedbackContext } from './FeedbackContext.js';
import { feedbackPolicy } from './feedbackPolicy.js';
import { AgencyFeedbackResolver } from './resolvers/AgencyFeedbackResolver.js';
import { FeedbackResolver } from './resolvers/FeedbackResolver.js';
import { Agency, agencyRef } from './schema/Agency.js';
import { Feedback } from './schema/Feedback.js';

/** The feedback subgraph's schema: published, anonymised feedback and feedback figures on Agency. */
export function createFeedbackSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [AgencyFeedbackResolver, FeedbackResolver], orphanedTypes: [Agency, Feedback] },
    {
      // Agency's own fields live in the identity subgraph; here the key is all it takes.
      Agency: { __resolveReference: (ref: { code: string }) => agencyRef(ref.code) },
      Feedback: { __resolveReference: (ref: { id: string }, ctx: FeedbackContext) => ctx.loaders.feedbackById.load(ref.id) },
    },
    feedbackPolicy,
  );
}
