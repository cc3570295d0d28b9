import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../common/errors/GovGraphError.js';
import type { DocumentRecord, TaskRecord } from '../adapter/documentRecords.js';
import type { DocumentsContext } from '../DocumentsContext.js';
import { taskStatusAt } from '../domain/taskStatusAt.js';
import { Agency, agencyRef } from '../schema/Agency.js';
import { Document } from '../schema/Document.js';
import { TaskStatus } from '../schema/enums.js';
import { Task } from '../schema/Task.js';

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => Task, { nullable: true, description: 'One task by id. Unknown ids give NOT_FOUND.' })
  async task(@Arg('id', () => ID) id: string, @Ctx() ctx: DocumentsContext): Promise<TaskRecord> {
    const task = await ctx.loaders.taskById.load(id);
    if (!task) throw notFound(`No task has the id ${id}.`);
    return task;
  }

  @FieldResolver(() => TaskStatus, { description: 'The task\'s bucket as of now.' })
  status(@Root() task: TaskRecord, @Ctx() ctx: DocumentsContext): TaskStatus {
    return taskStatusAt(task, ctx.now());
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: 'Đơn vị chủ trì — the agency leading the task. Null only when the directory cannot be reached (with an error).',
  })
  leadAgency(@Root() task: TaskRecord): Agency {
    return agencyRef(task.leadAgencyCode);
  }

  @FieldResolver(() => [Agency], { nullable: true, description: 'Đơn vị phối hợp — co-operating agencies.' })
  coAgencies(@Root() task: TaskRecord): Agency[] {
    return task.coAgencyCodes.map(agencyRef);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Đơn vị giao — the agency whose leader assigned the task.' })
  assignedBy(@Root() task: TaskRecord): Agency | null {
    return task.assignedByCode ? agencyRef(task.assignedByCode) : null;
  }

  @FieldResolver(() => Document, {
    nullable: true,
    description: 'The document the task was assigned from; null when there is none or it is secret.',
  })
  async sourceDocument(@Root() task: TaskRecord, @Ctx() ctx: DocumentsContext): Promise<DocumentRecord | null> {
    return task.sourceDocumentId ? ctx.loaders.documentById.load(task.sourceDocumentId) : null;
  }
}
