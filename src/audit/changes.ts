import { maskSecrets } from '../security/mask';

export const AUDIT_RESOURCES = ['incoming_webhook', 'outgoing_webhook', 'tag', 'token', 'settings', 'organization'] as const;
export type AuditResource = (typeof AUDIT_RESOURCES)[number];

/** What happened to the resource; a new kind of change adds its verb here. */
export const AUDIT_ACTIONS = ['created', 'updated', 'deleted', 'revoked', 'key_rotated', 'secret_rotated', 'paused', 'resumed', 'recovered'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One field that changed, as the API shows it, secrets redacted. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping fields that change with every write and say nothing about what the operator changed. */
const IGNORED = new Set(['id', 'created_at', 'updated_at', 'version']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ between two API views of a resource (absent before a create, after a delete), with
 * secrets redacted. A secret that changed (a rotated key) is listed with both values redacted.
 */
export function fieldChanges(before: object | undefined, after: object | undefined): FieldChange[] {
  const raw = { before: (before ?? {}) as Record<string, unknown>, after: (after ?? {}) as Record<string, unknown> };
  const masked = { before: maskSecrets(raw.before) as Record<string, unknown>, after: maskSecrets(raw.after) as Record<string, unknown> };
  const fields = [...new Set([...Object.keys(raw.before), ...Object.keys(raw.after)])].filter((f) => !IGNORED.has(f));
  return fields
    .filter((field) => !same(raw.before[field], raw.after[field]))
    .map((field) => ({ field, before: masked.before[field] ?? null, after: masked.after[field] ?? null }));
}
