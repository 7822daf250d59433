import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Where free ports are looked for: above the registered services' usual ports, below the ephemeral range. */
const LOWEST = 10_000;

/**
 * Asks for a free loopback port that no outgoing connection will take before the caller binds it. A port the OS
 * hands out for `listen(0)` is an ephemeral one, which any connection made meanwhile (a database probe, a
 * reconnecting client) may get as its local port; a server started seconds later on it then fails to bind. So
 * the port is drawn below the ephemeral range where there is one to read, and checked by binding it.
 */
export async function freePort(): Promise<number> {
  const below = ephemeralRangeStart();
  if (below !== undefined && below > LOWEST + 1000) {
    for (let tries = 0; tries < 50; tries++) {
      const port = LOWEST + Math.floor(Math.random() * (below - LOWEST));
      if (await bindable(port)) return port;
    }
  }
  return listenOnAnyPort();
}

function ephemeralRangeStart(): number | undefined {
  try {
    const start = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(start) ? start : undefined;
  } catch {
    return undefined;
  }
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function listenOnAnyPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
