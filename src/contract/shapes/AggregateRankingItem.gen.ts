// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `AggregateRankingItem` in openapi.yaml. */
export const AggregateRankingItem = { value: 'string', label: 'string', averagePosition: 'number?', firstCount: 'int' } as const;
