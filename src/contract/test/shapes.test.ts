/**
 * The contract's shapes (src/contract/shapes/, generated from openapi.yaml): what the port
 * checks every answer with in a page, and pb-verify a backend with. Their types are proved
 * against the contract's by the compiler (shapes.gen.ts); these are their words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shapeProblem, type Shape } from '../data-shape';
import * as shapes from '../shapes.gen';

const problem = (shape: Shape, value: unknown) => {
  const found = shapeProblem(shape, value);
  return found && `${found.path} ${found.message}`;
};

describe("the contract's shapes", () => {
  const member = { id: 'm1', name: '李明', branchId: 'b01', branchName: '一支部', roles: ['member'], category: 'in-service', migrant: false };

  it('read nullable fields, enums and lists as the contract says', () => {
    assert.equal(problem(shapes.Member, member), null);
    assert.equal(problem(shapes.Member, { ...member, category: 'cadre' }), '$.category expected "in-service" | "retired" | "farmer" | "student" | "unemployed" | "relief", got "cadre"');
    assert.equal(problem(shapes.Member, { ...member, roles: 'member' }), '$.roles expected Array, got "member"');
    assert.equal(problem(shapes.Member, { ...member, name: undefined }), '$.name expected string, got undefined');
    assert.equal(problem(shapes.Member, { ...member, groups: ['veteran'] }), null, 'an optional field');
  });

  it('tell questions apart by their type, with the ranges of each', () => {
    const question = { id: 'q1', type: 'rating', title: '评价', description: null, scale: 5 };
    assert.equal(problem(shapes.Question, question), null);
    assert.equal(problem(shapes.Question, { ...question, scale: '5' }), '$.scale expected an integer from 2 to 10, got "5"');
    assert.equal(problem(shapes.Question, { ...question, scale: 11 }), '$.scale expected an integer from 2 to 10, got 11');
    assert.match(problem(shapes.Question, { ...question, type: 'slider' })!, /^\$\.type expected "single" \| "multiple" \| .*, got "slider"$/);
  });

  it('read conditions by the key they have, however deep', () => {
    const condition = { all: [{ question: 'q1', equals: 'yes' }, { any: [{ question: 'q2', answered: true }, { question: 'q3', in: [1, 2] }] }] };
    assert.equal(problem(shapes.Condition, condition), null);
    assert.equal(problem(shapes.Condition, { all: [{ any: [{ question: 'q2', answered: 'yes' }] }] }), '$.all[0].any[0].answered expected boolean, got "yes"');
    assert.match(problem(shapes.Condition, { question: 'q1', is: 'yes' })!, /^\$ expected an object with "equals" \| "notEquals" \| "in" \| "answered" \| "all" \| "any"/);
  });

  it('check the formats the widgets read (days, months) and leave ids as the backend gives them', () => {
    assert.equal(problem(shapes.LocalDate, '2026-13-01'), '$ expected a LocalDate like 2027-03-31, got "2026-13-01"');
    assert.equal(problem(shapes.YearMonth, '2026-9'), '$ expected a YearMonth like 2026-09, got "2026-9"');
    assert.equal(problem(shapes.Id, 'course:1798/2'), null, 'ids are opaque to the widgets, which encode them');
  });
});
