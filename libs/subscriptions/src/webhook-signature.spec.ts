import { newWebhookSecret, signWebhook, verifyWebhookSignature } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = newWebhookSecret();
  const body = '{"articleId":"art_1"}';

  it('verifies what it signs', () => {
    expect(verifyWebhookSignature(secret, signWebhook(secret, 1000, body), body, 1010)).toBe(true);
  });

  it('refuses another body, another secret, a stale timestamp and garbage', () => {
    const header = signWebhook(secret, 1000, body);
    expect(verifyWebhookSignature(secret, header, `${body} `, 1000)).toBe(false);
    expect(verifyWebhookSignature(newWebhookSecret(), header, body, 1000)).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, 1000 + 301)).toBe(false);
    expect(verifyWebhookSignature(secret, 'nonsense', body, 1000)).toBe(false);
  });

  it('matches an independently computed HMAC', () => {
    // HMAC-SHA256("key", "1.x"), computed with openssl: printf '1.x' | openssl dgst -sha256 -hmac key
    expect(signWebhook('key', 1, 'x')).toBe(
      't=1,v1=fc4913c41a7bf793267e2a384f3261c9436ec2cd097bd745e7b0d99113f510ec',
    );
  });
});
