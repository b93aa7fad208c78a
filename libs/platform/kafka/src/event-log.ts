/** The slice of a pino logger the Kafka core needs; keeps the core free of Nest. */
export interface EventLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}
