// Who may do what: a token belongs to one organization and has one role.

export const TOKEN_ROLES = ['admin', 'platform', 'read'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<TokenRole, string> = {
  admin: 'everything in its organization',
  platform: 'posts call events (the call platform), nothing else',
  read: 'reads everything in its organization (GET only), secrets masked',
};

/** The token making a request. */
export interface Principal {
  orgId: string;
  tokenId: string;
  tokenName: string;
  role: TokenRole;
  /** Bootstrap's ADMIN_TOKEN: an admin of its organization who also manages organizations. */
  instanceAdmin: boolean;
}

/**
 * What a route needs: `org` routes are read with any `read` or `admin` token and changed with `admin` ones;
 * `platform` routes also take `platform` tokens; `instance` routes are the instance admin's only.
 */
export type RouteAccess = 'org' | 'platform' | 'instance';

export function allowedRoles(access: RouteAccess, method: string): TokenRole[] {
  if (access === 'instance') return ['admin'];
  if (access === 'platform') return ['admin', 'platform'];
  return method.toLowerCase() === 'get' ? ['admin', 'read'] : ['admin'];
}

/** Why `principal` may not call a route, or undefined when it may. */
export function refusal(principal: Principal, access: RouteAccess, method: string): string | undefined {
  if (access === 'instance' && !principal.instanceAdmin) return 'Only the instance admin (ADMIN_TOKEN) manages organizations';
  const roles = allowedRoles(access, method);
  if (roles.includes(principal.role)) return undefined;
  return `A ${principal.role} token cannot do this; it needs a token with role ${roles.join(' or ')}`;
}

/** Full secrets (auth keys, URL credentials, Authorization headers) are shown to admin tokens only. */
export const seesSecrets = (principal: Principal): boolean => principal.role === 'admin';
