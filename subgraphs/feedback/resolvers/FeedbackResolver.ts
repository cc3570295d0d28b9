import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors/GovGraphError.js';
import { parseDateArgument, parseFirst, parsePeriod } from '../../common/schema/arguments.js';
import { DateScalar } from '../../common/schema/scalars.js';
import { checkAgencyCode } from '../../common/schema/agencyCode.js';
import { decodeFeedbackCursor } from '../adapter/feedbackCursor.js';
import type { FeedbackRecord } from '../adapter/feedbackRecords.js';
import type { FeedbackPage } from '../adapter/FeedbackSystemAdapter.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { Agency, agencyRef } from '../schema/Agency.js';
import { FeedbackConnection } from '../schema/connections.js';
import { FeedbackChannel, FeedbackStatus } from '../schema/enums.js';
import { Feedback } from '../schema/Feedback.js';

const CITY = '000.00.00.H26';

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Query(() => FeedbackConnection, {
    nullable: true,
    description:
      'Published feedback, newest first, handled by `agency` (default the whole city) and, by default, every unit under it; optionally of one channel, in one status (as of now), received within `from`–`to`.',
  })
  async feedback(
    @Arg('agency', () => ID, { nullable: true, description: 'Handling agency (đơn vị xử lý); default the city.' }) agency: string | null,
    @Arg('includeSubunits', () => Boolean, { defaultValue: true }) includeSubunits: boolean,
    @Arg('channel', () => FeedbackChannel, { nullable: true }) channel: FeedbackChannel | null,
    @Arg('status', () => FeedbackStatus, { nullable: true }) status: FeedbackStatus | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'First day of reception, inclusive.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Last day of reception, inclusive.' }) to: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: FeedbackContext,
  ): Promise<FeedbackPage> {
    const agencyCode = agency == null ? CITY : checkAgencyCode(agency, 'agency');
    if (from) parseDateArgument('from', from);
    if (to) parseDateArgument('to', to);
    if (from && to) parsePeriod(from, to);
    const page = await ctx.adapter.listPublished(
      { agencyCode, includeSubunits, channel, status, from, to },
      parseFirst(first),
      after ? decodeFeedbackCursor(after) : undefined,
      ctx.request.deadline,
    );
    for (const item of page.nodes) ctx.loaders.feedbackById.prime(item.id, item);
    return page;
  }

  @Query(() => Feedback, { nullable: true, description: 'One published feedback by id. Unknown and unpublished feedback give NOT_FOUND alike.' })
  async feedbackItem(@Arg('id', () => ID) id: string, @Ctx() ctx: FeedbackContext): Promise<FeedbackRecord> {
    const item = await ctx.loaders.feedbackById.load(id);
    if (!item) throw notFound(`No published feedback has the id ${id}.`);
    return item;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Địa bàn — the commune (xã, phường) where the problem is, as it was when the feedback came in.' })
  location(@Root() item: FeedbackRecord): Agency | null {
    return item.locationCode ? agencyRef(item.locationCode) : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Đơn vị xử lý — the agency handling it.' })
  handlingAgency(@Root() item: FeedbackRecord): Agency {
    return agencyRef(item.handlingAgencyCode);
  }
}
