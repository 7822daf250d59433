// `npm run simulate -- --token <admin token> [--url http://localhost:3000] [--webhook whk_…]… [--connected-seconds 16]
//   [--from +15125550123] [--campaign-id cmp] [--pre-call KEY=VALUE]… [--postback-revenue 42] [--wait]`
// Starts a simulated call through the API (POST /api/v1/simulations) and prints what it started; with --wait, follows
// the call's timeline until the call completed and prints it.
import { parseArgs } from 'node:util';

const USAGE = 'usage: npm run simulate -- --token <admin token> [--url http://localhost:3000] [--webhook <id>]... [--connected-seconds N] [--from <number>] [--campaign-id <id>] [--pre-call KEY=VALUE]... [--postback-revenue N] [--wait]';

interface TimelineEntry {
  at: string;
  kind: string;
  title: string;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv, out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string', default: env.CALLHOOKS_URL ?? 'http://localhost:3000' },
      token: { type: 'string', default: env.CALLHOOKS_TOKEN },
      webhook: { type: 'string', multiple: true },
      'connected-seconds': { type: 'string' },
      from: { type: 'string' },
      'campaign-id': { type: 'string' },
      'pre-call': { type: 'string', multiple: true },
      'postback-revenue': { type: 'string' },
      wait: { type: 'boolean', default: false },
    },
  });
  if (!values.token) {
    out(USAGE);
    return 2;
  }
  const preCall = values['pre-call']?.map((pair) => pair.split(/=(.*)/s).slice(0, 2) as [string, string]);
  const body = {
    ...(values.webhook && { webhook_ids: values.webhook }),
    ...(values['connected-seconds'] !== undefined && { connected_seconds: Number(values['connected-seconds']) }),
    ...((values.from || values['campaign-id']) && { call: { ...(values.from && { from: values.from }), ...(values['campaign-id'] && { campaign_id: values['campaign-id'] }) } }),
    ...(preCall && { pre_call: { data: Object.fromEntries(preCall) } }),
    ...(values['postback-revenue'] !== undefined && { postback: { revenue_paid_out: Number(values['postback-revenue']) } }),
  };
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${values.url!.replace(/\/+$/, '')}/api/v1${path}`, { ...init, headers: { authorization: `Bearer ${values.token}`, 'content-type': 'application/json' } });

  const res = await api('/simulations', { method: 'POST', body: JSON.stringify(body) });
  const started = (await res.json()) as { call_id?: string; detail?: string };
  out(JSON.stringify(started, null, 2));
  if (res.status !== 202) return 1;
  if (!values.wait) return 0;

  // The call has completed once call.completed was emitted; later postback events still follow.
  // Entries are in time order and a later poll can add some between printed ones (a delivery's attempts), so
  // each line is printed once by its content rather than by position. The call is read before its timeline: a
  // timeline read after the call showed completed holds every event that completed it.
  const printed = new Set<string>();
  const id = encodeURIComponent(started.call_id!);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const call = (await (await api(`/calls/${id}`)).json()) as { status: string; revenue_paid_out: number | null };
    const timeline = (await (await api(`/calls/${id}/timeline`)).json()) as { entries: TimelineEntry[] };
    for (const entry of timeline.entries) {
      const line = `${entry.at}  ${entry.kind.padEnd(10)}  ${entry.title}`;
      if (!printed.has(line)) out(line);
      printed.add(line);
    }
    const postbackDone = values['postback-revenue'] === undefined || call.revenue_paid_out !== null;
    if (call.status === 'completed' && postbackDone && timeline.entries.some((e) => e.kind === 'attempt' || e.kind === 'delivery')) return 0;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), process.env, (line) => console.log(line)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
