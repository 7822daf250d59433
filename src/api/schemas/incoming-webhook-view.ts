import type { IncomingWebhook } from './incoming-webhook';
import type { IncomingWebhookRow, IncomingWebhookType } from '../../db/tables/incoming';
import type { SecretBox } from '../../security/secret-box';

/** Where each webhook type is posted, relative to the service's base URL. */
export const INGRESS_PATHS: Record<IncomingWebhookType, string> = {
  call_data: '/call-data',
  update_fields: '/update-fields',
  update_revenue: '/update-revenue',
  update_tags: '/update-tags',
};

const EXAMPLE_PARAMETERS: Record<IncomingWebhookType, string> = {
  call_data: 'caller_id=%2B15551234567&tag1=value1',
  update_fields: 'call_id=CALL_ID&revenue_paid_out=12.5&converted=true&tag1=value1',
  update_revenue: 'call_id=CALL_ID&revenue_paid_out=12.5',
  update_tags: 'call_id=CALL_ID&tag1=value1',
};

/** A stored webhook as the API shows it: the key unsealed and the URLs built on `baseUrl`. */
export function toIncomingWebhook(row: IncomingWebhookRow, box: SecretBox, baseUrl: string): IncomingWebhook {
  const key = box.open(row.key_sealed);
  const url = `${baseUrl.replace(/\/+$/, '')}${INGRESS_PATHS[row.type]}?auth_key=${encodeURIComponent(key)}`;
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    enabled: row.enabled,
    lifespan_seconds: row.lifespan_seconds,
    default_region: row.default_region,
    parameter_map: row.parameter_map,
    header_tags: row.header_tags,
    header_tag_allow: row.header_tag_allow,
    auth_key: key,
    url,
    example_url: `${url}&${EXAMPLE_PARAMETERS[row.type]}`,
    previous_key_expires_at: row.previous_key_expires_at && row.previous_key_expires_at > new Date() ? row.previous_key_expires_at.toISOString() : null,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
