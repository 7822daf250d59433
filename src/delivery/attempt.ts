import type { Dispatcher } from 'undici';
import { renderUnsavedRequest, renderWebhookRequest, type RenderedRequest } from './render-request';
import { alertBody, isAlert } from './alerts';
import type { Db } from '../db/database';
import { recordAttempt, type AttemptRecord, type DeliveryIdentity } from '../db/repositories/deliveries';
import type { OutgoingWebhookRow } from '../db/tables/outgoing-webhooks';
import type { SecretBox } from '../security/secret-box';
import type { RenderContext } from '../shared/call';
import { inRenderTurn, TemplateError } from '../templates';
import { classifyStatus, retryAfterMs, type AttemptVerdict } from './classify';
import { redactHeaders, redactUrl } from '../security/redact';
import { storable } from '../security/storable';
import { observeAttempt } from '../observability/delivery-observer';
import { currentTraceId } from '../observability/trace-context';
import { sendRequest, type OutgoingRequest } from './send';
import { activeSigningSecrets, signingHeaders } from './signing';

/** What a delivery attempt needs from the process: the log, the secret box and the safe HTTP dispatcher. */
export interface DeliveryDependencies {
  db: Db;
  secrets: SecretBox;
  dispatcher: Dispatcher;
}

export interface AttemptInput {
  deliveryId: string;
  webhook: OutgoingWebhookRow;
  context: RenderContext;
  /** 1 for the first try. */
  attempt: number;
  /** Failed attempts so far that count against the retry schedule. */
  failures?: number;
  /** What follows a retryable failure; without it (a test send) the failure is final. */
  retry?: (failure: RetryableFailure) => RetryDecision;
  redeliveryOf?: string;
  test?: boolean;
}

export interface RetryableFailure {
  /** Failed attempts counting against the schedule, this one included (a 429 does not count). */
  failures: number;
  /** What the receiver asked for in `Retry-After`. */
  retryAfterMs?: number;
  /** The receiver answered 429: too fast, not broken. */
  throttled: boolean;
}

/** After a retryable failure: try again after a delay, or hold the delivery until its webhook is resumed. */
export type RetryDecision = { status: 'pending'; delayMs: number } | { status: 'held'; reason: string };

export interface AttemptOutcome extends AttemptRecord {
  verdict: AttemptVerdict;
  /** Set when the delivery stays pending: how long until its next attempt. */
  retryDelayMs?: number;
  /** The receiver answered 429. */
  throttled?: boolean;
}

const USER_AGENT = 'callhooks-webhooks/1.0';

/**
 * The request on the wire: rendered, with the message id and, when signing is on, the signature. The message id
 * is the event's first delivery: a redelivery repeats it, so a receiver dedupes on `webhook-id`.
 */
function outgoingRequest(deliveryId: string, rendered: RenderedRequest, secrets: string[]): OutgoingRequest {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, ...rendered.headers, 'webhook-id': deliveryId };
  if (secrets.length > 0) Object.assign(headers, signingHeaders(secrets, deliveryId, rendered.body ?? ''));
  return { method: rendered.method, url: rendered.url, headers, body: rendered.body };
}

function verdictOf(outcome: { status?: number; permanent: boolean }): AttemptVerdict {
  if (outcome.status !== undefined) return classifyStatus(outcome.status);
  return outcome.permanent ? 'final' : 'retryable';
}

/** The request for a call event (templates cached per webhook version), or for an alert, from the alert template. */
function render(webhook: OutgoingWebhookRow, context: RenderContext): RenderedRequest {
  if (isAlert(context)) return renderUnsavedRequest({ ...webhook, body_template: alertBody(webhook) }, context);
  return renderWebhookRequest(webhook, context);
}

/**
 * Renders, signs, sends and records one attempt of a delivery. Render errors and refused targets are final;
 * `input.retry` decides what a retryable outcome means (a test send has none: it reports the failure).
 */
export async function attemptDelivery(deps: DeliveryDependencies, input: AttemptInput): Promise<AttemptOutcome> {
  const { webhook } = input;
  const identity: DeliveryIdentity = {
    id: input.deliveryId,
    orgId: webhook.org_id,
    webhookId: webhook.id,
    webhookName: webhook.name,
    context: input.context,
    redeliveryOf: input.redeliveryOf,
    test: input.test,
  };
  let outcome: AttemptOutcome;
  const failures = input.failures ?? 0;
  try {
    const rendered = await inRenderTurn(() => render(webhook, input.context));
    const request = outgoingRequest(input.redeliveryOf ?? input.deliveryId, rendered, activeSigningSecrets(deps.secrets, webhook));
    const sent = await sendRequest(request, { dispatcher: deps.dispatcher, timeoutMs: webhook.timeout_ms });
    const verdict = verdictOf({ status: sent.response?.status, permanent: sent.permanent });
    outcome = {
      verdict,
      attempt: input.attempt,
      status: verdict === 'succeeded' ? 'succeeded' : 'failed',
      request: { method: request.method, url: redactUrl(request.url), headers: redactHeaders(request.headers), body: request.body ?? null },
      // Receivers' sessions and keys (Set-Cookie, X-Api-Key …) are as secret as ours.
      response: sent.response ? { ...sent.response, headers: redactHeaders(sent.response.headers) } : null,
      duration_ms: sent.duration_ms,
      error: sent.error ?? (verdict === 'succeeded' ? null : `${webhook.name} answered HTTP ${sent.response!.status}`),
      failures,
      next_attempt_at: null,
    };
    if (verdict === 'retryable') {
      const throttled = sent.response?.status === 429;
      outcome.throttled = throttled;
      applyRetry(outcome, input, { failures: throttled ? failures : failures + 1, retryAfterMs: retryAfterMs(sent.response?.headers['retry-after']), throttled });
    }
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    outcome = {
      verdict: err.outOfTime ? 'retryable' : 'final',
      attempt: input.attempt,
      status: 'failed',
      request: { method: webhook.method, url: redactUrl(webhook.url), headers: {}, body: null },
      response: null,
      duration_ms: 0,
      error: `template could not render: ${err.message}`,
      failures,
      next_attempt_at: null,
    };
    // Out of time may be a busy machine rather than the template: that one goes on the retry schedule like any
    // retryable failure (failing it would let the call's next event overtake this one).
    if (err.outOfTime) applyRetry(outcome, input, { failures: failures + 1, throttled: false });
  }
  outcome.trace_id = currentTraceId();
  // A receiver may answer with NUL bytes: the log keeps them replaced, never failing (and retrying) the attempt.
  await recordAttempt(deps.db, { ...identity, context: storable(identity.context) }, storable(outcome));
  observeAttempt(identity, outcome);
  return outcome;
}

/** A retryable failure stays pending on the schedule's next delay, or fails once the schedule is spent. */
function applyRetry(outcome: AttemptOutcome, input: AttemptInput, failure: RetryableFailure): void {
  outcome.failures = failure.failures;
  const decision = input.retry?.(failure);
  if (decision?.status === 'pending') {
    outcome.status = 'pending';
    outcome.retryDelayMs = decision.delayMs;
    outcome.next_attempt_at = new Date(Date.now() + decision.delayMs);
  } else if (decision) {
    outcome.status = 'held';
    outcome.error = `${outcome.error}; ${decision.reason}`;
  }
}
