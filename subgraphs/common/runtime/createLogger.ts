import { pino, type Logger } from 'pino';

/**
 * A JSON logger for one service. Authorization headers and anything named like a token are
 * redacted: tokens never reach a log in clear.
 */
export function createLogger(service: string, level: string = 'info'): Logger {
  return pino({
    name: service,
    level,
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', '*.token', '*.accessToken', 'variables'],
      censor: '[redacted]',
    },
  });
}
