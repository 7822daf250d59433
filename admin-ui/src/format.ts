// Display helpers: labels and formatting shared by pages.
import type { IncomingWebhookType, TagSourceType } from './api/types';

export const INCOMING_TYPE_LABELS: Record<IncomingWebhookType, string> = {
  call_data: 'Pre-call (call data)',
  update_fields: 'Post-call (update fields)',
  update_revenue: 'Post-call (update revenue)',
  update_tags: 'Post-call (update tags)',
};

export const INCOMING_TYPE_PATHS: Record<IncomingWebhookType, string> = {
  call_data: '/call-data',
  update_fields: '/update-fields',
  update_revenue: '/update-revenue',
  update_tags: '/update-tags',
};

export const TAG_SOURCE_LABELS: Record<TagSourceType, string> = {
  incoming_webhook: 'Incoming webhook',
  sip_header: 'SIP header',
  rtb: 'RTB (real-time bidding)',
  landing_page: 'Landing page',
  platform: 'Call platform',
};

/** "call.on_15_secs_mark" → "On 15 seconds mark", "call.incoming" → "On incoming call". */
export function eventTypeLabel(type: string): string {
  const mark = /^call\.on_(\d+)_secs_mark$/.exec(type);
  if (mark) return `On ${mark[1]} seconds mark`;
  const special: Record<string, string> = {
    'call.incoming': 'On incoming call',
    'call.connected': 'On connected',
    'call.hangup': 'On hangup',
    'call.failure': 'On failure',
    'call.converted': 'On converted',
    'call.completed': 'On completed',
    'call.updated': 'On updated',
  };
  if (special[type]) return special[type];
  const tail = type.replace(/^call\./, '').replace(/_/g, ' ');
  return `On ${tail}`;
}

let displayZone: string | undefined;

/** The organization's time zone (its settings), which every time is shown in; undefined: the browser's. */
export function setDisplayTimeZone(zone: string | undefined): void {
  displayZone = zone;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    // Labelled with its zone (UTC on hover, see `Time`): the organization's zone is not every reader's.
    timeZone: displayZone,
    timeZoneName: 'short',
  });
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
}

export function formatSeconds(s: number | null | undefined): string {
  if (s === null || s === undefined) return '—';
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (m < 60) return rest ? `${m}m ${rest}s` : `${m}m`;
  const h = Math.floor(m / 60);
  const mm = m % 60;
  return mm ? `${h}h ${mm}m` : `${h}h`;
}

/** Human form of a lifespan: 3600 → "1 hour". */
export function describeLifespan(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '';
  const units: [number, string][] = [
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  for (const [size, name] of units) {
    if (seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}

/** Pretty-print JSON-ish values; strings that hold JSON are parsed first. */
export function prettyJson(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const t = value.trim();
    if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))) {
      try {
        return JSON.stringify(JSON.parse(t), null, 2);
      } catch {
        return value;
      }
    }
    return value;
  }
  return JSON.stringify(value, null, 2);
}

/** Upper-snake a tag name the way the server does: "home owner" → "HOME_OWNER". */
export function toTagName(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** Insert `text` into `value` replacing [start, end); returns the new value and caret. */
export function insertAt(value: string, text: string, start: number, end: number): { value: string; caret: number } {
  const s = Math.max(0, Math.min(start, value.length));
  const e = Math.max(s, Math.min(end, value.length));
  return { value: value.slice(0, s) + text + value.slice(e), caret: s + text.length };
}

/** The zone times are shown and typed in: the organization's, else the browser's. */
export function displayZoneName(): string {
  return displayZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** How far the zone's wall clock is ahead of UTC at `ms`, in ms. */
function zoneOffset(ms: number, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(ms / 1000) * 1000;
}

/** `datetime-local` value, a wall time in the display zone → ISO string (or undefined when empty or invalid). */
export function localToIso(v: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(v);
  if (!m) return undefined;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  if (Number.isNaN(wall)) return undefined;
  const zone = displayZoneName();
  // The offset at the first guess can be the other side of a DST change; the second guess uses the right one.
  const guess = wall - zoneOffset(wall, zone);
  return new Date(wall - zoneOffset(guess, zone)).toISOString();
}

/** A moment as a `datetime-local` value (minutes) in the display zone. */
export function isoToLocal(ms: number): string {
  return new Date(ms + zoneOffset(ms, displayZoneName())).toISOString().slice(0, 16);
}

/** A share as a percentage: 0.987 → "98.7 %"; null (nothing to divide) → "—". */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  const pct = share * 100;
  return `${pct === 100 || pct === 0 ? pct.toFixed(0) : pct.toFixed(1)} %`;
}

/** The span of one chart bucket in words: 60 → "minute", 900 → "15 minutes", 3600 → "hour". */
export function bucketLabel(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? 'hour' : `${seconds / 3600} hours`;
  if (seconds % 60 === 0) return seconds === 60 ? 'minute' : `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}
