/**
 * The OpenAPI document, loaded once and compiled with Ajv (JSON Schema 2020-12), so the
 * server validates exactly what the contract says and the tests check responses against
 * the same schemas.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { CONTRACT_PATH } from '../shared-contract';
import type { FieldError, FieldErrorCode } from './problem';

// ajv-formats is CommonJS; its default export arrives wrapped under tsx's ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

const SCHEMA_ID = 'pb-contract';

type JsonSchema = Record<string, unknown>;

export interface ParameterSpec {
  name: string;
  in: 'query' | 'path' | 'header';
  required: boolean;
  /** The JSON type to coerce a text value to before validation. */
  coerceTo: 'integer' | 'number' | 'boolean' | 'string';
  validate: ValidateFunction;
}

export interface OperationSpec {
  operationId: string;
  method: string;
  path: string;
  parameters: ParameterSpec[];
  body: ValidateFunction | null;
  responses: Record<string, JsonSchema>;
  /** `security: []` in the contract: answered to anyone, signed in or not (verifyCertificate). */
  public: boolean;
}

export interface Contract {
  document: JsonSchema;
  operations: Map<string, OperationSpec>;
  /** Validates a response body; compiled on first use per operation and status. */
  responseValidator(operationId: string, status: number): ValidateFunction | null;
}

function rewriteRefs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', `"${SCHEMA_ID}#/$defs/`)) as T;
}

function resolveLocal(document: JsonSchema, ref: string): JsonSchema {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], document) as JsonSchema;
}

function typeOf(document: JsonSchema, schema: JsonSchema): ParameterSpec['coerceTo'] {
  const resolved = typeof schema.$ref === 'string' ? resolveLocal(document, schema.$ref) : schema;
  const type = resolved.type;
  return type === 'integer' || type === 'number' || type === 'boolean' ? type : 'string';
}

export function loadContract(path = CONTRACT_PATH): Contract {
  const document = YAML.parse(readFileSync(path, 'utf8')) as JsonSchema;
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  const components = document.components as Record<string, Record<string, JsonSchema>>;
  ajv.addSchema({ $id: SCHEMA_ID, $defs: rewriteRefs(components.schemas) });

  const operations = new Map<string, OperationSpec>();
  const paths = document.paths as Record<string, Record<string, JsonSchema>>;
  for (const [path, item] of Object.entries(paths)) {
    const shared = (item.parameters ?? []) as unknown as JsonSchema[];
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const params = [...shared, ...((op.parameters ?? []) as JsonSchema[])].map((p) =>
        typeof p.$ref === 'string' ? resolveLocal(document, p.$ref) : p,
      );
      const parameters: ParameterSpec[] = params.map((p) => ({
        name: p.name as string,
        in: p.in as ParameterSpec['in'],
        required: p.required === true,
        coerceTo: typeOf(document, p.schema as JsonSchema),
        validate: ajv.compile(rewriteRefs(p.schema as JsonSchema)),
      }));
      const requestBody = op.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined;
      const bodySchema = requestBody?.content?.['application/json']?.schema;
      const responses: Record<string, JsonSchema> = {};
      for (const [status, response] of Object.entries((op.responses ?? {}) as Record<string, JsonSchema>)) {
        const resolved = typeof response.$ref === 'string' ? resolveLocal(document, response.$ref) : response;
        const content = resolved.content as Record<string, { schema: JsonSchema }> | undefined;
        const schema = content?.['application/json']?.schema ?? content?.['application/problem+json']?.schema;
        if (schema) responses[status] = schema;
      }
      operations.set(op.operationId as string, {
        operationId: op.operationId as string,
        method: method.toUpperCase(),
        path,
        parameters,
        body: bodySchema ? ajv.compile(rewriteRefs(bodySchema)) : null,
        responses,
        public: Array.isArray(op.security) && (op.security as unknown[]).length === 0,
      });
    }
  }

  const compiledResponses = new Map<string, ValidateFunction | null>();
  return {
    document,
    operations,
    responseValidator(operationId, status) {
      const cacheKey = `${operationId} ${status}`;
      if (!compiledResponses.has(cacheKey)) {
        const schema = operations.get(operationId)?.responses[String(status)];
        compiledResponses.set(cacheKey, schema ? ajv.compile(rewriteRefs(schema)) : null);
      }
      return compiledResponses.get(cacheKey)!;
    },
  };
}

/** The field-error code for each kind of schema failure (FieldError.code in the contract). */
const CODE_OF_KEYWORD: Record<string, FieldErrorCode> = {
  required: 'required',
  additionalProperties: 'not-allowed',
  type: 'wrong-type',
  enum: 'not-an-option',
  const: 'not-an-option',
  pattern: 'wrong-format',
  format: 'wrong-format',
  minLength: 'too-short',
  maxLength: 'too-long',
  minItems: 'too-few',
  maxItems: 'too-many',
  minProperties: 'too-few',
  maxProperties: 'too-many',
  uniqueItems: 'repeated',
  minimum: 'too-small',
  exclusiveMinimum: 'too-small',
  maximum: 'too-large',
  exclusiveMaximum: 'too-large',
  multipleOf: 'off-step',
};

/** Ajv errors as JSON-pointer field errors, one per field, most useful first. */
export function toFieldErrors(errors: ErrorObject[] | null | undefined, location?: FieldError['in'], prefix = ''): FieldError[] {
  const seen = new Map<string, FieldError>();
  for (const error of errors ?? []) {
    let pointer = prefix + error.instancePath;
    let detail = error.message ?? 'is not valid';
    if (error.keyword === 'additionalProperties') {
      pointer += `/${String((error.params as { additionalProperty: string }).additionalProperty)}`;
      detail = 'is not allowed';
    } else if (error.keyword === 'required') {
      pointer += `/${String((error.params as { missingProperty: string }).missingProperty)}`;
      detail = 'is required';
    }
    // Branch errors of oneOf/anyOf are noise next to the specific error they explain.
    if (seen.has(pointer) && (error.keyword === 'oneOf' || error.keyword === 'anyOf')) continue;
    const code = CODE_OF_KEYWORD[error.keyword] ?? 'invalid';
    if (!seen.has(pointer)) seen.set(pointer, location ? { pointer: pointer || '/', in: location, code, detail } : { pointer, code, detail });
  }
  return [...seen.values()].slice(0, 20);
}
