import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { EventLog } from './event-log';

export interface KafkaClientOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
}

/** A kafkajs client whose own log lines go through our structured logger. */
export function createKafkaClient(options: KafkaClientOptions, log: EventLog): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: [...options.brokers],
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 300, retries: 8 },
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const { message, ...fields } = entry;
        const line = { component: 'kafkajs', ...fields };
        if (level === logLevel.ERROR) log.error(line, message);
        else if (level === logLevel.WARN) log.warn(line, message);
        else log.info(line, message);
      },
  });
}
