import type { ApiTokensTable } from './tables/api-tokens';
import type { AuditLogTable } from './tables/audit-log';
import type { CallsTable } from './tables/calls';
import type { DeliveriesTable, DeliveryAttemptsTable, RecoveriesTable } from './tables/deliveries';
import type { IncomingRequestsTable, IncomingWebhooksTable } from './tables/incoming';
import type { OrganizationsTable, RateLimitDemandTable } from './tables/organizations';
import type { OutgoingWebhookHealthTable, OutgoingWebhooksTable, OutgoingWebhookStateChangesTable } from './tables/outgoing-webhooks';
import type { HeldPostbacksTable } from './tables/held-postbacks';
import type { PreCallDataTable } from './tables/pre-call-data';
import type { SimulationsTable } from './tables/simulations';
import type { TagsTable } from './tables/tags';

export interface Database {
  organizations: OrganizationsTable;
  api_tokens: ApiTokensTable;
  outgoing_webhooks: OutgoingWebhooksTable;
  outgoing_webhook_health: OutgoingWebhookHealthTable;
  outgoing_webhook_state_changes: OutgoingWebhookStateChangesTable;
  calls: CallsTable;
  deliveries: DeliveriesTable;
  delivery_attempts: DeliveryAttemptsTable;
  recoveries: RecoveriesTable;
  incoming_webhooks: IncomingWebhooksTable;
  incoming_requests: IncomingRequestsTable;
  tags: TagsTable;
  pre_call_data: PreCallDataTable;
  held_postbacks: HeldPostbacksTable;
  audit_log: AuditLogTable;
  rate_limit_demand: RateLimitDemandTable;
  simulations: SimulationsTable;
}
