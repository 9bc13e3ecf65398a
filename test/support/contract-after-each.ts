import { takeContractMismatches } from './openapi-contract';

// Every test fails when a response the api sent during it (or during the setup before it)
// breaks the OpenAPI contract (see openapi-contract.ts).
afterEach(() => {
  const mismatches = takeContractMismatches();
  if (mismatches.length)
    throw new Error(
      `Responses not described by /openapi.json:\n${[...new Set(mismatches)].join('\n')}`,
    );
});
