import type { GraphQLSchema } from 'graphql';
import { visibleReference } from '../common/auth/fieldPolicy.js';
import { buildFederatedSchema } from '../common/schema/buildFederatedSchema.js';
import { canSeeIndicator, reportingPolicy } from './reportingPolicy.js';
import type { ReportingContext } from './ReportingContext.js';
import { AgencyReportingResolver } from './resolvers/AgencyReportingResolver.js';
import { IndicatorResolver } from './resolvers/IndicatorResolver.js';
import { ReportFormResolver } from './resolvers/ReportFormResolver.js';
import { SharedIndicatorResolver } from './resolvers/SharedIndicatorResolver.js';
import { Agency, agencyRef } from './schema/Agency.js';
import { IndexScore } from './schema/IndexScore.js';
import { Indicator } from './schema/Indicator.js';
import { IndicatorValue } from './schema/IndicatorValue.js';
import { ReportForm } from './schema/ReportForm.js';

/** The reporting subgraph's schema: report forms, indicators, and indicator values and index scores on Agency. */
export function createReportingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [AgencyReportingResolver, IndicatorResolver, ReportFormResolver, SharedIndicatorResolver],
      orphanedTypes: [Agency, Indicator, IndicatorValue, IndexScore, ReportForm],
    },
    {
      // Agency's own fields live in the identity subgraph; here the key is all it takes.
      Agency: { __resolveReference: (ref: { code: string }) => agencyRef(ref.code) },
      Indicator: {
        __resolveReference: async (ref: { code: string }, ctx: ReportingContext) =>
          visibleReference(ctx.access, 'Indicator', await ctx.loaders.indicatorByCode.load(ref.code), canSeeIndicator),
      },
      ReportForm: {
        __resolveReference: async (ref: { code: string }, ctx: ReportingContext) =>
          visibleReference(ctx.access, 'ReportForm', await ctx.loaders.formByCode.load(ref.code), (access) => access.principal.kind === 'official'),
      },
    },
    reportingPolicy,
  );
}
