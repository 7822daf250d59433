import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sendEvent, waitFor } from './lifecycle-support';
import { createCallWebhook, waitForDeliveries } from '../support/outage';
import { parsePrometheus, total, type Sample } from '../support/prometheus';
import { Receiver } from '../support/receiver';
import { startTestStack, type TestStack } from '../support/stack';
import { WorkerProcess } from '../support/worker-process';

// /metrics of the API (in this process) and of a worker run as production runs it, under real traffic.

describe('Prometheus metrics', () => {
  let stack: TestStack;
  let worker: WorkerProcess;
  let receiver: Receiver;
  let webhook: any;
  let authKey: string;

  beforeAll(async () => {
    stack = await startTestStack({}, { worker: false });
    worker = await WorkerProcess.start(stack.config);
    receiver = await Receiver.start({ status: 200, body: '{"ok":true}' });
    webhook = await createCallWebhook(stack, receiver, { event_types: ['call.incoming', 'call.hangup'] });
    authKey = (await stack.ok('/api/v1/incoming-webhooks', { body: { name: 'Leads', type: 'call_data' } })).auth_key;
  });
  afterAll(async () => {
    await worker?.crash();
    await receiver?.close();
    await stack?.stop();
  });

  async function scrape(url: string): Promise<Sample[]> {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheus(await res.text());
  }
  const apiMetrics = () => scrape(`${stack.api.url}/metrics`);
  const workerMetrics = () => scrape(worker.metricsUrl);
  const lead = (key: string) => fetch(`${stack.api.url}/call-data?auth_key=${key}&caller_id=%2B15551234567`, { method: 'POST' });

  it('counts ingress requests, platform events and request-log batches on the API as traffic arrives', async () => {
    const before = await apiMetrics();
    expect((await lead(authKey)).status).toBe(200);
    expect((await lead(authKey)).status).toBe(200);
    expect((await lead('not-a-key')).status).toBe(401);
    await sendEvent(stack, 'call_metrics_api', 'incoming', { from: '+15551230000' });
    expect((await stack.request('/api/v1/calls/call_metrics_api/events', { body: { type: 'ringing' } })).status).toBe(400);

    // A refused request's log record is written in the next group commit, after its answer.
    const after = await waitFor('3 request-log jobs committed', async () => {
      const now = await apiMetrics();
      return total(now, 'callhooks_request_log_batch_size_sum') - total(before, 'callhooks_request_log_batch_size_sum') >= 3 ? now : undefined;
    });
    const moved = (name: string, labels: Record<string, string> = {}) => total(after, name, labels) - total(before, name, labels);
    expect(moved('callhooks_ingress_requests_total', { type: 'call_data', status: '200' })).toBe(2);
    expect(moved('callhooks_ingress_requests_total', { type: 'call_data', status: '401' })).toBe(1);
    expect(moved('callhooks_ingress_request_duration_seconds_count', { type: 'call_data', status: '200' })).toBe(2);
    expect(moved('callhooks_platform_events_total', { type: 'incoming', status: '202' })).toBe(1);
    expect(moved('callhooks_platform_events_total', { type: 'invalid', status: '400' })).toBe(1);
    // Every request is logged through the group commit: at least one batch, as many jobs as requests.
    expect(moved('callhooks_request_log_batch_size_count')).toBeGreaterThanOrEqual(1);
    expect(moved('callhooks_request_log_batch_size_sum')).toBe(3);
    expect(moved('callhooks_request_log_flush_seconds_count')).toBe(moved('callhooks_request_log_batch_size_count'));
    expect(total(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('counts deliveries and attempts by webhook and outcome on the worker, with the backlog and the Temporal SDK metrics', async () => {
    const before = await workerMetrics();
    await sendEvent(stack, 'call_metrics_worker', 'incoming', { from: '+15551230001' });
    await sendEvent(stack, 'call_metrics_worker', 'hangup', { duration: 3 });
    await waitForDeliveries(stack, webhook.id, 2);

    const after = await workerMetrics();
    const labels = { webhook_id: webhook.id, outcome: 'succeeded' };
    const moved = (name: string) => total(after, name, labels) - total(before, name, labels);
    expect(moved('callhooks_delivery_attempts_total')).toBeGreaterThanOrEqual(2);
    expect(moved('callhooks_deliveries_total')).toBeGreaterThanOrEqual(2);
    expect(moved('callhooks_delivery_attempt_duration_seconds_count')).toBe(moved('callhooks_delivery_attempts_total'));
    expect(after.filter((s) => s.name === 'callhooks_deliveries_backlog').map((s) => s.labels.state).sort()).toEqual(['held', 'pending']);
    // The SDK's own: workflow and activity task slots, polls, sticky cache.
    expect(after.some((s) => s.name.startsWith('temporal_'))).toBe(true);
    expect(total(after, 'temporal_worker_task_slots_available')).toBeGreaterThan(0);
  });

  it('has every metric the provisioned Grafana dashboard charts', async () => {
    const dashboard = readFileSync(path.resolve(__dirname, '../../deploy/grafana/dashboards/callhooks.json'), 'utf8');
    const charted = new Set(dashboard.match(/\b(callhooks|temporal)_[a-z_]+/g));
    const exposed = new Set([...(await apiMetrics()), ...(await workerMetrics())].map((s) => s.name));
    expect([...charted].filter((name) => !exposed.has(name))).toEqual([]);
  });

  it('refuses a scrape from outside the private network without the metrics token', async () => {
    // Through a trusted proxy (loopback), the client is the forwarded internet address.
    const res = await fetch(`${stack.api.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/METRICS_TOKEN/);
  });
});
