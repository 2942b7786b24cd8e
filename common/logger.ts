import pino, { type Logger } from 'pino';

/** Personal data and secrets never reach the logs, wherever they sit in a logged object. */
export const REDACT_PATHS = [
  'niss',
  'iban',
  '*.niss',
  '*.iban',
  '*.*.niss',
  '*.*.iban',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

export function createLogger(level: string, name = 'pro-one'): Logger {
  return pino({ name, level, redact: { paths: REDACT_PATHS, censor: '[masqué]' } });
}
