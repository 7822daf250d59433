// Shared look-ups that several pages need (event types, tokens, tags).
import { api } from './api/client';
import type { EventTypesInfo } from './api/types';
import { useLoad } from './hooks';

/** Used when /event-types cannot be loaded, so forms stay usable. */
export const FALLBACK_EVENT_TYPES: EventTypesInfo['data'] = [
  { type: 'call.incoming', description: 'Call received' },
  { type: 'call.connected', description: 'Answered by a buyer' },
  { type: 'call.on_5_secs_mark', description: 'Connected for 5 seconds' },
  { type: 'call.on_15_secs_mark', description: 'Connected for 15 seconds' },
  { type: 'call.on_30_secs_mark', description: 'Connected for 30 seconds' },
  { type: 'call.on_45_secs_mark', description: 'Connected for 45 seconds' },
  { type: 'call.on_60_secs_mark', description: 'Connected for 60 seconds' },
  { type: 'call.hangup', description: 'Either party hung up' },
  { type: 'call.failure', description: 'Could not connect' },
  { type: 'call.converted', description: 'Call converted' },
  { type: 'call.completed', description: 'Call finished and evaluated' },
  { type: 'call.updated', description: 'Post-call update changed the call' },
];

let cache: Promise<EventTypesInfo> | null = null;

export function loadEventTypes(signal?: AbortSignal): Promise<EventTypesInfo> {
  if (!cache) {
    cache = api.get<EventTypesInfo>('/event-types', undefined, signal).catch((err) => {
      cache = null;
      throw err;
    });
  }
  return cache;
}

/** Forget cached look-ups (after tags change). */
export function invalidateCatalog(): void {
  cache = null;
}

export function useEventTypes() {
  return useLoad(() => loadEventTypes(), []);
}
