import type { Client } from 'pg';
import { dedicatedClient, type Db } from './database';

const RECONNECT_MS = 1_000;

export interface ListenHandlers {
  /** A notification on the channel arrived. */
  notified(): void;
  /** True once LISTEN holds (again), false as soon as the connection is lost: notifications in between are missed. */
  listening(holds: boolean): void;
}

/** LISTENs on a channel with a connection of its own, reconnecting every second while PostgreSQL is away. */
export function listen(db: Db, channel: string, handlers: ListenHandlers): { stop(): Promise<void> } {
  let client: Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let stopped = false;

  const lost = (connection: Client) => {
    if (client !== connection) return;
    client = undefined;
    handlers.listening(false);
    connection.end().catch(() => undefined);
    if (!stopped) retry = setTimeout(connect, RECONNECT_MS);
  };

  async function connect(): Promise<void> {
    const connection = dedicatedClient(db);
    client = connection;
    connection.on('error', () => lost(connection));
    connection.on('end', () => lost(connection));
    connection.on('notification', (message) => message.channel === channel && handlers.notified());
    try {
      await connection.connect();
      await connection.query(`listen ${connection.escapeIdentifier(channel)}`);
      if (client === connection && !stopped) handlers.listening(true);
    } catch {
      lost(connection);
    }
  }

  void connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      const connection = client;
      client = undefined;
      handlers.listening(false);
      await connection?.end().catch(() => undefined);
    },
  };
}
