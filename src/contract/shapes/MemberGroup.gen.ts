// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
/** The shape of `MemberGroup` in openapi.yaml. */
export const MemberGroup = 'cadre|returned-retiree|skilled|ordinary|migrant|veteran' as const;
