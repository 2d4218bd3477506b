import { then } from '../../../contract/builders/then.js';
import { getQuestionnaire } from '../../../contract/shapes/Questionnaire.gen.js';
import { conditionQuestions } from '../../../contract/rules/conditions.js';
import type { Definition } from './shapes.js';

/** A definition that has the contract's shape but cannot work: where, and why. */
export interface DefinitionProblem {
  /** Like `pages[1].questions[0].visibleIf`. */
  path: string;
  message: string;
}

function duplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  return values.find((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

/**
 * Checks what the schema leaves out (the contract's shape checked that ids are ids):
 * question ids unique in the questionnaire (they key the answers), option values unique per question, conditions naming questions that exist,
 * ranges the wrong way round. Returns the first problem, or null.
 */
export function definitionProblem(definition: Definition): DefinitionProblem | null {
  const ids = definition.pages.flatMap((page) => page.questions.map((q) => q.id));
  const known = new Set(ids);
  const seen = new Set<string>();
  for (const [p, page] of definition.pages.entries()) {
    for (const [i, question] of page.questions.entries()) {
      const at = `pages[${p}].questions[${i}]`;
      if (seen.has(question.id)) return { path: `${at}.id`, message: `"${question.id}" is used by another question` };
      seen.add(question.id);
      for (const key of ['visibleIf', 'requiredIf'] as const) {
        const condition = question[key];
        const unknown = condition && conditionQuestions(condition).find((id) => !known.has(id));
        if (unknown) return { path: `${at}.${key}`, message: `refers to "${unknown}", which is not a question of this questionnaire` };
      }
      const lists: Array<[string, ReadonlyArray<{ value: string }>]> =
        question.type === 'matrix'
          ? [['rows', question.rows], ['columns', question.columns]]
          : 'options' in question
            ? [['options', question.options]]
            : [];
      for (const [name, list] of lists) {
        const repeated = duplicate(list.map((o) => o.value));
        if (repeated !== undefined) return { path: `${at}.${name}`, message: `the value "${repeated}" appears twice` };
      }
      if (question.type === 'number' && question.min !== undefined && question.max !== undefined && question.min > question.max) {
        return { path: `${at}.min`, message: 'is greater than max' };
      }
      const [low, high] =
        question.type === 'multiple' ? [question.minSelect, question.maxSelect] : 'minLength' in question ? [question.minLength, question.maxLength] : [];
      if (low !== undefined && high !== undefined && low > high) return { path: at, message: 'its minimum is greater than its maximum' };
    }
  }
  return null;
}

/** A definition as the backend checks it: the contract's shape, then what makes it work (`definitionProblem`). */
export const definitionAnswer = then(getQuestionnaire, (definition) => {
  const problem = definitionProblem(definition);
  return problem && { path: `$.${problem.path}`, message: problem.message };
});
