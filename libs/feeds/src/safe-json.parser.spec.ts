import { parseJsonSafely } from './safe-json.parser';

describe('parseJsonSafely', () => {
  it('drops prototype keys at every depth and keeps the rest', () => {
    const parsed = parseJsonSafely(
      '{"a":1,"__proto__":{"polluted":1},"b":[{"constructor":{"prototype":{"polluted":2}},"c":2}],"prototype":3}',
    );

    expect(parsed).toEqual({ a: 1, b: [{ c: 2 }] });
    expect(Object.keys(parsed as object)).toEqual(['a', 'b']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stays harmless when the result is merged into another object', () => {
    const merged: Record<string, unknown> = Object.assign(
      {},
      parseJsonSafely('{"__proto__":{"polluted":true}}'),
    );

    expect(merged.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws SyntaxError on invalid JSON, like JSON.parse', () => {
    expect(() => parseJsonSafely('{"a":')).toThrow(SyntaxError);
  });
});
