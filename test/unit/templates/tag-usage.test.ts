import { tagInput } from '../../../src/api/schemas/tag';
import { tagUsage, templateUsesTag } from '../../../src/templates/tag-usage';

const webhook = { url: 'https://example.test/hook', headers: {}, body_template: '', filters: [] };

describe('templateUsesTag', () => {
  it.each([
    ['{"h": "[HOMEOWNER]"}'],
    ['{"h": "[OWNER|HOMEOWNER]"}'],
    ['{{ tags.HOMEOWNER | default: "n/a" }}'],
    ['{% if tags["HOMEOWNER"] == "yes" %}y{% endif %}'],
    ["{{ tags['HOMEOWNER'] }}"],
  ])('finds the tag in %s', (template) => {
    expect(templateUsesTag(template, 'HOMEOWNER')).toBe(true);
  });

  it.each([['[HOMEOWNER_SINCE]'], ['{{ tags.HOMEOWNERS }}'], ['{{ call.homeowner }}'], ['HOMEOWNER in plain text'], ['[homeowner]']])(
    'does not mistake %s for a use',
    (template) => {
      expect(templateUsesTag(template, 'HOMEOWNER')).toBe(false);
    },
  );
});

describe('tagUsage', () => {
  it('names every part of a webhook that uses the tag', () => {
    expect(
      tagUsage(
        {
          url: 'https://example.test/hook?h=[HOMEOWNER]',
          headers: { 'X-Owner': '{{ tags.HOMEOWNER }}', 'X-Other': '[ZIP]' },
          body_template: '{"zip": "[ZIP]"}',
          filters: [{ field: 'tags.homeowner', op: 'equals', value: 'yes' }],
        },
        'HOMEOWNER',
      ),
    ).toEqual(['url', 'headers', 'filters']);
  });

  it('is empty for a webhook that does not use the tag', () => {
    expect(tagUsage({ ...webhook, filters: [{ field: 'tags.ZIP', op: 'exists' }] }, 'HOMEOWNER')).toEqual([]);
  });
});

describe('tag definition input', () => {
  it.each([['HOMEOWNER'], ['GEO_CITY'], ['A1']])('accepts the name %s', (name) => {
    expect(tagInput.safeParse({ name }).success).toBe(true);
  });

  it.each([['homeowner'], ['1ST'], ['GEO__CITY'], ['_X'], ['X_'], ['HOME OWNER'], ['FROM'], ['CALL_ID']])('rejects the name %s', (name) => {
    const result = tagInput.safeParse({ name });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(['name']);
  });

  it('accepts an incoming_webhook_id only on incoming_webhook sources, and no source twice', () => {
    expect(tagInput.safeParse({ name: 'X', sources: [{ type: 'incoming_webhook', key: 'x', incoming_webhook_id: 'iwh_1' }] }).success).toBe(true);
    const [issue] = tagInput.safeParse({ name: 'X', sources: [{ type: 'sip_header', key: 'x', incoming_webhook_id: 'iwh_1' }] }).error!.issues;
    expect(issue).toMatchObject({ path: ['sources', 0], keys: ['incoming_webhook_id'] });
    expect(tagInput.safeParse({ name: 'X', sources: [{ type: 'rtb', key: 'geo.city' }, { type: 'rtb', key: 'GEO_CITY' }] }).success).toBe(false);
  });
});
