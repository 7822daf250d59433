import { proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { WebhookAlertInput } from '../shared/workflows';
import { DeliveryRunner } from './deliveries';

const { planWebhookAlert } = proxyLocalActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });

/**
 * Sends one alert to each of the organization's notification channels (never to the webhook it is about), as
 * ordinary deliveries: same retries, same holding while a channel is itself paused, same log.
 */
export async function webhookAlertWorkflow(input: WebhookAlertInput): Promise<void> {
  const alerts = await planWebhookAlert(input);
  const runner = new DeliveryRunner();
  await Promise.all(
    alerts.map(({ timeoutMs, ...delivery }) =>
      runner.deliver({ orgId: input.orgId, ...delivery }, timeoutMs).catch(() => undefined),
    ),
  );
}
