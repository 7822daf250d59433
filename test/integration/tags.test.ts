import { createResolveCallTags } from '../../src/activities/resolve-tags';
import { issueApiToken } from '../../src/db/repositories/api-tokens';
import { createOrganization } from '../../src/db/repositories/organizations';
import { emptyTagLayers } from '../../src/shared/tags';
import { startTestStack, type TestStack } from '../support/stack';

describe('/api/v1/tags', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  const defineTag = (body: unknown, token?: string) => stack.request('/api/v1/tags', { body, token });
  const createWebhook = (body: Record<string, unknown>) =>
    stack.request('/api/v1/outgoing-webhooks', { body: { event_types: ['call.hangup'], url: 'http://127.0.0.1:9/hook', ...body } });

  it('creates, lists, reads, changes and deletes a tag definition', async () => {
    const created = await defineTag({
      name: 'HOMEOWNER',
      description: 'Does the caller own the home?',
      sources: [
        { type: 'sip_header', key: 'X-Homeowner' },
        { type: 'incoming_webhook', key: 'owns_home', incoming_webhook_id: 'iwh_form' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^tag_/),
      name: 'HOMEOWNER',
      display_name: 'homeowner',
      description: 'Does the caller own the home?',
      sources: [
        { type: 'sip_header', key: 'X-Homeowner' },
        { type: 'incoming_webhook', key: 'owns_home', incoming_webhook_id: 'iwh_form' },
      ],
    });
    const id = created.body.id;

    const list = await stack.request('/api/v1/tags');
    expect(list.status).toBe(200);
    expect(list.body.data.map((t: { id: string }) => t.id)).toContain(id);
    expect((await stack.request(`/api/v1/tags/${id}`)).body.name).toBe('HOMEOWNER');

    const changed = await stack.request(`/api/v1/tags/${id}`, { method: 'PATCH', body: { display_name: 'Homeowner', sources: [{ type: 'rtb', key: 'geo.owner' }] } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'HOMEOWNER', display_name: 'Homeowner', description: 'Does the caller own the home?', sources: [{ type: 'rtb', key: 'geo.owner' }] });

    const renamed = await stack.request(`/api/v1/tags/${id}`, { method: 'PATCH', body: { name: 'OWNS_HOME' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('OWNS_HOME');

    expect((await stack.request(`/api/v1/tags/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await stack.request(`/api/v1/tags/${id}`)).status).toBe(404);
  });

  it('validates the name and sources, naming the field', async () => {
    const lower = await defineTag({ name: 'homeowner' });
    expect(lower.status).toBe(400);
    expect(lower.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(lower.body.errors).toEqual([expect.objectContaining({ path: 'body.name', message: expect.stringMatching(/UPPER_SNAKE/) })]);

    expect((await defineTag({ name: 'CALL_ID' })).body.errors).toEqual([expect.objectContaining({ path: 'body.name', message: expect.stringMatching(/built-in/) })]);
    const badSource = await defineTag({ name: 'CITY', sources: [{ type: 'carrier_pigeon', key: 'x' }] });
    expect(badSource.status).toBe(400);
    expect(badSource.body.errors[0].path).toBe('body.sources.0.type');
  });

  it('answers 409 when the name is already taken in the organization', async () => {
    expect((await defineTag({ name: 'ZIP' })).status).toBe(201);
    const clash = await defineTag({ name: 'ZIP' });
    expect(clash.status).toBe(409);
    expect(clash.body.detail).toMatch(/ZIP already exists/);

    const other = await defineTag({ name: 'POSTCODE' });
    const rename = await stack.request(`/api/v1/tags/${other.body.id}`, { method: 'PATCH', body: { name: 'ZIP' } });
    expect(rename.status).toBe(409);
    expect((await stack.request(`/api/v1/tags/${other.body.id}`)).body.name).toBe('POSTCODE');
  });

  it('refuses to rename or delete a tag outgoing webhooks use, naming them, until they stop using it', async () => {
    const tag = (await defineTag({ name: 'CREDIT_SCORE' })).body;
    const inBody = (await createWebhook({ name: 'CRM sync', body_template: '{"score": "[SCORE|CREDIT_SCORE]"}' })).body;
    const inFilter = (await createWebhook({ name: 'Slack: good credit', body_template: '{}', filters: [{ field: 'tags.CREDIT_SCORE', op: 'gte', value: 700 }] })).body;
    const inLiquid = (await createWebhook({ name: 'Ads', body_template: '{"s": "{{ tags.CREDIT_SCORE | default: 0 }}"}' })).body;
    await createWebhook({ name: 'Unrelated', body_template: '{"s": "[CREDIT_SCORE_BAND]"}' });

    const rename = await stack.request(`/api/v1/tags/${tag.id}`, { method: 'PATCH', body: { name: 'SCORE' } });
    expect(rename.status).toBe(409);
    expect(rename.body.detail).toMatch(/CRM sync/);
    expect(rename.body.webhooks).toEqual([
      { id: inBody.id, name: 'CRM sync', used_in: ['body_template'] },
      { id: inFilter.id, name: 'Slack: good credit', used_in: ['filters'] },
      { id: inLiquid.id, name: 'Ads', used_in: ['body_template'] },
    ]);
    const remove = await stack.request(`/api/v1/tags/${tag.id}`, { method: 'DELETE' });
    expect(remove.status).toBe(409);
    expect(remove.body.webhooks).toHaveLength(3);

    // Other changes to a used tag are fine: only its name is what the webhooks depend on.
    expect((await stack.request(`/api/v1/tags/${tag.id}`, { method: 'PATCH', body: { display_name: 'Credit score' } })).status).toBe(200);

    for (const webhook of [inBody, inFilter, inLiquid]) expect((await stack.request(`/api/v1/outgoing-webhooks/${webhook.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await stack.request(`/api/v1/tags/${tag.id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('keeps each organization to its own tag definitions', async () => {
    const mine = (await defineTag({ name: 'CAMPAIGN_TYPE' })).body;
    const other = await createOrganization(stack.db, 'Other org');
    const { token } = await issueApiToken(stack.db, other.id, 'other admin');

    expect((await stack.request('/api/v1/tags', { token })).body.data).toEqual([]);
    expect((await stack.request(`/api/v1/tags/${mine.id}`, { token })).status).toBe(404);
    expect((await stack.request(`/api/v1/tags/${mine.id}`, { method: 'PATCH', body: { display_name: 'hijacked' }, token })).status).toBe(404);
    expect((await stack.request(`/api/v1/tags/${mine.id}`, { method: 'DELETE', token })).status).toBe(404);
    // The same name is free in another organization.
    expect((await defineTag({ name: 'CAMPAIGN_TYPE' }, token)).status).toBe(201);
    expect((await stack.request(`/api/v1/tags/${mine.id}`)).body).toMatchObject({ name: 'CAMPAIGN_TYPE', display_name: 'campaign type' });
  });

  it("lists the organization's tags, and only its own, in the event-type catalogue for the template editor", async () => {
    await defineTag({ name: 'LEAD_GRADE', display_name: 'Lead grade', description: 'A to D' });
    const other = await createOrganization(stack.db, 'Catalogue org');
    const { token } = await issueApiToken(stack.db, other.id, 'catalogue admin');
    await defineTag({ name: 'OTHER_ORG_ONLY' }, token);

    const catalogue = await stack.request('/api/v1/event-types');
    expect(catalogue.status).toBe(200);
    expect(catalogue.body.tags).toContainEqual({ name: 'LEAD_GRADE', display_name: 'Lead grade', description: 'A to D' });
    expect(catalogue.body.tags.map((t: { name: string }) => t.name)).not.toContain('OTHER_ORG_ONLY');
    expect(catalogue.body.tokens.map((t: { name: string }) => t.name)).toContain('CALL_ID');
  });

  it('documents the routes and the refusal in the OpenAPI document', async () => {
    const doc = await stack.request('/api/v1/openapi.json', { token: null });
    expect(doc.body.paths['/api/v1/tags/{id}'].delete.summary).toMatch(/refused with 409/);
    expect(doc.body.paths['/api/v1/tags'].post.requestBody.content['application/json'].schema.properties.sources).toBeDefined();
  });
});

describe('the resolveCallTags activity', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  it("maps raw values through the organization's definitions from PostgreSQL, and only that organization's", async () => {
    const other = await createOrganization(stack.db, 'Other org');
    const { token } = await issueApiToken(stack.db, other.id, 'other admin');
    const define = (body: unknown, bearer?: string) => stack.request('/api/v1/tags', { body, token: bearer });
    expect((await define({ name: 'HOMEOWNER', sources: [{ type: 'sip_header', key: 'X-Homeowner' }] })).status).toBe(201);
    expect((await define({ name: 'CITY', sources: [{ type: 'rtb', key: 'geo.city' }] })).status).toBe(201);
    expect((await define({ name: 'OWNER_FLAG', sources: [{ type: 'sip_header', key: 'X-Homeowner' }] }, token)).status).toBe(201);

    const layers = { ...emptyTagLayers(), sip_header: { 'x-homeowner': 'yes' }, rtb: { geo: { city: 'Austin', zip: '73301' } } };
    const resolveCallTags = createResolveCallTags(stack.db, 0);
    expect(await resolveCallTags({ orgId: stack.orgId, layers })).toEqual({
      tags: { HOMEOWNER: 'yes', CITY: 'Austin', GEO_ZIP: '73301' },
      sources: { HOMEOWNER: { type: 'sip_header', key: 'x-homeowner' }, CITY: { type: 'rtb', key: 'geo.city' }, GEO_ZIP: { type: 'rtb', key: 'geo.zip' } },
    });
    expect((await resolveCallTags({ orgId: other.id, layers })).tags).toEqual({ OWNER_FLAG: 'yes', GEO_CITY: 'Austin', GEO_ZIP: '73301' });
  });

  it('reuses definitions for its cache period, then sees edits', async () => {
    const created = (await stack.request('/api/v1/tags', { body: { name: 'KEYWORD', sources: [{ type: 'landing_page', key: 'kw' }] } })).body;
    const layers = { ...emptyTagLayers(), landing_page: { kw: 'solar', q: 'panels' } };
    const cached = createResolveCallTags(stack.db, 60 * 60_000);
    expect((await cached({ orgId: stack.orgId, layers })).tags.KEYWORD).toBe('solar');

    await stack.request(`/api/v1/tags/${created.id}`, { method: 'PATCH', body: { sources: [{ type: 'landing_page', key: 'q' }] } });
    expect((await cached({ orgId: stack.orgId, layers })).tags.KEYWORD).toBe('solar');
    expect((await createResolveCallTags(stack.db, 0)({ orgId: stack.orgId, layers })).tags).toMatchObject({ KEYWORD: 'panels', KW: 'solar' });
  });
});
