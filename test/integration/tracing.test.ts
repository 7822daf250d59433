import { waitFor } from './lifecycle-support';
import { createCallWebhook, waitForDeliveries } from '../support/outage';
import { OtlpReceiver } from '../support/otlp-receiver';
import { Receiver } from '../support/receiver';
import { startTestStack, type TestStack } from '../support/stack';
import { ApiProcess, WorkerProcess } from '../support/worker-process';

// One trace from the platform's HTTP request through Temporal to the delivery's HTTP request, exported by the API
// and worker processes (run as production runs them) to an OTLP/HTTP receiver in this test.

describe('OpenTelemetry traces', () => {
  let stack: TestStack;
  let otlp: OtlpReceiver;
  let receiver: Receiver;
  let api: ApiProcess;
  let worker: WorkerProcess;

  beforeAll(async () => {
    stack = await startTestStack({}, { worker: false });
    otlp = await OtlpReceiver.start();
    receiver = await Receiver.start({ status: 200, body: '{"ok":true}' });
    const env = { OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url, OTEL_BSP_SCHEDULE_DELAY: '200' };
    [api, worker] = await Promise.all([ApiProcess.start(stack.config, env), WorkerProcess.start(stack.config, env)]);
  });
  afterAll(async () => {
    await api?.crash();
    await worker?.crash();
    await receiver?.close();
    await otlp?.close();
    await stack?.stop();
  });

  it('spans ingress → workflow → activity → outgoing HTTP with one trace id, which the attempt’s log line carries', async () => {
    const webhook = await createCallWebhook(stack, receiver, { event_types: ['call.incoming'] });
    const res = await fetch(`${api.url}/api/v1/calls/call_traced/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'incoming', call: { from: '+15551234567' } }),
    });
    expect(res.status).toBe(202);
    const [delivery] = await waitForDeliveries(stack, webhook.id, 1);

    const ingress = await waitFor('the ingress span', () => otlp.spans.find((s) => s.service === 'callhooks-api' && s.kind === 2 && String(s.attributes['http.target'] ?? s.attributes['url.path'] ?? '').includes('/calls/call_traced/events')));
    const trace = await waitFor('the delivery’s outgoing HTTP span in the same trace', () => {
      const spans = otlp.spans.filter((s) => s.traceId === ingress.traceId);
      const outgoing = spans.find((s) => s.service === 'callhooks-worker' && s.kind === 3 && String(s.attributes['url.full'] ?? s.attributes['http.url'] ?? '').startsWith(receiver.url));
      return outgoing ? spans : undefined;
    });
    const names = trace.map((s) => `${s.service} ${s.name}`);
    expect(names).toEqual(expect.arrayContaining([
      expect.stringMatching(/^callhooks-api SignalWithStartWorkflow:callWorkflow$/),
      // The workflow span itself ends when the call closes; the signal that started it is here now.
      expect.stringMatching(/^callhooks-worker HandleSignal:callEvent$/),
      // The call step makes a healthy receiver's attempt itself, in its local activity.
      expect.stringMatching(/^callhooks-worker StartActivity:recordCallTransition$/),
      expect.stringMatching(/^callhooks-worker RunActivity:recordCallTransition$/),
    ]));

    const attempt = worker.lines.map((line) => { try { return JSON.parse(line); } catch { return undefined; } }).find((e) => e?.msg === 'delivery attempt' && e.delivery_id === delivery.id);
    expect(attempt.trace_id).toBe(ingress.traceId);
    // And the delivery log's attempt record, as the API shows it.
    const logged = await stack.ok(`/api/v1/logs/outgoing/${delivery.id}`);
    expect(logged.attempts.map((a: any) => a.trace_id)).toEqual([ingress.traceId]);
  });
});
