import { percentile } from './load';
import type { ArrivalReceiver } from './receiver';

/** A call's platform events and when each is sent after the call starts (DESIGN §9's 3-event call). */
export const CALL_SCRIPT = [
  { type: 'incoming', afterMs: 0 },
  { type: 'connected', afterMs: 200 },
  { type: 'hangup', afterMs: 500 },
] as const;

export type SendEvent = (callId: string, type: string, index: number) => Promise<void>;

export interface CallRunResult {
  rate: number;
  calls: number;
  missing: number;
  duplicates: number;
  p50: number;
  p99: number;
  /** Nothing missing and p99 within a second: the rate is sustained. */
  sustained: boolean;
}

/**
 * Starts `rate` calls per second for `seconds`, each sending CALL_SCRIPT through `send`, and times every event
 * from its send to its arrival at the receiver.
 */
export async function runCalls(name: string, send: SendEvent, receiver: ArrivalReceiver, rate: number, seconds: number): Promise<CallRunResult> {
  const sentAt = new Map<string, number>();
  const total = Math.max(1, Math.round(rate * seconds));
  const started = performance.now();
  const calls: Promise<void>[] = [];
  const sendFailures: string[] = [];
  const duplicatesBefore = receiver.duplicates;
  for (let n = 0; n < total; n++) {
    const wait = started + (n * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const callId = `${name}_${rate}_${n}_${Date.now().toString(36)}`;
    const callStart = performance.now();
    calls.push(
      (async () => {
        for (const [index, { type, afterMs }] of CALL_SCRIPT.entries()) {
          const delay = callStart + afterMs - performance.now();
          if (delay > 1) await new Promise((r) => setTimeout(r, delay));
          sentAt.set(`${callId}:call.${type}`, performance.now());
          await send(callId, type, index).catch((err: Error) => void sendFailures.push(err.message));
        }
      })(),
    );
  }
  await Promise.all(calls);
  const keys = [...sentAt.keys()];
  const missing = await receiver.waitFor(keys, 30_000);
  const latencies = keys.filter((k) => receiver.arrivals.has(k)).map((k) => receiver.arrivals.get(k)! - sentAt.get(k)!);
  latencies.sort((a, b) => a - b);
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  if (sendFailures.length) console.log(`    ${name}: ${sendFailures.length} sends failed, e.g. ${sendFailures[0]}`);
  return { rate, calls: total, missing: missing.length, duplicates: receiver.duplicates - duplicatesBefore, p50, p99, sustained: missing.length === 0 && p99 <= 1000 };
}
