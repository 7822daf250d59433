// Imported first by each role's entry: instrumentation must be in place before http, express, pg and undici
// load. Without OTEL_EXPORTER_OTLP_ENDPOINT the OpenTelemetry SDK is not even loaded.
import path from 'node:path';

if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  const file = require.main?.filename ?? '';
  const entry = path.basename(file, path.extname(file));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./tracing') as typeof import('./tracing')).startTracing(entry === 'server' ? 'callhooks-api' : `callhooks-${entry}`);
}
