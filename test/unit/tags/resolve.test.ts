import { emptyTagLayers, tagChanges, type TagDefinitionRule, type TagLayers } from '../../../src/shared/tags';
import { TAG_PRECEDENCE, resolveTags } from '../../../src/tags/resolve';

function layers(patch: Partial<TagLayers>): TagLayers {
  return { ...emptyTagLayers(), ...patch };
}

const post = (webhook_id: string, request_id: string, data: Record<string, string>) => ({ webhook_id, request_id, data });

const HOMEOWNER: TagDefinitionRule = {
  name: 'HOMEOWNER',
  sources: [
    { type: 'sip_header', key: 'X-Homeowner' },
    { type: 'incoming_webhook', key: 'owns_home' },
  ],
};

describe('resolveTags', () => {
  it('feeds a defined tag from each source, recording the source and the key as sent', () => {
    const definitions: TagDefinitionRule[] = [
      { name: 'HOMEOWNER', sources: [{ type: 'sip_header', key: 'X-Homeowner' }] },
      { name: 'CITY', sources: [{ type: 'rtb', key: 'geo.city' }] },
      { name: 'KEYWORD', sources: [{ type: 'landing_page', key: 'utm_term' }] },
      { name: 'VERTICAL', sources: [{ type: 'platform', key: 'vertical_name' }] },
      { name: 'CREDIT', sources: [{ type: 'incoming_webhook', key: 'credit_score', incoming_webhook_id: 'iwh_form' }] },
    ];
    const resolved = resolveTags(
      layers({
        sip_header: { 'x-homeowner': 'yes' },
        rtb: { geo: { city: 'Austin' } },
        landing_page: { UTM_TERM: 'solar panels' },
        platform: { 'Vertical-Name': 'solar' },
        incoming_webhook: [post('iwh_form', 'req_1', { CREDIT_SCORE: '720' })],
      }),
      definitions,
    );
    expect(resolved.tags).toEqual({ HOMEOWNER: 'yes', CITY: 'Austin', KEYWORD: 'solar panels', VERTICAL: 'solar', CREDIT: '720' });
    expect(resolved.sources).toEqual({
      HOMEOWNER: { type: 'sip_header', key: 'x-homeowner' },
      CITY: { type: 'rtb', key: 'geo.city' },
      KEYWORD: { type: 'landing_page', key: 'UTM_TERM' },
      VERTICAL: { type: 'platform', key: 'Vertical-Name' },
      CREDIT: { type: 'incoming_webhook', key: 'CREDIT_SCORE', webhook_id: 'iwh_form', request_id: 'req_1' },
    });
  });

  it('matches SIP headers case-insensitively and nested keys written with a dot or an underscore', () => {
    const definitions: TagDefinitionRule[] = [
      { name: 'HOMEOWNER', sources: [{ type: 'sip_header', key: 'X-HOMEOWNER' }] },
      { name: 'CITY', sources: [{ type: 'landing_page', key: 'geo_city' }] },
    ];
    const resolved = resolveTags(layers({ sip_header: { 'X-Homeowner': 'no' }, landing_page: { geo: { city: 'Reno' } } }), definitions);
    expect(resolved.tags).toEqual({ HOMEOWNER: 'no', CITY: 'Reno' });
  });

  it('keeps values without a definition under their normalized name', () => {
    const resolved = resolveTags(
      layers({ sip_header: { 'X-Lead-Source': 'tv' }, rtb: { bid: { price: 12.5 } }, incoming_webhook: [post('iwh_a', 'req_1', { ZIP: '73301' })] }),
      [HOMEOWNER],
    );
    expect(resolved.tags).toEqual({ X_LEAD_SOURCE: 'tv', BID_PRICE: '12.5', ZIP: '73301' });
    expect(resolved.sources.BID_PRICE).toEqual({ type: 'rtb', key: 'bid.price' });
  });

  it('a value a definition maps lands on the tag only, not also under its own name', () => {
    const resolved = resolveTags(layers({ sip_header: { 'X-Homeowner': 'yes' } }), [HOMEOWNER]);
    expect(resolved.tags).toEqual({ HOMEOWNER: 'yes' });
  });

  it('lets an incoming webhook beat a SIP header on a real conflict, and records the webhook as the source', () => {
    const resolved = resolveTags(
      layers({ sip_header: { 'X-Homeowner': 'no' }, incoming_webhook: [post('iwh_crm', 'req_9', { OWNS_HOME: 'yes' })] }),
      [HOMEOWNER],
    );
    expect(resolved.tags.HOMEOWNER).toBe('yes');
    expect(resolved.sources.HOMEOWNER).toEqual({ type: 'incoming_webhook', key: 'OWNS_HOME', webhook_id: 'iwh_crm', request_id: 'req_9' });

    const withoutWebhook = resolveTags(layers({ sip_header: { 'X-Homeowner': 'no' } }), [HOMEOWNER]);
    expect(withoutWebhook.sources.HOMEOWNER).toEqual({ type: 'sip_header', key: 'X-Homeowner' });
  });

  it('orders every source type by the documented precedence', () => {
    expect(TAG_PRECEDENCE).toEqual(['landing_page', 'rtb', 'sip_header', 'platform', 'incoming_webhook']);
    const all = {
      landing_page: { vertical: 'lp' },
      rtb: { vertical: 'rtb' },
      sip_header: { vertical: 'sip' },
      platform: { VERTICAL: 'platform' },
      incoming_webhook: [post('iwh_a', 'req_1', { VERTICAL: 'webhook' })],
    };
    const winners = TAG_PRECEDENCE.map((_, i) => {
      const kept = Object.fromEntries(Object.entries(all).filter(([type]) => TAG_PRECEDENCE.indexOf(type as never) <= i));
      return resolveTags(layers(kept)).tags.VERTICAL;
    });
    expect(winners).toEqual(['lp', 'rtb', 'sip', 'platform', 'webhook']);
  });

  it('lets the later of two webhook posts win', () => {
    const resolved = resolveTags(layers({ incoming_webhook: [post('iwh_a', 'req_1', { HOMEOWNER: 'no' }), post('iwh_b', 'req_2', { HOMEOWNER: 'yes' })] }));
    expect(resolved.tags.HOMEOWNER).toBe('yes');
    expect(resolved.sources.HOMEOWNER.request_id).toBe('req_2');
  });

  it('within one source, prefers a definition source over a bare name, then the source listed first', () => {
    const definitions: TagDefinitionRule[] = [
      { name: 'HOMEOWNER', sources: [{ type: 'sip_header', key: 'X-Owner-Primary' }, { type: 'sip_header', key: 'X-Owner-Backup' }] },
    ];
    const resolved = resolveTags(layers({ sip_header: { Homeowner: 'bare', 'X-Owner-Backup': 'backup', 'X-Owner-Primary': 'primary' } }), definitions);
    expect(resolved.tags.HOMEOWNER).toBe('primary');
    expect(resolveTags(layers({ sip_header: { Homeowner: 'bare', 'X-Owner-Backup': 'backup' } }), definitions).tags.HOMEOWNER).toBe('backup');
  });

  it('maps an incoming-webhook source only for the webhook it names', () => {
    const definitions: TagDefinitionRule[] = [{ name: 'CREDIT', sources: [{ type: 'incoming_webhook', key: 'score', incoming_webhook_id: 'iwh_bureau' }] }];
    const resolved = resolveTags(layers({ incoming_webhook: [post('iwh_other', 'req_1', { SCORE: '1' }), post('iwh_bureau', 'req_2', { SCORE: '700' })] }), definitions);
    expect(resolved.tags).toEqual({ SCORE: '1', CREDIT: '700' });
  });

  it('never lets a blank value override a real one', () => {
    const resolved = resolveTags(layers({ sip_header: { 'X-Homeowner': 'yes' }, incoming_webhook: [post('iwh_a', 'req_1', { OWNS_HOME: '  ' })] }), [HOMEOWNER]);
    expect(resolved.tags.HOMEOWNER).toBe('yes');
  });

  it('keeps removed names removed whatever source still carries them', () => {
    const resolved = resolveTags(
      layers({ sip_header: { 'X-Homeowner': 'yes' }, platform: { ZIP: '1' }, incoming_webhook: [post('iwh_a', 'req_1', { OWNS_HOME: 'no' })], removed: ['homeowner'] }),
      [HOMEOWNER],
    );
    expect(resolved.tags).toEqual({ ZIP: '1' });
    expect(resolved.sources).not.toHaveProperty('HOMEOWNER');
  });
});

describe('tagChanges', () => {
  it('lists tags set, changed (with the new source) and removed, for the timeline', () => {
    const before = resolveTags(layers({ sip_header: { 'X-Homeowner': 'no' }, platform: { ZIP: '1', CITY: 'Austin' } }), [HOMEOWNER]);
    const after = resolveTags(
      layers({ sip_header: { 'X-Homeowner': 'no' }, platform: { ZIP: '1', CITY: 'Austin' }, incoming_webhook: [post('iwh_crm', 'req_2', { OWNS_HOME: 'yes', SCORE: '7' })], removed: ['CITY'] }),
      [HOMEOWNER],
    );
    expect(tagChanges(before, after)).toEqual([
      { name: 'CITY', change: 'removed', previous: 'Austin' },
      { name: 'HOMEOWNER', change: 'changed', value: 'yes', previous: 'no', source: { type: 'incoming_webhook', key: 'OWNS_HOME', webhook_id: 'iwh_crm', request_id: 'req_2' } },
      { name: 'SCORE', change: 'set', value: '7', source: { type: 'incoming_webhook', key: 'SCORE', webhook_id: 'iwh_crm', request_id: 'req_2' } },
    ]);
    expect(tagChanges(after, after)).toEqual([]);
  });
});
