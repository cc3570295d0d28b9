import {
  allowResultWhen,
  allowWhen,
  AUTHENTICATED,
  both,
  inScope,
  officials,
  PUBLIC,
  SHARED_POLICY,
  type FieldCheck,
  type FieldPolicy,
} from '../common/auth/fieldPolicy.js';
import { hasScope } from '../common/auth/Principal.js';
import type { RequestAccess } from '../common/auth/RequestAccess.js';
import type { IndicatorRecord } from './adapter/reportingRecords.js';
import type { ReportingContext } from './ReportingContext.js';
import { CITY_AGENCY_CODE } from './domain/cityAgencyCode.js';

/** The partner system reading the city's shared indicators (scope `shared-indicators`). */
function isIndicatorPartner(access: RequestAccess): boolean {
  return access.principal.kind === 'partner' && hasScope(access.principal, 'shared-indicators');
}

/** An indicator is for officials, and for the partner when it is shared with the Government. */
export function canSeeIndicator(access: RequestAccess, indicator: IndicatorRecord): boolean {
  return access.principal.kind === 'official' || (isIndicatorPartner(access) && indicator.sharedWithGovernment);
}

/** The partner's one read of figures: the city's values of shared indicators. */
async function partnerMayReadValues({ access, parent, args, context }: FieldCheck): Promise<boolean> {
  if (!isIndicatorPartner(access) || (parent as { code?: string }).code !== CITY_AGENCY_CODE) return false;
  const codes = Array.isArray(args['codes']) ? (args['codes'] as unknown[]).map((code) => String(code).trim()) : [];
  if (codes.length === 0) return false;
  const found = await (context as ReportingContext).loaders.indicatorByCode.loadMany(codes);
  return found.every((indicator) => indicator !== null && !(indicator instanceof Error) && indicator.sharedWithGovernment);
}

const SHARED_ONLY = 'partner systems read only the indicators shared with the Government';

/**
 * Who may read what in the reporting subgraph (fieldPolicy.ts). Index scores are public.
 * Officials read indicator values within their agency scope and the whole catalogue. The partner
 * (the Government's reporting system) reads the city's values of the indicators shared with the
 * Government and those indicators, nothing else. Citizens read nothing here but the index scores.
 */
export const reportingPolicy: FieldPolicy = {
  ...SHARED_POLICY,
  'Agency.indexScores': PUBLIC,
  'IndexScore.*': PUBLIC,
  'IndexComponent.*': PUBLIC,
  'Agency.indicatorValues': allowWhen(
    'officials whose agency scope holds the agency; the partner for the city\'s shared indicators',
    'officials read the agencies of their scope; partner systems the city\'s values of shared indicators',
    async (check) => (await inScope(check.access, [(check.parent as { code?: string }).code])) || partnerMayReadValues(check),
  ),
  'IndicatorValue.*': AUTHENTICATED,
  'ReportPeriod.*': AUTHENTICATED,
  'Query.indicator': both(
    allowWhen('officials and the partner', 'only officials and partner systems may', ({ access }) => access.principal.kind === 'official' || isIndicatorPartner(access)),
    allowResultWhen('the partner for shared indicators only', SHARED_ONLY, (indicator, { access }) => canSeeIndicator(access, indicator as IndicatorRecord)),
  ),
  'Query.indicators': allowWhen(
    'officials; the partner when asking for shared indicators only (`sharedWithGovernment: true`)',
    SHARED_ONLY,
    ({ access, args }) => access.principal.kind === 'official' || (isIndicatorPartner(access) && args['sharedWithGovernment'] === true),
  ),
  'Query.sharedIndicators': allowWhen('officials and the partner', 'only officials and partner systems may', ({ access }) => access.principal.kind === 'official' || isIndicatorPartner(access)),
  'IndicatorConnection.*': AUTHENTICATED,
  'Indicator.form': officials(),
  'Indicator.*': allowWhen('officials; the partner for shared indicators', SHARED_ONLY, ({ access, parent }) => canSeeIndicator(access, parent as IndicatorRecord)),
  'Query.reportForm': officials(),
  'Query.reportForms': officials(),
  'ReportForm.*': officials(),
  'ReportFormConnection.*': officials(),
};
