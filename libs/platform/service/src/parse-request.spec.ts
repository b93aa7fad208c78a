import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';
import { parseRequest } from './parse-request';

const schema = z.object({ name: z.string().min(1), limit: z.number().int() }).strict();

describe('parseRequest', () => {
  it('returns the parsed value', () => {
    expect(parseRequest(schema, { name: 'a', limit: 1 }, 'thing')).toEqual({ name: 'a', limit: 1 });
  });

  it('answers 400 naming every problem', () => {
    let caught: unknown;
    try {
      parseRequest(schema, { name: '', colour: 'red' }, 'thing', 'query');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BadRequestException);
    const body = (caught as BadRequestException).getResponse() as {
      message: string;
      problems: string[];
    };
    expect(body.message).toBe('invalid thing');
    expect(body.problems).toHaveLength(3);
    expect(body.problems.join('\n')).toMatch(/name: .*\n?.*limit: .*\n?.*query: .*colour/s);
  });
});
