import { hashUnit } from '../../common/simulator/hash32.js';
import { agencyIndexByCode, hanoiAgencies } from '../../common/simulator/hanoiAgencies.js';
import { GROUPS, HEADLINE_FORMS, type GroupSpec, type MeasureKind, type MeasureSpec, type Periodicity } from './reportingGroups.js';

/**
 * The catalogue of the reporting system: report forms (biểu mẫu) and their indicators (chỉ
 * tiêu), 134 and 2,136 at scale 1 as in Hanoi. It depends on the scale only, not on the seed:
 * every run of the city agrees on what `CT00001` is. Headline forms and indicators come first
 * (`BM0001`…, `CT00001`…, the same at every scale); the rest are generated from the templates of
 * reportingGroups.ts.
 */

export interface FormSpec {
  readonly index: number;
  /** `BM` + 4 digits. */
  readonly code: string;
  readonly name: string;
  readonly field: string;
  readonly periodicity: Periodicity;
  /** Agency levels that submit it (1 city … 4 commune). */
  readonly levels: readonly number[];
  /** True when only the lead department submits it, for the whole city. */
  readonly leadOnly: boolean;
  /** Index of the lead department in hanoiAgencies. */
  readonly leadAgency: number;
  /** `reporters[a] === 1` when agency `a` submits this form. */
  readonly reporters: Uint8Array;
  readonly indicatorCount: number;
  /** Day the form came into use, `[year, month, day]`. */
  readonly since: readonly [number, number, number];
}

export interface IndicatorSpec {
  readonly index: number;
  /** `CT` + 5 digits. */
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly form: number;
  readonly kind: MeasureKind;
  readonly decimals: number;
  readonly shared: boolean;
  /** Flow or stock amount, or ratio denominator, per typical reporter (scaled per indicator). */
  readonly magnitude: number;
  readonly growth: number;
  readonly rate: readonly [number, number] | null;
  /** Level: its centre and how far a period's value strays from it. */
  readonly base: number;
  readonly spread: number;
  /** Ratio: the flow indicator whose value is its denominator, or -1. */
  readonly denominator: number;
}

export interface Catalogue {
  readonly forms: readonly FormSpec[];
  readonly indicators: readonly IndicatorSpec[];
  readonly formByCode: ReadonlyMap<string, number>;
  readonly indicatorByCode: ReadonlyMap<string, number>;
}

/** Hanoi's counts at scale 1. */
export const FORMS_AT_SCALE_1 = 134;
export const INDICATORS_AT_SCALE_1 = 2_136;

const PREFIXES = ['Báo cáo', 'Biểu tổng hợp', 'Biểu số liệu'] as const;
const PERIOD_WORDS: Readonly<Record<Periodicity, string>> = {
  MONTHLY: 'hằng tháng',
  QUARTERLY: 'hằng quý',
  SIX_MONTHLY: '6 tháng',
  YEARLY: 'hằng năm',
};
/** When a group's breakdowns run out, indicators are split further, as forms do with "Trong đó:" rows. */
const SUB_BREAKDOWNS = ['', ' - trong đó: khu vực nội thành', ' - trong đó: khu vực ngoại thành'] as const;

function departmentIndex(number: number): number {
  const code = `000.00.${String(number).padStart(2, '0')}.H26`;
  const index = agencyIndexByCode.get(code);
  if (index === undefined) throw new Error(`reporting catalogue: no department ${code}`);
  return index;
}

function reportersOf(group: GroupSpec): { mask: Uint8Array; levels: readonly number[] } {
  const mask = new Uint8Array(hanoiAgencies.length);
  if (group.submitters.lead) {
    mask[departmentIndex(group.lead)] = 1;
    return { mask, levels: [2] };
  }
  const levels = group.submitters.levels;
  for (const agency of hanoiAgencies) if (levels.includes(agency.level)) mask[agency.index] = 1;
  return { mask, levels };
}

function withBreakdown(name: string, breakdown: string): string {
  if (breakdown === '') return name.replace(' {q}', '').replace('{q}', '');
  return name.includes('{q}') ? name.replace('{q}', breakdown) : `${name} ${breakdown}`;
}

/** The indicators a group's breakdowns make, in a fixed order: measure by measure, then split further. */
function* groupIndicators(group: GroupSpec): Generator<{ measure: MeasureSpec; name: string }> {
  for (let round = 0; ; round++) {
    const suffix = round < SUB_BREAKDOWNS.length ? SUB_BREAKDOWNS[round] : ` (chi tiết ${round - SUB_BREAKDOWNS.length + 2})`;
    for (const measure of group.measures) {
      // A split row of a percentage is a percentage of the part, so every kind can be split.
      for (const breakdown of measure.breakdowns ?? group.breakdowns) {
        yield { measure, name: `${withBreakdown(measure.name, breakdown)}${suffix}` };
      }
    }
  }
}

function capacity(group: GroupSpec): number {
  return group.measures.reduce((sum, measure) => sum + (measure.breakdowns ?? group.breakdowns).length, 0);
}

/** Which group each generated form belongs to: shares proportional to what the groups can fill, interleaved. */
function generatedFormGroups(count: number): number[] {
  const capacities = GROUPS.map(capacity);
  const total = capacities.reduce((a, b) => a + b, 0);
  const exact = capacities.map((c) => (count * c) / total);
  const quotas = exact.map(Math.floor);
  const byRemainder = exact.map((x, g) => [x - Math.floor(x), g] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let i = 0; quotas.reduce((a, b) => a + b, 0) < count; i++) quotas[byRemainder[i % byRemainder.length]?.[1] ?? 0]! += 1;
  const slots: { group: number; position: number }[] = [];
  quotas.forEach((quota, group) => {
    for (let k = 0; k < quota; k++) slots.push({ group, position: (k + 0.5) / quota });
  });
  slots.sort((a, b) => a.position - b.position || a.group - b.group);
  return slots.map((slot) => slot.group);
}

