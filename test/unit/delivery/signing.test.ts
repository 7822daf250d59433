import { Webhook } from 'standardwebhooks';
import { SecretBox } from '../../../src/security/secret-box';
import { activeSigningSecrets, generateSigningSecret, signingHeaders } from '../../../src/delivery/signing';

describe('Standard Webhooks signing', () => {
  const body = '{"text":"héllo ✅ \\"quoted\\""}';

  it('produces signatures the official library verifies', () => {
    const secret = generateSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const headers = { 'webhook-id': 'dlv_1', ...signingHeaders([secret], 'dlv_1', body) };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('signs with every active secret so either verifies during a rotation, and a tampered body fails', () => {
    const [oldSecret, newSecret] = [generateSigningSecret(), generateSigningSecret()];
    const headers: Record<string, string> = { 'webhook-id': 'dlv_2', ...signingHeaders([newSecret, oldSecret], 'dlv_2', body) };
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newSecret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateSigningSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(newSecret).verify(body.replace('héllo', 'hello'), headers)).toThrow();
  });

  it('keeps the previous secret only until its grace period ends', () => {
    const box = new SecretBox(Buffer.alloc(32, 7));
    const [current, previous] = [generateSigningSecret(), generateSigningSecret()];
    const sealed = { signing_secret: box.seal(current), previous_signing_secret: box.seal(previous), previous_signing_secret_expires_at: new Date('2030-01-01T00:00:00Z') };
    expect(activeSigningSecrets(box, sealed, new Date('2029-12-31T23:59:59Z'))).toEqual([current, previous]);
    expect(activeSigningSecrets(box, sealed, new Date('2030-01-01T00:00:01Z'))).toEqual([current]);
    expect(activeSigningSecrets(box, { ...sealed, signing_secret: null })).toEqual([]);
  });
});
