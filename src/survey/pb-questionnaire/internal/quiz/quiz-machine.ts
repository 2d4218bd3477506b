import { ProblemError } from '../../../../api/errors.js';
import type { QuizDecisions } from '../machine.js';

/**
 * A timed quiz's part of the questionnaire's machine (`../machine.ts`), in the quiz chunk
 * so surveys never download it: Start asks for an attempt once, the attempt's deadline
 * starts the questions (or the panel of an attempt begun elsewhere), a refused Start
 * says why, and Continue on the resume panel shows the questions, or submits what was
 * saved once time is up. Pure, like the machine: it decides with what `transition` lends.
 */
export const quizDecisions: QuizDecisions = (request, m) => {
  const { state } = m;
  switch (request.type) {
    case 'start':
      if (!m.loaded || state.phase.kind !== 'intro' || state.phase.starting) return;
      m.set({ acted: true });
      m.phase({ kind: 'intro', starting: true, error: undefined });
      m.effects.push({ type: 'start-attempt' });
      return;
    case 'started':
      return m.write('change', request.patch, { type: 'ready', resumed: request.resumed });
    case 'ready':
      if (m.loaded && m.draft) m.answering(request.resumed);
      return;
    case 'start-failed':
      if (!(request.error instanceof ProblemError && request.error.status === 409 && m.refused(request.error))) m.phase({ kind: 'intro', starting: false, error: request.error });
      return;
    case 'continue':
      if (state.phase.kind !== 'resume') return;
      m.set({ acted: true });
      m.phase({ kind: 'answering' });
      if (request.submit) return { type: 'submit', auto: true };
  }
};
