import pino, { type DestinationStream, type Logger } from 'pino';

export type LogFormat = 'json' | 'pretty';

/** Field names whose values never reach a log line, wherever they sit in a logged object. */
const REDACTED = ['authorization', 'Authorization', 'auth_key', 'token', 'secret', 'password', '*.authorization', '*.Authorization', '*.auth_key', '*.token', '*.secret', '*.password', 'headers.cookie', 'headers["x-auth-key"]'];

/** Pretty output needs pino-pretty, a development dependency: a production image has none and logs JSON. */
function prettyAvailable(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** JSON lines for a log pipeline; pretty lines for a person at a terminal (`npm start` in a TTY). */
export function defaultLogFormat(): LogFormat {
  return process.stdout.isTTY && process.env.NODE_ENV !== 'production' && prettyAvailable() ? 'pretty' : 'json';
}

function createLogger(options: { level: string; format: LogFormat; destination?: DestinationStream }): Logger {
  const base = { level: options.level, redact: { paths: REDACTED, censor: '[redacted]' }, timestamp: pino.stdTimeFunctions.isoTime };
  if (options.destination) return pino(base, options.destination);
  if (options.format === 'pretty') return pino({ ...base, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } });
  return pino(base);
}

/**
 * The process's structured log: one line per request and per delivery attempt (docs/operability.md). Warnings
 * and errors only until a role configures it, so code embedded elsewhere (tests, scripts) stays quiet.
 */
export let log: Logger = createLogger({ level: 'warn', format: 'json' });

/** Called once a role knows its configuration; tests pass a destination to read the lines back. */
export function configureLogging(options: { level: string; format?: LogFormat; destination?: DestinationStream }): Logger {
  log = createLogger({ level: options.level, format: options.format ?? defaultLogFormat(), destination: options.destination });
  return log;
}