interface DraftForm {
  readonly group: number;
  readonly name: string;
  readonly periodicity: Periodicity;
  readonly headline: readonly MeasureSpec[];
}

/** Builds the catalogue for a scale: max(16, 134 × scale) forms, max(53, 2,136 × scale) indicators. */
export function buildCatalogue(scale: number): Catalogue {
  const groupIndex = new Map(GROUPS.map((group, index) => [group.key, index]));
  const drafts: DraftForm[] = HEADLINE_FORMS.map((form) => {
    const group = groupIndex.get(form.group);
    if (group === undefined) throw new Error(`reporting catalogue: headline form "${form.name}" names no group "${form.group}"`);
    return { group, name: form.name, periodicity: form.periodicity, headline: form.indicators };
  });
  const headlineIndicators = drafts.reduce((sum, form) => sum + form.headline.length, 0);
  const formCount = Math.max(drafts.length, Math.round(FORMS_AT_SCALE_1 * scale));
  const indicatorCount = Math.max(headlineIndicators, Math.round(INDICATORS_AT_SCALE_1 * scale));

  const formsOfGroup = new Array<number>(GROUPS.length).fill(0);
  for (const group of generatedFormGroups(formCount - drafts.length)) {
    const spec = GROUPS[group] as GroupSpec;
    const k = formsOfGroup[group]!++;
    const topic = spec.topics[k % spec.topics.length] as string;
    const prefix = PREFIXES[Math.floor(k / spec.topics.length) % PREFIXES.length] as string;
    const part = Math.floor(k / (spec.topics.length * PREFIXES.length));
    const periodicity = spec.periodicities[k % spec.periodicities.length] as Periodicity;
    const name = `${prefix} ${topic} ${PERIOD_WORDS[periodicity]}${part > 0 ? ` (phần ${part + 1})` : ''}`;
    drafts.push({ group, name, periodicity, headline: [] });
  }

  const extra = indicatorCount - headlineIndicators;
  const sources = GROUPS.map((group) => groupIndicators(group));
  const indicators: IndicatorSpec[] = [];
  const names = new Set<string>();
  const counts = new Array<number>(drafts.length).fill(0);
  const add = (form: number, measure: MeasureSpec, name: string, headline: boolean, denominator: number): void => {
    const index = indicators.length;
    if (names.has(name)) throw new Error(`reporting catalogue: indicator name "${name}" twice`);
    // A level (a growth rate, an index) cannot be added up, so only one agency may report it.
    const group = GROUPS[(drafts[form] as DraftForm).group] as GroupSpec;
    if (measure.kind === 'level' && !group.submitters.lead) throw new Error(`reporting catalogue: "${name}" is a level reported by many agencies`);
    names.add(name);
    counts[form]! += 1;
    // Generated indicators of one measure differ in size (sectors, sources of funds are unequal).
    const size = headline ? 1 : 0.3 + 1.4 * hashUnit(index, 0x5ca1e);
    const [low, high] = measure.range ?? [0, 0];
    indicators.push({
      index,
      code: `CT${String(index + 1).padStart(5, '0')}`,
      name,
      unit: measure.unit,
      form,
      kind: measure.kind,
      decimals: measure.decimals,
      shared: measure.shared,
      magnitude: measure.magnitude * size,
      growth: measure.growth,
      rate: measure.rate,
      base: low + (high - low) * (headline ? 0.5 : hashUnit(index, 0xba5e)),
      spread: (high - low) * 0.12,
      denominator,
    });
  };
  // Headline indicators first, so their codes are the same at every scale.
  drafts.forEach((draft, k) => {
    const first = indicators.length;
    for (const measure of draft.headline) add(k, measure, measure.name, true, measure.denominatorOf >= 0 ? first + measure.denominatorOf : -1);
  });
  drafts.forEach((draft, k) => {
    const share = Math.floor(((k + 1) * extra) / drafts.length) - Math.floor((k * extra) / drafts.length);
    const source = sources[draft.group] as Generator<{ measure: MeasureSpec; name: string }>;
    for (let n = 0; n < share; n++) {
      let next = source.next().value as { measure: MeasureSpec; name: string };
      // A breakdown may read like a headline indicator ("Số trường hợp đăng ký kết hôn"): skip it.
      while (names.has(next.name)) next = source.next().value as { measure: MeasureSpec; name: string };
      add(k, next.measure, next.name, false, -1);
    }
  });
  const forms: FormSpec[] = drafts.map((draft, k) => {
    const group = GROUPS[draft.group] as GroupSpec;
    const { mask, levels } = reportersOf(group);
    return {
      index: k,
      code: `BM${String(k + 1).padStart(4, '0')}`,
      name: draft.name,
      field: group.field,
      periodicity: draft.periodicity,
      levels,
      leadOnly: group.submitters.lead,
      leadAgency: departmentIndex(group.lead),
      reporters: mask,
      indicatorCount: counts[k] as number,
      since: [2018 + (k % 3), 1 + (k % 12), 1],
    };
  });

  if (new Set(forms.map((form) => form.name)).size !== forms.length) throw new Error('reporting catalogue: two forms share a name');
  return {
    forms,
    indicators,
    formByCode: new Map(forms.map((form) => [form.code, form.index])),
    indicatorByCode: new Map(indicators.map((indicator) => [indicator.code, indicator.index])),
  };
}
