import pino, { type Logger } from 'pino';

/** Personal data and secrets never reach the logs, wherever they sit in a logged object. */
export const REDACT_PATHS = [
  'niss',
  'iban',
  '*.niss',
  '*.iban',
  '*.*.niss',
  '*.*.iban',
  'bce',
  '*.bce',
  'nissEncrypted',
  '*.nissEncrypted',
  'bceEncrypted',
  '*.bceEncrypted',
  // Request and response bodies are never logged; should one slip into a log call, it is masked.
  'body',
  '*.body',
  'req.body',
  'res.body',
  'request.body',
  'response.body',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

export function createLogger(level: string, name = 'pro-one', destination?: pino.DestinationStream): Logger {
  const options = { name, level, redact: { paths: REDACT_PATHS, censor: '[masqué]' } };
  return destination ? pino(options, destination) : pino(options);
}
