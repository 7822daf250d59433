import { headerTags } from '../../../src/incoming/header-tags';

describe('headerTags', () => {
  const headers = {
    'x-lead-source': 'facebook',
    'user-agent': 'Form/1',
    accept: ['a', 'b'] as unknown as string,
    authorization: 'Bearer k',
    'x-auth-key': 'k',
    cookie: 'session=1',
    'x-session-id': 's',
    connection: 'keep-alive, x-hop',
    'x-hop': 'declared hop-by-hop',
    'keep-alive': 'timeout=5',
    host: '127.0.0.1',
    'content-length': '10',
  };

  it('takes every header but credentials, cookies and hop-by-hop ones with `all`', () => {
    expect(headerTags(headers, { mode: 'all', allow: [] })).toEqual({ X_LEAD_SOURCE: 'facebook', USER_AGENT: 'Form/1', ACCEPT: 'a, b' });
  });

  it('takes only allow-listed headers (any case) with `allow`, never a credential', () => {
    expect(headerTags(headers, { mode: 'allow', allow: ['X-Lead-Source', 'Cookie', 'X-Hop'] })).toEqual({ X_LEAD_SOURCE: 'facebook' });
  });

  it('takes none with `none`', () => {
    expect(headerTags(headers, { mode: 'none', allow: ['x-lead-source'] })).toEqual({});
  });
});
