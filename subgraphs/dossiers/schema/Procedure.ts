import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ProcedureLevel } from './enums.js';

@Directive('@key(fields: "code")')
@ObjectType({ description: 'Thủ tục hành chính — an administrative procedure of the national catalogue.' })
export class Procedure {
  @Field(() => ID, { description: 'Mã thủ tục — national procedure code, e.g. "1.005129".' })
  code!: string;

  @Field(() => String, { description: 'Tên thủ tục.' })
  name!: string;

  @Field(() => String, { description: 'Lĩnh vực — the field, e.g. "Hộ tịch".' })
  field!: string;

  @Field(() => String, { description: 'Mã lĩnh vực — the field\'s code in the catalogue.' })
  fieldCode!: string;

  @Field(() => ProcedureLevel)
  level!: ProcedureLevel;

  @Field(() => Int, { description: 'Thời hạn giải quyết — statutory processing time in working days (0: within the day).' })
  processingDays!: number;

  @Field(() => Boolean, { description: 'Whether it is a fully online public service (dịch vụ công trực tuyến toàn trình).' })
  fullyOnline!: boolean;
}
