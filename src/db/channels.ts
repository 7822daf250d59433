/** The PostgreSQL notification channel of changes to incoming webhooks and organizations (migration 0024). */
export const INGRESS_CONFIG_CHANNEL = 'ingress_config';
