import { z } from 'zod';
import { decodeEvent } from './event-decoding';

const schema = z.object({ id: z.string(), n: z.number() });

describe('decodeEvent', () => {
  it('accepts a valid message', () => {
    expect(decodeEvent(schema, Buffer.from('{"id":"a","n":1}'))).toEqual({
      ok: true,
      event: { id: 'a', n: 1 },
    });
  });

  it.each([
    [null, 'empty message value'],
    [Buffer.from('{oops'), 'not JSON'],
    [Buffer.from('{"id":"a","n":"one"}'), 'fails schema: n:'],
  ])('explains why %s is refused', (value, reason) => {
    const result = decodeEvent(schema, value);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});
