import { anyOf, check, expected, optional, orNull, recordOf, shapeProblem, variant, type Check, type Infer, type Shape } from '../../contract/data-shape.js';
import type { Attempt, Condition, Draft, Questionnaire, Submission, SubmissionList } from '../../api/types.js';

/**
 * The shapes `<pb-questionnaire>` relies on, from `openapi.yaml`: the definition format
 * (Question one-of by `type`, Condition, Answers), drafts, attempts and submissions. A body
 * or a `definition` property that does not fit is an error naming the first wrong path;
 * `definition-check.ts` checks ids and the rest a shape cannot say.
 */

/** A number in a range: `within(2, 10, true)` is a whole number from 2 to 10. */
const within = (min: number, max = Infinity, integer = false) =>
  check<number>((value, path) =>
    typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value))
      ? null
      : expected(path, `${integer ? 'an integer' : 'a number'} from ${min}${max < Infinity ? ` to ${max}` : ''}`, value),
  );
const count = (min: number) => within(min, Infinity, true);
const options = [{ value: 'string', label: 'string' }] as const;
const scalar = anyOf(['string', 'number', 'boolean']);

/** Told apart by the key it has: `{ question, equals }`…, or `{ all: [...] }` / `{ any: [...] }`. */
const conditionKinds: Record<string, Shape> = {
  equals: scalar,
  notEquals: scalar,
  in: [scalar],
  answered: 'boolean',
  all: [check((value, path) => conditionShape(value, path))],
  any: [check((value, path) => conditionShape(value, path))],
};
export const conditionShape: Check<Condition> = check<Condition>((value, path) => {
  const kind = value && typeof value === 'object' ? Object.keys(conditionKinds).find((key) => key in value) : undefined;
  if (!kind) return expected(path, 'a condition ({ question, equals | notEquals | in | answered } or { all | any: [conditions] })', value);
  return shapeProblem(kind === 'all' || kind === 'any' ? { [kind]: conditionKinds[kind]! } : { question: 'string', [kind]: conditionKinds[kind]! }, value, path);
});

const base = {
  id: 'string',
  title: 'string',
  description: 'string?',
  required: optional('boolean'),
  visibleIf: optional(conditionShape),
  requiredIf: optional(conditionShape),
  points: optional(within(0)),
} as const;

const lengths = { minLength: optional(count(0)), maxLength: optional(count(1)) };
const text = optional('string');

export const questionShape = variant('type', {
  single: { ...base, options },
  multiple: { ...base, options, minSelect: optional(count(0)), maxSelect: optional(count(1)) },
  boolean: { ...base, labelTrue: text, labelFalse: text },
  text: { ...base, ...lengths, pattern: text, patternMessage: text },
  longtext: { ...base, ...lengths },
  number: { ...base, min: optional('number'), max: optional('number'), step: optional(within(Number.MIN_VALUE)) },
  rating: { ...base, scale: within(2, 10, true), minLabel: text, maxLabel: text },
  matrix: { ...base, rows: options, columns: options, columnLimits: optional(recordOf(count(0))) },
  ranking: { ...base, options },
});

export const attemptShape = { id: 'string', startedAt: 'string', deadline: 'string?', serverTime: optional('string') } as const;

export const questionnaireShape = {
  id: 'string',
  title: 'string',
  description: 'string?',
  mode: 'survey|quiz|evaluation',
  status: 'open|not-open|closed',
  opensAt: 'string?',
  closesAt: 'string?',
  allowRetake: 'boolean',
  anonymous: 'boolean',
  showAnswers: 'boolean',
  timeLimitSeconds: orNull(count(1)),
  passMark: orNull(within(0)),
  totalPoints: orNull(within(0)),
  pages: [{ id: 'string', title: 'string?', questions: [questionShape] }],
  // `attempt` is left out by backends older than the contract's running attempts.
  mine: { submitted: 'boolean', canSubmit: 'boolean', attempt: optional(orNull(attemptShape)) },
} as const;

const answerValue = anyOf(['string', 'number', 'boolean', ['string'], recordOf('string')]);
export const answersShape = recordOf(answerValue);

export const draftShape = { answers: answersShape, pageIndex: count(0), attemptId: 'string?', updatedAt: 'string' } as const;

export const submissionShape = {
  id: 'string',
  submittedAt: 'string',
  late: 'boolean',
  result: orNull({
    score: 'number',
    totalPoints: 'number',
    passed: 'boolean',
    questions: [
      {
        questionId: 'string',
        points: 'number',
        earned: 'number',
        correct: 'boolean',
        correctAnswer: optional(answerValue),
        explanation: text,
      },
    ],
  }),
} as const;

export const submissionListShape = { items: [submissionShape] } as const;

// The shapes must produce what the contract's types promise (checked by the compiler).
const _definition: Infer<typeof questionnaireShape> extends Questionnaire ? true : never = true;
const _draft: Infer<typeof draftShape> extends Draft ? true : never = true;
const _attempt: Infer<typeof attemptShape> extends Attempt ? true : never = true;
const _submission: Infer<typeof submissionShape> extends Submission ? true : never = true;
const _list: Infer<typeof submissionListShape> extends SubmissionList ? true : never = true;
void [_definition, _draft, _attempt, _submission, _list];

/** One question of the definition, as the widget reads it (a union by `type`). */
export type QuestionDef = Infer<typeof questionShape>;
export type Definition = Infer<typeof questionnaireShape>;
export type QuestionType = QuestionDef['type'];
export type QuestionOf<T extends QuestionType> = Extract<QuestionDef, { type: T }>;
