// One Jest run for unit, integration and e2e tests. The global setup makes sure
// PostgreSQL, Redis and Meilisearch answer (starting Meilisearch itself when none is
// configured) and gives this run its own database; each test file then takes its own
// schema, index prefix and queue prefix (libs/testing).
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    // As tsconfig.json: declared-but-unset DTO fields must not become own `undefined` properties
    // (they would overwrite entity columns through Object.assign).
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,test,scripts,bench}/**/*.{spec,int-spec,e2e-spec}.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/web/'],
  // Some dependencies ship ESM only; compile them to CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', swc] },
  moduleNameMapper: { '^@niaz/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  setupFiles: ['reflect-metadata'],
  // Responses that break the OpenAPI document fail the running test (issue 16, point 9).
  setupFilesAfterEnv: ['<rootDir>/test/support/contract-after-each.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
  verbose: false,
};
