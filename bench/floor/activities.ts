import { request } from 'undici';
import type { FloorEvent } from './workflows';

/** One JSON POST to the receiver; the same body shape the product's bench webhook sends. */
export async function post(url: string, event: FloorEvent): Promise<void> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ call: event.callId, event: `call.${event.type}` }),
  });
  await res.body.dump();
  if (res.statusCode >= 300) throw new Error(`receiver answered ${res.statusCode}`);
}
