import { badUserInput } from '../errors/GovGraphError.js';

/** Electronic agency codes: `000.00.00.H26` — three numeric groups and a province group. */
const AGENCY_CODE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

export function checkAgencyCode(code: string, argument = 'code'): string {
  if (!AGENCY_CODE.test(code)) {
    throw badUserInput(
      `Argument "${argument}" must be an electronic agency code like 000.00.00.H26, got ${JSON.stringify(code)}.`,
      argument,
    );
  }
  return code;
}
