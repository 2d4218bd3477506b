// Generated from src/api/openapi.yaml by scripts/gen-contract.ts (npm run gen:api). Do not edit.
import { check, shapeProblem, type Check } from '../data-shape.js';
import type { components } from '../schema.gen.js';
import { keyed } from '../builders/keyed.js';
import { Id } from './Id.gen.js';
import { ScalarValue } from './ScalarValue.gen.js';

type S = components['schemas'];

/** The shape of `Condition` in openapi.yaml. */
export const Condition: Check<S["Condition"]> = /*#__PURE__*/ keyed({ equals: { question: Id, equals: ScalarValue }, notEquals: { question: Id, notEquals: ScalarValue }, in: { question: Id, in: [ScalarValue] }, answered: { question: Id, answered: 'boolean' }, all: { all: [/*#__PURE__*/ check<S["Condition"]>((value, path) => shapeProblem(Condition, value, path))] }, any: { any: [/*#__PURE__*/ check<S["Condition"]>((value, path) => shapeProblem(Condition, value, path))] } });
