import type { AnswerValue, Answers, Question, Questionnaire } from '../api/types.js';

/** One plausible answer a member could give, within the question's own limits. */
function sample(question: Question): AnswerValue | undefined {
  switch (question.type) {
    case 'single':
      return question.options[0]?.value;
    case 'multiple':
      return question.options.slice(0, Math.max(1, question.minSelect ?? 1)).map((option) => option.value);
    case 'ranking':
      return question.options.map((option) => option.value);
    case 'boolean':
      return true;
    case 'text':
    case 'longtext':
      return 'pb-verify'.padEnd(question.minLength ?? 0, '.');
    case 'number':
      return question.min ?? Math.min(0, question.max ?? 0);
    case 'rating':
      return 1;
    case 'matrix':
      return Object.fromEntries(question.rows.map((row) => [row.value, question.columns[0]?.value ?? '']));
  }
}

/**
 * Answers to every question of a questionnaire, for `pb-verify --writes` to submit: the
 * first option, the shortest text, the lowest number. Only for a test member.
 */
export function sampleAnswers(questionnaire: Questionnaire): Answers {
  const answers: Answers = {};
  for (const question of questionnaire.pages.flatMap((page) => page.questions)) {
    const value = sample(question);
    if (value !== undefined) answers[question.id] = value;
  }
  return answers;
}
