import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_RESOURCES } from '../../audit/changes';
import { paginationQuery } from './common';

export const auditQuery = paginationQuery.extend({
  resource_type: z.enum(AUDIT_RESOURCES).optional(),
  resource_id: z.string().max(100).optional(),
  actor_token_id: z.string().max(100).optional(),
});

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  /** The token that made the change, by its name at the time. */
  actor: z.object({ token_id: z.string(), name: z.string(), role: z.string() }),
  action: z.enum(AUDIT_ACTIONS),
  resource: z.object({ type: z.enum(AUDIT_RESOURCES), id: z.string(), name: z.string() }),
  /** Each changed field as the API shows it; secrets redacted. */
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  request_id: z.string().nullable(),
});
