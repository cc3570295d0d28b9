import { badUserInput } from '../errors/GovGraphError.js';

/** Electronic agency codes: `000.00.00.H26` — three numeric groups and a province group. */
const AGENCY_CODE = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

/** Whether `code` has the electronic agency-code form. */
export function isAgencyCode(code: string): boolean {
  return AGENCY_CODE.test(code);
}

export function checkAgencyCode(code: string, argument = 'code'): string {
  if (!isAgencyCode(code)) {
    throw badUserInput(
      `Argument "${argument}" must be an electronic agency code like 000.00.00.H26, got ${JSON.stringify(code)}.`,
      argument,
    );
  }
  return code;
}
