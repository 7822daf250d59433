import { z } from 'zod';
import { TOKEN_ROLES } from '../../security/roles';
import { instant, nonBlankText, UNPROCESSABLE } from './common';

export const tokenInput = z.object({
  name: nonBlankText(100),
  role: z.enum(TOKEN_ROLES, { error: () => `must be one of: ${TOKEN_ROLES.join(', ')}` }),
  /** When the token stops working; null or absent: never. */
  expires_at: instant
    .refine((v) => Date.parse(v) > Date.now(), { message: 'must be in the future', params: UNPROCESSABLE })
    .nullable()
    .default(null),
});

export type TokenInput = z.output<typeof tokenInput>;

export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(TOKEN_ROLES),
  /** The bootstrap token (ADMIN_TOKEN), which also manages organizations. */
  instance_admin: z.boolean(),
  status: z.enum(['active', 'expired', 'revoked']),
  created_at: z.string(),
  expires_at: z.string().nullable(),
  /** Precise to about a minute: the time is written at most once a minute per token. */
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});

/** The answer to creating a token: the only time the token itself is shown. */
export const createdTokenSchema = tokenSchema.extend({ token: z.string() });
