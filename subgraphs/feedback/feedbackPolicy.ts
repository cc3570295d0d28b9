import { inAgencyScope, officials, parentAgency, SHARED_POLICY, SIGNED_IN, type FieldPolicy } from '../common/auth/fieldPolicy.js';

/**
 * Who may read what in the feedback subgraph (fieldPolicy.ts). The feedback items are the
 * published, anonymised ones the city shows on its own portal: officials and citizens read them.
 * The figures are an agency's: officials within their agency scope. Partner systems read nothing.
 */
export const feedbackPolicy: FieldPolicy = {
  ...SHARED_POLICY,
  'Agency.feedbackSummary': inAgencyScope('the agency', parentAgency),
  'FeedbackSummary.*': officials(),
  'Query.feedback': SIGNED_IN,
  'Query.feedbackItem': SIGNED_IN,
  'Feedback.*': SIGNED_IN,
  'FeedbackConnection.*': SIGNED_IN,
};
