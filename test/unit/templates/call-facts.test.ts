import { snapshotFromIndex } from '../../../src/delivery/preview';
import type { CallRow } from '../../../src/db/tables/calls';
import { filterConditionSchema, matchesFilters, type FilterConditionInput } from '../../../src/filters';
import { callFieldsSchema } from '../../../src/api/schemas/platform-event';
import { CALL_FIELD_TOKENS, compileTemplate, renderBody } from '../../../src/templates';
import { contextWith } from './helpers';

const raw = (template: string, ctx = contextWith()) => renderBody(compileTemplate(template, 'raw'), ctx).body;
const matches = (condition: FilterConditionInput, ctx = contextWith()) => matchesFilters([filterConditionSchema.parse(condition)], ctx);

describe('call facts from the platform: recording, IVR, hangup_by, caller name and place', () => {
  it('are template tokens with sample values, IVR as node=digits text', () => {
    expect(raw('[RECORDING_URL] [HANGUP_BY] [CALLER_NAME] [CALLER_CITY] [CALLER_STATE] [CALLER_ZIP] [IVR]')).toBe(
      'https://recordings.example.com/CA1f2e3d4c5b6a798877665544332211ff.mp3 caller JANE DOE Austin TX 78701 main_menu=1, zip_prompt=78701',
    );
    expect(CALL_FIELD_TOKENS.map((t) => t.name)).toEqual(expect.arrayContaining(['RECORDING_URL', 'IVR', 'HANGUP_BY', 'CALLER_NAME', 'CALLER_CITY', 'CALLER_STATE', 'CALLER_ZIP']));
    // Liquid sees the list itself.
    expect(raw('{% for input in call.ivr %}{{ input.node }}:{{ input.digits }};{% endfor %}')).toBe('main_menu:1;zip_prompt:78701;');
    expect(raw('[IVR|CALLER_NAME]', contextWith({ ivr: [] }))).toBe('JANE DOE');
  });

  it('are filter fields', () => {
    expect(matches({ field: 'caller_state', op: 'equals', value: 'tx' })).toBe(true);
    expect(matches({ field: 'call.hangup_by', op: 'equals', value: 'target' })).toBe(false);
    expect(matches({ field: 'ivr', op: 'contains', value: 'main_menu=1' })).toBe(true);
    expect(matches({ field: 'ivr', op: 'not_exists' }, contextWith({ ivr: undefined }))).toBe(true);
    expect(matches({ field: 'recording_url', op: 'exists' }, contextWith({ recording_url: undefined }))).toBe(false);
  });

  it('are validated on the platform API', () => {
    const ok = callFieldsSchema.safeParse({ recording_url: 'https://r.example/x.mp3', ivr: [{ digits: '1#', node: 'menu' }, { digits: '*9' }], caller_zip: '78701' });
    expect(ok.success).toBe(true);
    const bad = callFieldsSchema.safeParse({ recording_url: 'ftp://x', ivr: [{ digits: 'one' }] });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['recording_url', 'must be an http(s) URL'],
      ['ivr.0.digits', 'must be DTMF digits (0-9, *, #, A-D)'],
    ]);
  });
});

describe('snapshotFromIndex', () => {
  it('gives templates every field the index holds, the post-call reason and the new call facts included', () => {
    const at = new Date('2031-01-01T10:00:00Z');
    const row: CallRow = {
      org_id: 'org_1', call_id: 'c1', workflow_id: 'call-org_1-c1', status: 'completed', caller: '+15551230000', tracking_number: '+18005550100',
      call_sid: 'CA1', campaign_id: 'cmp', campaign_name: 'Solar', publisher_id: 'pub', publisher_name: 'Pub', buyer_id: 'buy', buyer_name: 'Buyer',
      converted: true, call_converted_at: at, revenue_paid_out: 10, publisher_paid_out: 5, configured_publisher_payout: 4, duration: 60,
      hangup_cause: 'NORMAL_CLEARING', failure_reason: null, reason: 'sold twice', simulated: false, hangup_by: 'target', no_payout_reason: 'Caps exceeded', recording_url: 'https://r.example/c1.mp3',
      caller_name: 'JOHN ROE', caller_city: 'Dallas', caller_state: 'TX', caller_zip: '75001', ivr: [{ digits: '2', node: 'menu' }],
      started_at: at, connected_at: at, ended_at: at, completed_at: at, post_call_window_ends_at: at, closed_at: at,
      tags: {}, tag_sources: {}, sequence: 3, updated_at: at, state: null,
    };
    expect(snapshotFromIndex(row)).toMatchObject({
      reason: 'sold twice', no_payout_reason: 'Caps exceeded', hangup_by: 'target', recording_url: 'https://r.example/c1.mp3', caller_name: 'JOHN ROE', caller_city: 'Dallas',
      caller_state: 'TX', caller_zip: '75001', ivr: [{ digits: '2', node: 'menu' }], call_converted_at: '2031-01-01T10:00:00.000Z',
    });
    expect(snapshotFromIndex(row)).not.toHaveProperty('failure_reason');
  });
});
