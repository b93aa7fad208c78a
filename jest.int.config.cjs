// Integration tests: *.int-spec.ts, adapters against the real local Kafka and store.
const preset = require('./jest.preset.cjs');

module.exports = {
  ...preset,
  rootDir: __dirname,
  roots: ['<rootDir>/services', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.int-spec.ts'],
  testTimeout: 60_000,
};
