import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { periodAsOf } from '../../common/schema/periodAsOf.js';
import { parsePeriod } from '../../common/schema/arguments.js';
import { DateScalar } from '../../common/schema/scalars.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { Agency } from '../schema/Agency.js';
import { FeedbackSummary } from '../schema/FeedbackSummary.js';

/**
 * Feedback figures on Agency. Nullable on purpose: when the feedback system fails, only this field
 * is null (or a stale copy, marked so), while the agency and the other systems' figures arrive.
 */
@Resolver(() => Agency)
export class AgencyFeedbackResolver {
  @FieldResolver(() => FeedbackSummary, { nullable: true, description: 'Feedback figures of the period for the agency and every unit under it.' })
  async feedbackSummary(
    @Root() agency: Agency,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: FeedbackContext,
  ): Promise<FeedbackSummary> {
    parsePeriod(from, to);
    // The key leaves out the as-of instant, so a stale copy stands in for the same period.
    const { value, stale } = await ctx.lastGood.read(`feedbackSummary|${agency.code}|${from}|${to}`, async () => {
      const asOf = periodAsOf(to, ctx.now());
      return { counts: await ctx.adapter.feedbackCounts(agency.code, from, to, asOf, ctx.request.deadline), asOf };
    });
    const { counts, asOf } = value;
    return {
      received: counts.received,
      resolved: counts.resolved,
      overdue: counts.overdue,
      satisfactionRate: counts.ratings === 0 ? null : counts.satisfied / counts.ratings,
      provenance: { system: ctx.adapter.system, asOf, stale },
    };
  }
}
