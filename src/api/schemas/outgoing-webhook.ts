import { z } from 'zod';
import { CALL_EVENT_TYPES } from '../../shared/call';
import { DEFAULT_RETRY } from '../../shared/delivery';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export const BODY_FORMATS = ['json', 'form', 'raw', 'none'] as const;

export const retrySchema = z.object({
  max_attempts: z.number().int().min(1).max(50).default(DEFAULT_RETRY.max_attempts),
  initial_interval_seconds: z.number().min(0.1).max(3600).default(DEFAULT_RETRY.initial_interval_seconds),
  backoff_coefficient: z.number().min(1).max(10).default(DEFAULT_RETRY.backoff_coefficient),
  max_interval_seconds: z.number().min(1).max(86_400).default(DEFAULT_RETRY.max_interval_seconds),
});

const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'is not a valid HTTP header name');

export const outgoingWebhookInput = z.object({
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean().default(true),
  event_types: z.array(z.enum(CALL_EVENT_TYPES, { error: () => `must be one of: ${CALL_EVENT_TYPES.join(', ')}` })).min(1),
  method: z.enum(HTTP_METHODS).default('POST'),
  url: z.string().trim().min(1).max(4000),
  headers: z.record(headerName, z.string().max(8000)).default({}),
  body_format: z.enum(BODY_FORMATS).default('json'),
  body_template: z.string().max(64_000).default(''),
  filters: z.array(z.unknown()).default([]),
  retry: retrySchema.default(DEFAULT_RETRY),
  timeout_ms: z.number().int().min(100).max(60_000).default(10_000),
});

export type OutgoingWebhookInput = z.output<typeof outgoingWebhookInput>;

export const outgoingWebhookSchema = outgoingWebhookInput.extend({
  id: z.string(),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});

export type OutgoingWebhook = z.output<typeof outgoingWebhookSchema>;
