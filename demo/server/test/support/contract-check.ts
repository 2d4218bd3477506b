/**
 * Checks every API response the tests see against openapi.yaml: the status must be one the
 * operation documents, and the body must match that response's schema. The reference
 * server's field errors must each carry a known code (rules/field-errors.ts).
 */
import assert from 'node:assert/strict';
import { loadContract, type Contract } from '../../http/contract';
import { FIELD_ERROR_CODES } from '../../rules/field-errors';

export const contract: Contract = loadContract();

const matchers = [...contract.operations.values()].map((op) => ({
  op,
  pattern: new RegExp(`^/api/v1${op.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

export function operationFor(method: string, path: string): string | null {
  const bare = path.split('?')[0]!;
  return matchers.find((m) => m.op.method === method && m.pattern.test(bare))?.op.operationId ?? null;
}

/** Asserts the response conforms; returns the operationId it was checked against (or null). */
export function assertConforms(method: string, path: string, status: number, contentType: string, body: unknown): string | null {
  if (!path.startsWith('/api/v1/')) return null;
  assert.notEqual(status, 500, `${method} ${path} answered 500: ${JSON.stringify(body)}`);
  const operationId = operationFor(method, path);
  if (!operationId) {
    // Unknown endpoints answer a 404 problem.
    assert.equal(status, 404, `${method} ${path}: no such operation, expected 404`);
    assert.match(contentType, /^application\/problem\+json/);
    return null;
  }
  const validate = contract.responseValidator(operationId, status);
  assert.ok(validate, `${operationId} does not document status ${status} (${method} ${path}): ${JSON.stringify(body)}`);
  if (status >= 400) assert.match(contentType, /^application\/problem\+json/, `${operationId} ${status} must be problem+json`);
  else assert.match(contentType, /^application\/json/, `${operationId} ${status} must be JSON`);
  assert.ok(validate(body), `${operationId} ${status} does not match the contract: ${JSON.stringify(validate.errors?.slice(0, 5))}\n${JSON.stringify(body).slice(0, 600)}`);
  for (const error of (status >= 400 && (body as { errors?: { code?: string }[] }).errors) || []) {
    assert.ok((FIELD_ERROR_CODES as readonly (string | undefined)[]).includes(error.code), `${operationId} ${status}: a field error without a known code: ${JSON.stringify(error)}`);
  }
  return operationId;
}
