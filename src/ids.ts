import { randomBytes } from 'node:crypto';

export const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * Prefixed, time-ordered ids a human can read in a log (`dlv_01j…`): 48 bits of milliseconds then 80 random
 * bits, Crockford base32, so ids sort by creation and double as pagination cursors.
 */
export function newId(prefix: string, now = Date.now()): string {
  let time = '';
  for (let t = now, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  const random = randomBytes(16);
  let tail = '';
  for (let i = 0; i < 16; i++) tail += CROCKFORD[random[i] % 32];
  return `${prefix}_${time}${tail}`;
}
