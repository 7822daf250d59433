import { status as grpcStatus } from '@grpc/grpc-js';
import { isGrpcServiceError } from '@temporalio/client';
import { isDatabaseUnavailable } from '../db/errors';

export type Dependency = 'PostgreSQL' | 'Temporal';

/**
 * A dependency could not be reached (stopped, restarting, refusing connections) or could not take the work now:
 * the request was not accepted and may be retried shortly. The API answers it with 503 + Retry-After.
 */
export class DependencyUnavailable extends Error {
  constructor(
    readonly dependency: Dependency,
    readonly reason: string,
  ) {
    super(`${dependency} is unavailable: ${reason}`);
  }
}

// CANCELLED: the connection closed under the call.
const TEMPORAL_DOWN = new Set([grpcStatus.UNAVAILABLE, grpcStatus.DEADLINE_EXCEEDED, grpcStatus.RESOURCE_EXHAUSTED, grpcStatus.CANCELLED]);

/** The error as a DependencyUnavailable when it says PostgreSQL or Temporal cannot be reached; otherwise undefined. */
export function asDependencyUnavailable(err: unknown): DependencyUnavailable | undefined {
  if (err instanceof DependencyUnavailable) return err;
  // Temporal's client wraps the gRPC error as the cause of its own.
  const cause = (err as { cause?: unknown })?.cause ?? err;
  if (isGrpcServiceError(cause) && TEMPORAL_DOWN.has(cause.code)) return new DependencyUnavailable('Temporal', cause.details || cause.message);
  if (isDatabaseUnavailable(err)) return new DependencyUnavailable('PostgreSQL', (err as Error).message ?? String(err));
  return undefined;
}
