import { createHmac, randomBytes } from 'node:crypto';
import type { SecretBox } from '../security/secret-box';

const SECRET_PREFIX = 'whsec_';

/** A new Standard Webhooks signing secret: `whsec_` + 32 random bytes, base64. */
export function generateSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/**
 * The `webhook-signature` header value (Standard Webhooks): one `v1,<base64 HMAC-SHA256>` of
 * `${id}.${timestamp}.${body}` per secret, space-separated, so a receiver holding either secret verifies it
 * while a rotation's grace period lasts.
 */
export function signatureHeader(secrets: readonly string[], id: string, timestampSeconds: number, body: string): string {
  const content = `${id}.${timestampSeconds}.${body}`;
  return secrets.map((secret) => `v1,${createHmac('sha256', keyOf(secret)).update(content, 'utf8').digest('base64')}`).join(' ');
}

/** The Standard Webhooks headers for one attempt. */
export function signingHeaders(secrets: readonly string[], id: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = Math.floor(now / 1000);
  return { 'webhook-timestamp': String(timestamp), 'webhook-signature': signatureHeader(secrets, id, timestamp, body) };
}

interface SealedSecrets {
  signing_secret: string | null;
  previous_signing_secret: string | null;
  previous_signing_secret_expires_at: Date | null;
}

/** The secrets that sign now: the current one, and the previous one while its grace period lasts. */
export function activeSigningSecrets(box: SecretBox, webhook: SealedSecrets, now = new Date()): string[] {
  if (!webhook.signing_secret) return [];
  const secrets = [box.open(webhook.signing_secret)];
  const expires = webhook.previous_signing_secret_expires_at;
  if (webhook.previous_signing_secret && expires && expires > now) secrets.push(box.open(webhook.previous_signing_secret));
  return secrets;
}
