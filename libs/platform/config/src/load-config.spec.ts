import { z } from 'zod';
import { ConfigError, loadConfig } from './load-config';
import { platformEnvShape } from './platform-env.schema';

const schema = z.object({ ...platformEnvShape, HTTP_PORT: z.coerce.number().int().positive() });

describe('loadConfig', () => {
  it('applies defaults and freezes the result', () => {
    const config = loadConfig(schema, { HTTP_PORT: '3001' });
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
    expect(config.HTTP_PORT).toBe(3001);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.KAFKA_BROKERS)).toBe(true);
  });

  it('parses a broker list', () => {
    const config = loadConfig(schema, { HTTP_PORT: '1', KAFKA_BROKERS: 'a:9092, b.example:9093' });
    expect(config.KAFKA_BROKERS).toEqual(['a:9092', 'b.example:9093']);
  });

  it('names every bad variable and what it held', () => {
    let error: unknown;
    try {
      loadConfig(schema, {
        HTTP_PORT: 'abc',
        KAFKA_BROKERS: 'no-port',
        MONGODB_URI: 'postgres://x',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain(
      "KAFKA_BROKERS: must be a comma-separated list of host:port (got 'no-port')",
    );
    expect(message).toContain('MONGODB_URI');
    expect(message).toContain('HTTP_PORT');
    expect((error as ConfigError).problems).toHaveLength(3);
  });
});
