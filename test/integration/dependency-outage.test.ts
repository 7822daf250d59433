import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/dev/free-port';
import { LocalSystem } from '../support/local-system';
import { Receiver } from '../support/receiver';

const TOKEN = 'chk_dependency_outage_token_01';

interface Outcome {
  callId: string;
  status: number;
  ms: number;
  retryAfter: string | null;
  contentType: string | null;
}

/** A steady platform load: a new call's `incoming` event every `everyMs`, each answer recorded. */
class EventLoad {
  readonly outcomes: Outcome[] = [];
  private timer?: NodeJS.Timeout;
  private inFlight = new Set<Promise<void>>();
  private n = 0;

  constructor(
    private readonly api: string,
    everyMs: number,
  ) {
    this.timer = setInterval(() => this.fire(), everyMs);
  }

  accepted(): string[] {
    return this.outcomes.filter((o) => o.status === 202).map((o) => o.callId);
  }

  /** Resolves once an event sent after now is accepted again. */
  async acceptedAgain(timeoutMs: number): Promise<void> {
    const from = this.outcomes.length;
    const deadline = Date.now() + timeoutMs;
    while (!this.outcomes.slice(from).some((o) => o.status === 202)) {
      if (Date.now() > deadline) throw new Error(`no event accepted within ${timeoutMs / 1000} s: ${JSON.stringify(this.outcomes.slice(-5))}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.inFlight);
  }

  private fire(): void {
    const callId = `outage-${++this.n}`;
    const started = Date.now();
    const sent = fetch(`${this.api}/api/v1/calls/${callId}/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'incoming', call: { from: '+15551230001', to: '+18005550100' } }),
    }).then(
      async (res) => {
        await res.arrayBuffer();
        this.outcomes.push({ callId, status: res.status, ms: Date.now() - started, retryAfter: res.headers.get('retry-after'), contentType: res.headers.get('content-type') });
      },
      () => {
        this.outcomes.push({ callId, status: 0, ms: Date.now() - started, retryAfter: null, contentType: null });
      },
    );
    this.inFlight.add(sent);
    void sent.finally(() => this.inFlight.delete(sent));
  }
}

/** Polls /readyz until it reports `down` not ready and everything else ready; returns that answer. */
async function readinessWhileDown(api: string, down: 'postgres' | 'temporal'): Promise<any> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await fetch(`${api}/readyz`);
    const body = (await res.json()) as any;
    const up = down === 'postgres' ? 'temporal' : 'postgres';
    if (res.status === 503 && body.checks[down].ok === false && body.checks[up].ok === true) return body;
    if (Date.now() > deadline) throw new Error(`/readyz never reported only ${down} down: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start when PostgreSQL or Temporal dies under load', () => {
  let dataDir: string;
  let system: LocalSystem | undefined;
  let receiver: Receiver;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'callhooks-outage-'));
    await chmod(dataDir, 0o755);
    receiver = await Receiver.start();
  });
  afterAll(async () => {
    await system?.interrupt();
    await receiver.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('restarts each by itself, refuses events with 503 + Retry-After meanwhile, and delivers every accepted one', async () => {
    const [port, pg, temporal, ui] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const env = { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DEV_POSTGRES_PORT: String(pg), DEV_TEMPORAL_PORT: String(temporal), DEV_TEMPORAL_UI_PORT: String(ui) };
    system = await LocalSystem.start({ ...env, ADMIN_TOKEN: TOKEN, OUTGOING_ALLOW_NETWORKS: '127.0.0.0/8', LOG_LEVEL: 'warn' });
    const api = `http://127.0.0.1:${port}`;
    const created = await fetch(`${api}/api/v1/outgoing-webhooks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'outage receiver', event_types: ['call.incoming'], url: `${receiver.url}/hook`, body_template: '{"call": "[CALL_ID]"}' }),
    });
    expect(created.status).toBe(201);
    const roles = [system.process(/dist\/api\/server\.js$/).pid, system.process(/dist\/worker\.js$/).pid];

    const load = new EventLoad(api, 250);
    const steady = () => new Promise((r) => setTimeout(r, 5_000));
    await load.acceptedAgain(30_000);
    await steady();

    let from = system.output.length;
    process.kill(system.process(/temporal server start-dev /).pid, 'SIGKILL');
    const temporalDown = await readinessWhileDown(api, 'temporal');
    await system.waitForOutput('Temporal dev server is running again', 180_000, from);
    await load.acceptedAgain(60_000);
    await steady();
    const refusedWhileTemporalDown = load.outcomes.filter((o) => o.status === 503).length;

    from = system.output.length;
    process.kill(system.process(/bin\/postgres -D /).pid, 'SIGKILL');
    const postgresDown = await readinessWhileDown(api, 'postgres');
    await system.waitForOutput('PostgreSQL is running again', 180_000, from);
    await load.acceptedAgain(60_000);
    await steady();
    await load.stop();

    expect(temporalDown.checks.temporal.error).toEqual(expect.any(String));
    expect(postgresDown.checks.postgres.error).toEqual(expect.any(String));
    // Every answer is an acceptance or a refusal a client can act on: never a 500, never a dropped connection.
    const refused = load.outcomes.filter((o) => o.status !== 202);
    expect(refused.map((o) => o.status)).toEqual(refused.map(() => 503));
    expect(refused.filter((o) => !o.retryAfter || !o.contentType?.startsWith('application/problem+json'))).toEqual([]);
    expect(refusedWhileTemporalDown).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(refusedWhileTemporalDown);

    const accepted = load.accepted();
    const delivered = () => new Set(receiver.requests.map((r) => JSON.parse(r.body).call as string));
    const deadline = Date.now() + 180_000;
    while (accepted.some((id) => !delivered().has(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(accepted.filter((id) => !delivered().has(id))).toEqual([]);

    // The API and the worker rode through both outages: same processes (and if not, what they said as they went).
    const pids = [system.process(/dist\/api\/server\.js$/).pid, system.process(/dist\/worker\.js$/).pid];
    expect(pids.join() === roles.join() ? [] : system.output.split('\n').slice(-80)).toEqual([]);
    const max = (list: Outcome[]) => Math.max(0, ...list.map((o) => o.ms));
    console.log(
      `outage load: ${load.outcomes.length} events, ${accepted.length} accepted (max ${max(load.outcomes.filter((o) => o.status === 202))} ms), ` +
        `${refused.length} refused with 503 (max ${max(refused)} ms; ${refusedWhileTemporalDown} while Temporal was down), ${receiver.requests.length} deliveries\n` +
        system.output.split('\n').filter((line) => /unexpectedly|restarting|running again/.test(line)).join('\n'),
    );
  }, 600_000);
});
