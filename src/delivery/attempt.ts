import type { Dispatcher } from 'undici';
import { renderWebhookRequest, type RenderedRequest } from '../activities/render-request';
import type { Db } from '../db/database';
import { recordAttempt, type AttemptRecord, type DeliveryIdentity } from '../db/repositories/deliveries';
import type { OutgoingWebhookRow } from '../db/tables/outgoing-webhooks';
import type { SecretBox } from '../security/secret-box';
import type { RenderContext } from '../shared/call';
import { inRenderTurn, TemplateError } from '../templates';
import { classifyStatus, retryAfterMs, type AttemptVerdict } from './classify';
import { redactHeaders, redactUrl } from '../security/redact';
import { storable } from '../security/storable';
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
  /** 1 for the first try; Temporal's attempt number for retries. */
  attempt: number;
  /** No retry follows this attempt: a retryable failure is recorded as failed. */
  last: boolean;
  redeliveryOf?: string;
  test?: boolean;
}

export interface AttemptOutcome extends AttemptRecord {
  verdict: AttemptVerdict;
  /** What the receiver asked for in `Retry-After`. */
  retryAfterMs?: number;
}

const USER_AGENT = 'callhooks-webhooks/1.0';

/** The request on the wire: rendered, with the delivery id and, when signing is on, the signature. */
function outgoingRequest(deliveryId: string, rendered: RenderedRequest, secrets: string[]): OutgoingRequest {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, ...rendered.headers, 'webhook-id': deliveryId };
  if (secrets.length > 0) Object.assign(headers, signingHeaders(secrets, deliveryId, rendered.body ?? ''));
  return { method: rendered.method, url: rendered.url, headers, body: rendered.body };
}

function verdictOf(outcome: { status?: number; permanent: boolean }): AttemptVerdict {
  if (outcome.status !== undefined) return classifyStatus(outcome.status);
  return outcome.permanent ? 'final' : 'retryable';
}

/**
 * Renders, signs, sends and records one attempt of a delivery. Render errors and refused targets are final;
 * the caller decides what a retryable outcome means (Temporal retries, or a test send reports it).
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
  try {
    const rendered = await inRenderTurn(() => renderWebhookRequest(webhook, input.context));
    const request = outgoingRequest(input.deliveryId, rendered, activeSigningSecrets(deps.secrets, webhook));
    const sent = await sendRequest(request, { dispatcher: deps.dispatcher, timeoutMs: webhook.timeout_ms });
    const verdict = verdictOf({ status: sent.response?.status, permanent: sent.permanent });
    outcome = {
      verdict,
      attempt: input.attempt,
      status: 'pending',
      request: { method: request.method, url: redactUrl(request.url), headers: redactHeaders(request.headers), body: request.body ?? null },
      // Receivers' sessions and keys (Set-Cookie, X-Api-Key …) are as secret as ours.
      response: sent.response ? { ...sent.response, headers: redactHeaders(sent.response.headers) } : null,
      duration_ms: sent.duration_ms,
      error: sent.error ?? (verdict === 'succeeded' ? null : `${webhook.name} answered HTTP ${sent.response!.status}`),
      retryAfterMs: verdict === 'retryable' ? retryAfterMs(sent.response?.headers['retry-after']) : undefined,
    };
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    outcome = {
      // Out of time may be a busy machine rather than the template: that one is worth another try.
      verdict: err.outOfTime ? 'retryable' : 'final',
      attempt: input.attempt,
      status: 'failed',
      request: { method: webhook.method, url: redactUrl(webhook.url), headers: {}, body: null },
      response: null,
      duration_ms: 0,
      error: `template could not render: ${err.message}`,
    };
  }
  outcome.status = outcome.verdict === 'succeeded' ? 'succeeded' : outcome.verdict === 'final' || input.last ? 'failed' : 'pending';
  // A receiver may answer with NUL bytes: the log keeps them replaced, never failing (and retrying) the attempt.
  await recordAttempt(deps.db, { ...identity, context: storable(identity.context) }, storable(outcome));
  return outcome;
}
