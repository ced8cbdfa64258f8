import type { LoggerOptions } from 'pino';
import type { Config } from '../kernel/index.ts';

/**
 * Logs carry method, route, status, timing and ids. Query strings are cut off (a search for a name is
 * personal data) and every field that could carry user text, credentials or cookies is redacted.
 */
export function loggerOptions(config: Pick<Config, 'logLevel'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.text',
        '*.password',
        '*.token',
        '*.body',
        '*.query',
        '*.prompt',
        '*.messages',
      ],
      censor: '[skjult]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: String(req.url).split('?')[0], reqId: req.id }),
    },
  };
}
