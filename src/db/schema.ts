import type { ApiTokensTable, OrganizationsTable } from './tables/organizations';
import type { OutgoingWebhooksTable } from './tables/outgoing-webhooks';

export interface Database {
  organizations: OrganizationsTable;
  api_tokens: ApiTokensTable;
  outgoing_webhooks: OutgoingWebhooksTable;
}
