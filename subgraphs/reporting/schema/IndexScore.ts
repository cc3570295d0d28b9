import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { Provenance } from '../../common/schema/Provenance.js';
import { DateScalar } from '../../common/schema/scalars.js';
import { ProvincialIndex } from './enums.js';

@Directive('@tag(name: "public")')
@Directive('@tag(name: "partner")')
@ObjectType({ description: 'Chỉ số thành phần — one component of a provincial index.' })
export class IndexComponent {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float, { description: 'Thang điểm — the highest value the component can have.' })
  scale!: number;
}

@Directive('@tag(name: "public")')
@Directive('@tag(name: "partner")')
@ObjectType({ description: 'Kết quả chỉ số — the city\'s score in one provincial index for one year.' })
export class IndexScore {
  @Field(() => ProvincialIndex)
  index!: ProvincialIndex;

  @Field(() => String, { description: 'Tên chỉ số, e.g. "Chỉ số cải cách hành chính (PAR INDEX)".' })
  name!: string;

  @Field(() => Int, { description: 'The year scored (published the year after).' })
  year!: number;

  @Field(() => Float, { description: 'The score, on `scale`: 91.43 (of 100) for a percentage, 43.96 (of 80) for PAPI, 0.8241 (of 1) for DTI.' })
  value!: number;

  @Field(() => Float, { description: 'Thang điểm — the highest possible score.' })
  scale!: number;

  @Field(() => String, { nullable: true, description: 'Đơn vị, e.g. "%" or "điểm".' })
  unit!: string | null;

  @Field(() => Int, { nullable: true, description: 'Xếp hạng — rank among `cohortSize` provinces.' })
  rank!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many provinces the rank is out of: 63 for rankings published before the merger of 2025-07-01, 34 after. A rank means nothing without it.',
  })
  cohortSize!: number | null;

  @Field(() => DateScalar, { description: 'Ngày công bố.' })
  publishedAt!: string;

  @Field(() => String, { description: 'Cơ quan công bố, e.g. "Bộ Nội vụ".' })
  source!: string;

  @Field(() => String, { description: 'Phiên bản phương pháp — the method the score was computed by.' })
  methodVersion!: string;

  @Field(() => Boolean, { description: 'True when `value` is the published figure.' })
  valuePublished!: boolean;

  @Field(() => Boolean, { description: 'True when `rank` is the published figure.' })
  rankPublished!: boolean;

  @Field(() => Boolean, { description: 'True when the value or the rank is a simulated figure rather than the published one.' })
  simulated!: boolean;

  @Field(() => [IndexComponent])
  components!: IndexComponent[];

  @Field(() => Provenance, { description: 'The reporting system, as of the publication, and whether this is a stale copy.' })
  provenance!: Provenance;
}
