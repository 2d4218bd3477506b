import * as v from 'valibot';
import type { Attempt, Condition, Draft, Questionnaire, Submission, SubmissionList } from '../../api/types.js';

/**
 * The shapes `<pb-questionnaire>` relies on, from `openapi.yaml`: the definition format
 * (Question one-of by `type`, Condition, Answers), drafts, attempts and submissions. A body
 * or a `definition` property that does not fit is an error naming the first wrong path.
 */

/*
 * Few valibot schema kinds on purpose: each kind costs bytes in every page. Ranges and
 * the id pattern are one `check` each, and `definition-check.ts` checks ids and the rest
 * a schema cannot say.
 */
const within = (min: number, max = Infinity, integer = false) =>
  v.pipe(
    v.number(),
    v.check((n) => n >= min && n <= max && (!integer || Number.isInteger(n)), `${integer ? 'an integer' : 'a number'} from ${min}${max < Infinity ? ` to ${max}` : ''}`),
  );
const id = v.string();
const nullableString = v.nullable(v.string());
const count = (min: number) => within(min, Infinity, true);
const option = v.object({ value: v.string(), label: v.string() });
const options = v.array(option);
const scalar = v.union([v.string(), v.number(), v.boolean()]);

export const conditionShape: v.GenericSchema<Condition> = v.lazy(() =>
  v.union([
    v.object({ question: id, equals: scalar }),
    v.object({ question: id, notEquals: scalar }),
    v.object({ question: id, in: v.array(scalar) }),
    v.object({ question: id, answered: v.boolean() }),
    v.object({ all: v.array(conditionShape) }),
    v.object({ any: v.array(conditionShape) }),
  ]),
);

const base = {
  id,
  title: v.string(),
  description: nullableString,
  required: v.optional(v.boolean()),
  visibleIf: v.optional(conditionShape),
  requiredIf: v.optional(conditionShape),
  points: v.optional(within(0)),
};

const lengths = { minLength: v.optional(count(0)), maxLength: v.optional(count(1)) };

export const questionShape = v.variant('type', [
  v.object({ ...base, type: v.literal('single'), options }),
  v.object({ ...base, type: v.literal('multiple'), options, minSelect: v.optional(count(0)), maxSelect: v.optional(count(1)) }),
  v.object({ ...base, type: v.literal('boolean'), labelTrue: v.optional(v.string()), labelFalse: v.optional(v.string()) }),
  v.object({ ...base, type: v.literal('text'), ...lengths, pattern: v.optional(v.string()), patternMessage: v.optional(v.string()) }),
  v.object({ ...base, type: v.literal('longtext'), ...lengths }),
  v.object({
    ...base,
    type: v.literal('number'),
    min: v.optional(v.number()),
    max: v.optional(v.number()),
    step: v.optional(within(Number.MIN_VALUE)),
  }),
  v.object({ ...base, type: v.literal('rating'), scale: within(2, 10, true), minLabel: v.optional(v.string()), maxLabel: v.optional(v.string()) }),
  v.object({ ...base, type: v.literal('matrix'), rows: options, columns: options, columnLimits: v.optional(v.record(v.string(), count(0))) }),
  v.object({ ...base, type: v.literal('ranking'), options }),
]);

const timestamp = v.string();
const nullableTime = v.nullable(timestamp);
const oneOf = <T extends string>(...values: T[]) => v.union(values.map((value) => v.literal(value)));

export const questionnaireShape = v.object({
  id,
  title: v.string(),
  description: nullableString,
  mode: oneOf('survey', 'quiz', 'evaluation'),
  status: oneOf('open', 'not-open', 'closed'),
  opensAt: nullableTime,
  closesAt: nullableTime,
  allowRetake: v.boolean(),
  anonymous: v.boolean(),
  showAnswers: v.boolean(),
  timeLimitSeconds: v.nullable(count(1)),
  passMark: v.nullable(within(0)),
  totalPoints: v.nullable(within(0)),
  pages: v.array(v.object({ id, title: nullableString, questions: v.array(questionShape) })),
  mine: v.object({ submitted: v.boolean(), canSubmit: v.boolean() }),
});

const answerValue = v.union([v.string(), v.number(), v.boolean(), v.array(v.string()), v.record(v.string(), v.string())]);
export const answersShape = v.record(v.string(), answerValue);

export const draftShape = v.object({
  answers: answersShape,
  pageIndex: count(0),
  attemptId: v.nullable(v.string()),
  updatedAt: timestamp,
});

export const attemptShape = v.object({ id, startedAt: timestamp, deadline: nullableTime });

const quizResult = v.object({
  score: v.number(),
  totalPoints: v.number(),
  passed: v.boolean(),
  questions: v.array(
    v.object({
      questionId: v.string(),
      points: v.number(),
      earned: v.number(),
      correct: v.boolean(),
      correctAnswer: v.optional(answerValue),
      explanation: v.optional(v.string()),
    }),
  ),
});

export const submissionShape = v.object({
  id: v.string(),
  submittedAt: timestamp,
  late: v.boolean(),
  result: v.nullable(quizResult),
});

export const submissionListShape = v.object({ items: v.array(submissionShape) });

// The shapes must produce what the contract's types promise (checked by the compiler).
const _definition: v.InferOutput<typeof questionnaireShape> extends Questionnaire ? true : never = true;
const _draft: v.InferOutput<typeof draftShape> extends Draft ? true : never = true;
const _attempt: v.InferOutput<typeof attemptShape> extends Attempt ? true : never = true;
const _submission: v.InferOutput<typeof submissionShape> extends Submission ? true : never = true;
const _list: v.InferOutput<typeof submissionListShape> extends SubmissionList ? true : never = true;
void [_definition, _draft, _attempt, _submission, _list];

/** One question of the definition, as the widget reads it (a union by `type`). */
export type QuestionDef = v.InferOutput<typeof questionShape>;
export type Definition = v.InferOutput<typeof questionnaireShape>;
export type QuestionType = QuestionDef['type'];
export type QuestionOf<T extends QuestionType> = Extract<QuestionDef, { type: T }>;
