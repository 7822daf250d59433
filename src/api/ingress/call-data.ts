import type { IngressWebhook } from '../../db/repositories/incoming-webhooks';
import type { NewIncomingRequest } from '../../db/repositories/incoming-requests';
import type { SavedPreCallPost } from '../../db/repositories/pre-call-data';
import type { IngressWriter } from '../../incoming/ingress-writer';
import type { IngressLookups } from '../../incoming/ingress-lookups';
import type { CallDataInput } from '../../incoming/parameters';
import { isClosedWorkflowError } from '../../incoming/workflow-errors';
import { enrichmentSignal, type Enrichment } from '../../shared/messages';
import { durably } from '../../temporal/calls';
import type { ApiContext } from '../context';
import { Problem } from '../problem';

export type CallDataReply = {
  ok: true;
  request_id: string;
  caller_id: string;
  expires_at: string;
  duplicate: boolean;
};

/** What `/call-data` needs beyond the API context: the process's group-commit writer and shared lookups. */
export interface PreCallIngress {
  ctx: ApiContext;
  writer: IngressWriter;
  lookups: IngressLookups;
}

/** How the request's log record goes into the data's transaction. */
export interface CommittedLog {
  record(reply: CallDataReply): NewIncomingRequest;
  /** Called once the data and that record are committed. */
  committed(): void;
}

const liveCallUnreached = () =>
  new Problem(503, 'Service Unavailable', 'The data is stored, but a call from this caller in progress could not be given it. Retry shortly: a repeat merges into the same data.', {
    headers: { 'Retry-After': '5' },
  });

/**
 * Holds a caller's data in PostgreSQL (group commit, with the request's log record), then gives it to the
 * caller's calls in progress. Each side writes before it reads: this commits the data, then reads the call
 * index; a starting call writes its index row, then reads the data. So a post committed while a call is live
 * reaches it one way or the other; a post that arrives both ways is dropped by the call (same request id).
 * When a live call cannot be signalled, the answer is 503 although the data is stored: a 2xx promises the data
 * is on every call in progress, and the source's retry merges into the same data and signals again.
 */
export async function acceptCallData(
  ingress: PreCallIngress,
  webhook: IngressWebhook,
  input: CallDataInput,
  request: { id: string; receivedAt: string },
  log: CommittedLog,
): Promise<CallDataReply> {
  const replyOf = (saved: SavedPreCallPost): CallDataReply => ({
    ok: true,
    request_id: request.id,
    caller_id: input.caller,
    expires_at: saved.expires_at.toISOString(),
    duplicate: saved.duplicate,
  });
  const saved = await ingress.writer.savePreCall(
    {
      org_id: webhook.org_id,
      caller: input.caller,
      webhook_id: webhook.id,
      request_id: request.id,
      received_at: request.receivedAt,
      data: input.data,
      lifespan_seconds: webhook.lifespan_seconds,
      ...(input.transaction_id && { transaction_id: input.transaction_id }),
    },
    (result) => log.record(replyOf(result)),
  );
  log.committed();
  try {
    const calls = await ingress.lookups.liveCallsOf(webhook.org_id, input.caller);
    if (calls.length > 0) await signalCalls(ingress.ctx, calls, saved.enrichments);
  } catch (err) {
    console.warn(`ingress: pre-call data ${request.id} is stored but did not reach a live call:`, (err as Error).message);
    throw liveCallUnreached();
  }
  return replyOf(saved);
}

/** Signals each enrichment to each call; a call that has closed since the index said it was live is skipped. */
async function signalCalls(ctx: ApiContext, workflowIds: string[], enrichments: Enrichment[]): Promise<void> {
  await durably(ctx, () =>
    Promise.all(
      workflowIds.flatMap((id) =>
        enrichments.map((enrichment) =>
          ctx.temporal.workflow
            .getHandle(id)
            .signal(enrichmentSignal, enrichment)
            .catch((err) => {
              if (!isClosedWorkflowError(err)) throw err;
            }),
        ),
      ),
    ),
  );
}
