import { Writable } from 'node:stream';
import pino from 'pino';
import { loggerOptions } from './logger-options';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('loggerOptions', () => {
  it('writes JSON lines with service, level label and ISO time, and redacts secrets', () => {
    const out = capture();
    const logger = pino(loggerOptions('deduplication', 'info'), out.stream);
    logger.info(
      { req: { headers: { authorization: 'Bearer s3cret' } }, user: { password: 'p' } },
      'hello',
    );
    logger.debug('not written at info');
    const [line, ...rest] = out.lines();
    expect(rest).toHaveLength(0);
    expect(line).toMatchObject({ service: 'deduplication', level: 'info', msg: 'hello' });
    expect(String(line?.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.stringify(line)).not.toContain('s3cret');
    expect(JSON.stringify(line)).not.toContain('"p"');
  });
});
