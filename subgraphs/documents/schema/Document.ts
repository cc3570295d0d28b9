import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/schema/scalars.js';
import { DocumentDirection, DocumentType, SigningCompetence, Urgency } from './enums.js';

@ObjectType({ description: 'Người ký — who signed a document.' })
export class Signer {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Chức vụ, e.g. "Phó Chủ tịch".' })
  position!: string | null;

  @Field(() => SigningCompetence)
  competence!: SigningCompetence;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Văn bản — an administrative document in an agency\'s register. Secret documents never appear.' })
export class Document {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentDirection)
  direction!: DocumentDirection;

  @Field(() => String, { description: 'Số, ký hiệu — number and symbol as printed, e.g. "452/QĐ-UBND".' })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'Số — the number part, e.g. "452".' })
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'Ký hiệu — the symbol part, e.g. "QĐ-UBND".' })
  symbol!: string | null;

  @Field(() => String, { nullable: true, description: 'Số đến — the incoming register number.' })
  registerNumber!: string | null;

  @Field(() => String, { description: 'Trích yếu — subject.' })
  subject!: string;

  @Field(() => DocumentType)
  type!: DocumentType;

  @Field(() => String, { description: 'The source system\'s type code (the Decree\'s abbreviation, e.g. "QĐ").' })
  typeCode!: string;

  @Field(() => String, { description: 'Cơ quan ban hành — issuer name, also for issuers outside the city.' })
  issuerName!: string;

  @Field(() => DateTimeScalar, { description: 'Ngày ban hành.' })
  issuedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Ngày đến — when an incoming document was registered.' })
  registeredAt!: Date | null;

  @Field(() => Signer, { nullable: true })
  signer!: Signer | null;

  @Field(() => Urgency)
  urgency!: Urgency;

  @Field(() => DateScalar, { nullable: true, description: 'Hạn xử lý.' })
  dueDate!: string | null;

  @Field(() => Boolean, { description: 'Whether the document carries a digital signature (ký số).' })
  digitallySigned!: boolean;
}
