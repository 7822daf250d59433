import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_calls';
import * as m0003 from './0003_deliveries';
import * as m0004 from './0004_incoming';
import * as m0005 from './0005_tags';
import * as m0006 from './0006_pre_call_data';
import * as m0007 from './0007_token_roles';
import * as m0008 from './0008_organization_settings';
import * as m0009 from './0009_audit_log';
import * as m0010 from './0010_rate_limits';
import * as m0011 from './0011_delivery_schedule';
import * as m0012 from './0012_webhook_health';
import * as m0013 from './0013_webhook_alerts';
import * as m0014 from './0014_recoveries';
import * as m0015 from './0015_webhook_rate_limits';
import * as m0016 from './0016_late_call_data';
import * as m0017 from './0017_header_tags';
import * as m0020 from './0020_overview_indexes';
import * as m0021 from './0021_retention_and_trace_ids';
import * as m0022 from './0022_overview_rollups';
import * as m0018 from './0018_call_facts';
import * as m0019 from './0019_simulations';
import * as m0023 from './0023_send_pace';
import * as m0024 from './0024_ingress_config_notify';
import * as m0025 from './0025_api_token_notify';

// Listed explicitly (not read from disk) so bundles and compiled builds find every migration.
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_calls': m0002,
  '0003_deliveries': m0003,
  '0004_incoming': m0004,
  '0005_tags': m0005,
  '0006_pre_call_data': m0006,
  '0007_token_roles': m0007,
  '0008_organization_settings': m0008,
  '0009_audit_log': m0009,
  '0010_rate_limits': m0010,
  '0011_delivery_schedule': m0011,
  '0012_webhook_health': m0012,
  '0013_webhook_alerts': m0013,
  '0014_recoveries': m0014,
  '0015_webhook_rate_limits': m0015,
  '0016_late_call_data': m0016,
  '0017_header_tags': m0017,
  '0020_overview_indexes': m0020,
  '0021_retention_and_trace_ids': m0021,
  '0022_overview_rollups': m0022,
  '0018_call_facts': m0018,
  '0019_simulations': m0019,
  '0023_send_pace': m0023,
  '0024_ingress_config_notify': m0024,
  '0025_api_token_notify': m0025,
};
