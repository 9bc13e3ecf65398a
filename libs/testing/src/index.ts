export * from './test-schema';
export * from './wait-for';
