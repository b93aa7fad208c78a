import { mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoApiKey, newApiKeyToken } from './demo-api-key';

describe('demo API key', () => {
  it('has the format read-api accepts', () => {
    expect(newApiKeyToken()).toMatch(/^nf_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
  });

  it('is made once and then reused, readable only by its owner', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nf-key-'));
    const first = demoApiKey(dir);
    expect(demoApiKey(dir)).toBe(first);
    expect(statSync(path.join(dir, 'demo-api-key')).mode & 0o777).toBe(0o600);
  });
});
