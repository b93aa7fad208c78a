// Flat config: typescript-eslint strict type-aware rules, Nx module boundaries by tag, and the
// house rules (domain stays pure, process.env only in config, builders only in tests).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const infrastructureImports = [
  { group: ['@nestjs/*'], message: 'domain/ is framework-free: move Nest code to an adapter.' },
  { group: ['kafkajs'], message: 'domain/ must not touch Kafka: use a port.' },
  { group: ['mongoose', 'mongodb'], message: 'domain/ must not touch the store: use a port.' },
  {
    group: ['undici', 'express', 'node:http', 'node:https', 'http', 'https', 'node:net'],
    message: 'domain/ must not do I/O.',
  },
  { group: ['@newsflow/platform-*'], message: 'domain/ must not depend on platform adapters.' },
  {
    group: ['**/adapters/**', '**/use-cases/**'],
    message: 'domain/ depends on nothing outside itself.',
  },
];

const testingOnly = {
  name: '@newsflow/testing',
  message: 'Builders and fakes are for tests only.',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/.nx/**',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          // libs/testing is reachable from platform and services for their specs only; the
          // no-restricted-imports rule below keeps production files away from it.
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            // Domain code may work on message shapes (contracts are pure types and zod schemas);
            // testing only from specs (see no-restricted-imports).
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:testing'],
            },
            {
              sourceTag: 'type:platform',
              onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:testing'],
            },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'],
            },
            {
              sourceTag: 'type:service',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:platform',
                'type:domain',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:tool',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:platform',
                'type:domain',
                'type:testing',
                'type:tool',
              ],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:platform',
                'type:domain',
                'type:testing',
                'type:tool',
              ],
            },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      // Nest and mongoose take option bags typed as classes; object literals are their documented use.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      'no-restricted-imports': ['error', { paths: [testingOnly] }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read the environment only in a config/ file.',
        },
      ],
    },
  },
  {
    files: [
      '**/config/**/*.ts',
      'libs/platform/config/**/*.ts',
      'tools/**/*.ts',
      'test/**/*.ts',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', 'test/**/*.ts', 'libs/testing/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Service domain folders and the type:domain libraries are pure: no framework, broker, store or HTTP.
    files: [
      '**/domain/**/*.ts',
      'libs/{text,similarity,ninjs,subscriptions,extraction,ner,feeds,geo,topics}/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: [testingOnly], patterns: infrastructureImports }],
    },
  },
  {
    files: [
      '**/domain/**/*.spec.ts',
      'libs/{text,similarity,ninjs,subscriptions,extraction,ner,feeds,geo,topics}/**/*.spec.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: infrastructureImports }] },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  prettier,
);
