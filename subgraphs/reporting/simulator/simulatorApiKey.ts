/**
 * The static API key the reporting simulator accepts unless told otherwise; the subgraph uses it
 * as its default credentials (`REPORTING_SIMULATOR_CREDENTIALS`). Real keys come from
 * `REPORTING_API_KEY`.
 */
export const REPORTING_SIMULATOR_API_KEY = 'sim-reporting-2f6c1e9a4b7d';
