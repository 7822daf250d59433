// The call timeline as an operator reads it: what happened, in words, at an offset from the call's start.
// The engineer's view (every history entry, timers and ids) stays one toggle away.
import type { TimelineEntry } from '../../api/types';
import { eventTypeLabel } from '../../format';

export interface PlainEntry {
  at: string;
  /** "+6 s" from the first entry. */
  offset: string;
  text: string;
  tone: 'ok' | 'bad' | 'info' | 'muted';
}

const EVENT_WORDS: Record<string, string> = {
  'call.incoming': 'Call came in',
  'call.connected': 'Call connected to a buyer',
  'call.hangup': 'Call hung up',
  'call.failure': 'Call failed',
  'call.converted': 'Call converted',
  'call.completed': 'Call completed',
  'call.updated': 'Call updated',
};

/** An event type in words: "call.hangup" → "call hung up". */
export function eventWords(type: string): string {
  return (EVENT_WORDS[type] ?? eventTypeLabel(type)).replace(/^Call /, 'call ');
}

/** "+6 s", "+2 min 5 s", "+1 h 3 min" after `start`. */
export function formatOffset(start: string, at: string): string {
  const s = Math.max(0, Math.round((new Date(at).getTime() - new Date(start).getTime()) / 1000));
  if (s < 60) return `+${s} s`;
  if (s < 3600) return `+${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  return `+${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
}

/** One entry in words, or null for the workflow's plumbing (timers, scheduling, the workflow starting). */
function plain(entry: TimelineEntry): Omit<PlainEntry, 'at' | 'offset'> | null {
  const { kind, title } = entry;
  switch (kind) {
    case 'event': {
      // Platform events are named without the prefix ("Received incoming").
      const type = title.replace(/^Received (call\.)?/, 'call.');
      const emitted = (entry.detail?.emitted as string[] | undefined) ?? [];
      return { text: `${EVENT_WORDS[type] ?? eventTypeLabel(type)}${emitted.length ? '' : ' (nothing to send)'}`, tone: 'info' };
    }
    case 'attempt': {
      // "call.incoming to webhook "CRM": delivered (HTTP 200) after 1 attempt"
      const m = /^(\S+) to webhook (.+?): (.*)$/.exec(title);
      const failed = / failed after /.test(title) || entry.detail?.error !== undefined;
      if (!m) return { text: title, tone: failed ? 'bad' : 'ok' };
      return { text: `Sent “${eventWords(m[1])}” to ${m[2]}: ${m[3]}`, tone: failed ? 'bad' : m[3].startsWith('held') ? 'bad' : 'ok' };
    }
    case 'enrichment':
      return { text: title.replace(/^Data from incoming webhook /, 'Lead data from ').replace(/^Pre-call data attached from/, 'Lead data attached from'), tone: 'info' };
    case 'tags':
      return { text: title, tone: 'info' };
    case 'ignored':
      return { text: title, tone: 'muted' };
    case 'update':
      return { text: title, tone: 'info' };
    case 'other':
      if (/workflow started|Continued in a new run/.test(title)) return null;
      return { text: title.replace('Call workflow closed', 'Call record closed'), tone: /failed|terminated/.test(title) ? 'bad' : 'muted' };
    default:
      // Timers and scheduled deliveries are the engineer's view.
      return null;
  }
}

export function plainTimeline(entries: TimelineEntry[]): PlainEntry[] {
  const start = entries[0]?.at;
  if (!start) return [];
  return entries.flatMap((e) => {
    const p = plain(e);
    return p ? [{ ...p, at: e.at, offset: formatOffset(start, e.at) }] : [];
  });
}
