import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/schema/scalars.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Nhiệm vụ — a task a leader assigned, usually from a document.' })
export class Task {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DateTimeScalar, { description: 'Ngày giao.' })
  assignedAt!: Date;

  @Field(() => DateScalar, { description: 'Hạn xử lý — due date.' })
  dueDate!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Ngày hoàn thành; null while open.' })
  completedAt!: Date | null;

  @Field(() => Int, { description: 'Tiến độ — progress in percent (0–100).' })
  progress!: number;
}
