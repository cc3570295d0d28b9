/**
 * Thrown by parameter readers when a query parameter is missing or malformed. The simulator
 * server turns it into the legacy `MaLoi "400"` envelope with the message as `ThongBao`, so
 * handlers validate by reading and never build 400 answers themselves. Match it by `code`.
 */
export class BadParameterError extends Error {
  readonly code = 'SIM_BAD_PARAMETER';

  /** @param message Vietnamese text naming the parameter, shown to the caller as `ThongBao`. */
  constructor(message: string) {
    super(message);
    this.name = 'BadParameterError';
  }
}

/** Whether a thrown value is a {@link BadParameterError} (by code, so it survives module copies). */
export function isBadParameterError(error: unknown): error is BadParameterError {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SIM_BAD_PARAMETER';
}
