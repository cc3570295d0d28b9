/** The city: provincial indices score it, and only it; the partner reads its shared indicators. */
export const CITY_AGENCY_CODE = '000.00.00.H26';
