import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import type { CidrRange } from './cidr';
import { ForbiddenTargetError, TargetPolicy } from './target-safety';

/** The address to connect to: the first resolved one the policy permits (never re-resolved after the check). */
async function safeAddress(hostname: string, policy: TargetPolicy): Promise<string> {
  const addresses = isIP(hostname) ? [hostname] : (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);
  const refusals: string[] = [];
  for (const address of addresses) {
    const refusal = policy.refusal(address);
    if (!refusal) return address;
    refusals.push(refusal);
  }
  throw new ForbiddenTargetError(`refused to connect to ${hostname}: ${refusals.join('; ')} (not in OUTGOING_ALLOW_NETWORKS)`);
}

/**
 * An undici dispatcher for outgoing webhooks. The target check happens inside `connect`, on the very address the
 * socket opens, so a hostname that resolves differently later (DNS rebinding) cannot slip past it. TLS still
 * verifies the certificate against the original host name.
 */
export function createSafeDispatcher(allowNetworks: CidrRange[]): Dispatcher {
  const policy = new TargetPolicy(allowNetworks);
  const connect = buildConnector({ timeout: 10_000 });
  return new Agent({
    keepAliveTimeout: 30_000,
    connect(options, callback) {
      safeAddress(options.hostname, policy).then(
        (address) => connect({ ...options, hostname: address }, callback),
        (err: Error) => callback(err, null),
      );
    },
  });
}

const shared = new Map<string, Dispatcher>();

/** One dispatcher per allow-list per process, so connections to a target host are reused across deliveries. */
export function safeDispatcherFor(allowNetworks: CidrRange[]): Dispatcher {
  const key = JSON.stringify(allowNetworks);
  let dispatcher = shared.get(key);
  if (!dispatcher) {
    dispatcher = createSafeDispatcher(allowNetworks);
    shared.set(key, dispatcher);
  }
  return dispatcher;
}
