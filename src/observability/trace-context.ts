import { trace } from '@opentelemetry/api';
import type { Resource } from '@opentelemetry/resources';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';

/** Tracing as started by ./tracing (only when OTEL_EXPORTER_OTLP_ENDPOINT is set). */
export interface Tracing {
  resource: Resource;
  spanProcessor: SpanProcessor;
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

export function setActiveTracing(tracing: Tracing): void {
  active = tracing;
}

/** Tracing if this process started it; the SDK and the interceptors are loaded only then. */
export function activeTracing(): Tracing | undefined {
  return active;
}

/** The trace the current code runs in, for log lines; undefined when tracing is off (the API's no-op). */
export function currentTraceId(): string | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && trace.isSpanContextValid(context) ? context.traceId : undefined;
}
