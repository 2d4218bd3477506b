/**
 * Which statuses the contract documents for each operation: src/api/openapi.yaml as
 * shipped in the package, read for its `responses`. What the bodies must be is checked
 * with the contract's shapes (library.mjs), not here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const contractUrl = new URL('../../src/api/openapi.yaml', import.meta.url);

/** Each operation's documented statuses, by operationId. */
export function documentedStatuses(path = fileURLToPath(contractUrl)) {
  const document = parse(readFileSync(path, 'utf8'));
  const statuses = new Map();
  for (const methods of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(methods)) {
      if (operation?.operationId) statuses.set(operation.operationId, Object.keys(operation.responses ?? {}).map(Number));
    }
  }
  return statuses;
}
