/**
 * The PostgreSQL notification channel of changes to incoming webhooks and organizations (migration 0024) and to
 * API tokens (0025): what ingress keys and API tokens open, which each API process keeps in memory.
 */
export const CONFIG_CHANGES_CHANNEL = 'ingress_config';
