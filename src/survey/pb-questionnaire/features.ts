import type { ReactiveElement } from 'lit';
import { adoptLazyStyles } from '../../shared/lazy.js';
import { styles } from './pb-questionnaire.styles.js';
import type { Definition } from './shapes.js';

type Grids = typeof import('./questions/grids.js');
type Ranking = typeof import('./questions/ranking-part.js');
type QuizParts = typeof import('./parts/quiz-parts.js');

/**
 * The parts only some questionnaires need, each a lazy chunk: grids, ranking, and the
 * quiz's start screen, timer and result. `loadFeatures` runs while the questionnaire
 * loads, so rendering finds them here synchronously.
 */
export const features: { grids?: Grids; ranking?: Ranking; quiz?: QuizParts } = {};

/** Loads what `definition` needs; a chunk that cannot load fails the load (with retry). */
export async function loadFeatures(definition: Definition): Promise<void> {
  const types = new Set(definition.pages.flatMap((page) => page.questions.map((q) => q.type)));
  const needsQuiz = definition.mode === 'quiz' || definition.timeLimitSeconds !== null;
  await Promise.all([
    !features.grids && types.has('matrix') ? import('./questions/grids.js').then((m) => (features.grids = m)) : undefined,
    !features.ranking && types.has('ranking') ? import('./questions/ranking-part.js').then((m) => (features.ranking = m)) : undefined,
    !features.quiz && needsQuiz ? import('./parts/quiz-parts.js').then((m) => (features.quiz = m)) : undefined,
  ]);
}

/** Adds the widget's styles and the loaded parts' to the element's frame. */
export function adoptFeatureStyles(element: ReactiveElement): void {
  adoptLazyStyles(element, styles, features.grids?.styles, features.ranking?.styles, features.quiz?.styles);
}
