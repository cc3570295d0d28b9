import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { fetchWindow } from '../../common/legacy/fetchWindow.js';
import { parseDateArgument, parsePeriod } from '../../common/schema/arguments.js';
import { connectionOf, pageWindow } from '../../common/schema/connection.js';
import { periodAsOf } from '../../common/schema/periodAsOf.js';
import { DateScalar } from '../../common/schema/scalars.js';
import type { DocumentsContext } from '../DocumentsContext.js';
import { Agency } from '../schema/Agency.js';
import { DocumentConnection, TaskConnection } from '../schema/connections.js';
import { DocumentDirection, TaskStatus } from '../schema/enums.js';
import { DocumentSummary, TaskSummary } from '../schema/summaries.js';

/**
 * Document and task figures on Agency. Every field is nullable on purpose: when the document
 * system fails, these fields are null with a coded error while the agency and the other systems'
 * figures still arrive.
 */
@Resolver(() => Agency)
export class AgencyFiguresResolver {
  @FieldResolver(() => DocumentConnection, {
    nullable: true,
    description: 'Documents in the registers of this agency (and, by default, every unit under it), newest first.',
  })
  async documents(
    @Root() agency: Agency,
    @Arg('direction', () => DocumentDirection, { nullable: true }) direction: DocumentDirection | null,
    @Arg('from', () => DateScalar, { nullable: true }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to: string | null,
    @Arg('includeSubunits', () => Boolean, { defaultValue: true }) includeSubunits: boolean,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: DocumentsContext,
  ): Promise<DocumentConnection> {
    if (from) parseDateArgument('from', from);
    if (to) parseDateArgument('to', to);
    if (from && to) parsePeriod(from, to);
    const window = pageWindow(first, after);
    const page = await fetchWindow(window, (n, size) =>
      ctx.adapter.listDocuments({ agencyCode: agency.code, includeSubunits, direction, from, to }, n, size, ctx.request.deadline),
    );
    return connectionOf(page.items, window, page.total) as unknown as DocumentConnection;
  }

  @FieldResolver(() => TaskConnection, {
    nullable: true,
    description:
      'Tasks led by this agency (and, by default, every unit under it), most urgent due date first; `status` is taken as of now.',
  })
  async tasks(
    @Root() agency: Agency,
    @Arg('status', () => TaskStatus, { nullable: true }) status: TaskStatus | null,
    @Arg('includeSubunits', () => Boolean, { defaultValue: true }) includeSubunits: boolean,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: DocumentsContext,
  ): Promise<TaskConnection> {
    const window = pageWindow(first, after);
    const page = await fetchWindow(window, (n, size) =>
      ctx.adapter.listTasks({ agencyCode: agency.code, includeSubunits, status }, n, size, ctx.request.deadline),
    );
    for (const task of page.items) ctx.loaders.taskById.prime(task.id, task);
    return connectionOf(page.items, window, page.total) as unknown as TaskConnection;
  }

  @FieldResolver(() => DocumentSummary, { nullable: true, description: 'Document figures of the period for the agency and every unit under it.' })
  async documentSummary(
    @Root() agency: Agency,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: DocumentsContext,
  ): Promise<DocumentSummary> {
    parsePeriod(from, to);
    const { value, stale } = await ctx.lastGood.read(`documentSummary|${agency.code}|${from}|${to}`, async () => ({
      counts: await ctx.adapter.documentCounts(agency.code, from, to, ctx.request.deadline),
      asOf: periodAsOf(to, ctx.now()),
    }));
    const { counts, asOf } = value;
    return {
      incoming: counts.incoming,
      outgoing: counts.outgoing,
      digitallySignedRate: counts.outgoing === 0 ? null : counts.outgoingSigned / counts.outgoing,
      provenance: { system: ctx.adapter.system, asOf, stale },
    };
  }

  @FieldResolver(() => TaskSummary, { nullable: true, description: 'Task figures of the period for the agency and every unit under it.' })
  async taskSummary(
    @Root() agency: Agency,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: DocumentsContext,
  ): Promise<TaskSummary> {
    parsePeriod(from, to);
    const { value, stale } = await ctx.lastGood.read(`taskSummary|${agency.code}|${from}|${to}`, async () => {
      const asOf = periodAsOf(to, ctx.now());
      return { counts: await ctx.adapter.taskCounts(agency.code, from, to, asOf, ctx.request.deadline), asOf };
    });
    // A stale copy keeps the as-of instant it was taken at: leaders see how old it is.
    return { ...value.counts, provenance: { system: ctx.adapter.system, asOf: value.asOf, stale } };
  }
}
