/**
 * A stored log that cannot even be read as records (a line that is not JSON, a tail that does not
 * match its anchor). Thrown when reading or opening; `audit:verify` reports it and exits 1.
 */
export class AccessLogFormatError extends Error {
  /** Stable code to match on. */
  readonly code = 'ACCESS_LOG_UNREADABLE';

  constructor(message: string) {
    super(message);
    this.name = 'AccessLogFormatError';
  }
}
