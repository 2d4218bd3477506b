// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `TopicDemand` in openapi.yaml. */
export const TopicDemand = { topic: 'string', answers: 'int', requests: 'int' } as const;
