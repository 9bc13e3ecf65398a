export * from './test-schema';
export * from './wait-for';
export * from './pdf-text';
export * from './parse-csv';
export * from './exhibition-world';
export * from './zip-builder';
