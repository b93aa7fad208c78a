import { generateApiKey, grants, hashSecret, parseApiKey, secretMatches } from './api-key';
import { TokenBucketLimiter } from './rate-limiter';

describe('API keys', () => {
  it('generates a token whose secret matches only its own hash', () => {
    const key = generateApiKey();
    const parsed = parseApiKey(key.token);
    expect(parsed?.id).toBe(key.id);
    expect(secretMatches(parsed!.secret, key.secretHash)).toBe(true);
    expect(secretMatches(`${parsed!.secret}x`, key.secretHash)).toBe(false);
    expect(key.secretHash).toBe(hashSecret(parsed!.secret));
    expect(key.token).not.toContain(key.secretHash);
  });

  it('refuses malformed tokens', () => {
    expect(parseApiKey('Bearer abc')).toBeNull();
    expect(parseApiKey('nf_short_secret')).toBeNull();
    expect(parseApiKey(`nf_${'a'.repeat(12)}_${'$'.repeat(40)}`)).toBeNull();
  });

  it('lets admin do what read does, not the other way round', () => {
    expect(grants(['admin'], 'read')).toBe(true);
    expect(grants(['read'], 'admin')).toBe(false);
    expect(grants([], 'read')).toBe(false);
  });
});

describe('TokenBucketLimiter', () => {
  it('allows a burst, then refills at the rate, per key', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter(2, 3, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1, remaining: 0 });
    expect(limiter.take('b').allowed).toBe(true);
    now = 500;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });
});
