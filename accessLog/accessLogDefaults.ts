/**
 * Defaults the gateway (which writes the log) and the identity subgraph (whose auditor lookup
 * reads it) must share, so that out of the box both point at the same log with the same key.
 */
import { fileURLToPath } from 'node:url';

/** `var/access-log.jsonl` in this repository (git-ignored), found from this file, not the working directory. */
export const DEFAULT_ACCESS_LOG_FILE = fileURLToPath(new URL('../var/access-log.jsonl', import.meta.url));

/**
 * The subject key outside production. It is public (it is in the source), so keyed hashes made
 * with it protect nothing: production must set its own (`GATEWAY_ACCESS_LOG_SUBJECT_KEY` and the
 * same value in `IDENTITY_ACCESS_LOG_SUBJECT_KEY`); both configs refuse to start without it.
 */
export const DEVELOPMENT_ACCESS_LOG_SUBJECT_KEY = 'govgraph-development-access-log-subject-key-not-secret';

/** A keyed hash is as strong as its key: shorter keys are refused. */
export const MIN_SUBJECT_KEY_LENGTH = 32;
