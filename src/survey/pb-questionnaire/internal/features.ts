import type { ReactiveElement } from 'lit';
import { adoptLazyStyles, lazy } from '../../../shared/lazy.js';
import { styles } from './form.styles.js';
import type { Definition } from './shapes.js';

const grids = lazy(() => import('./grids/grids.lazy.js'));
const ranking = lazy(() => import('./ranking/ranking.lazy.js'));
const quiz = lazy(() => import('./quiz/quiz.lazy.js'));

/**
 * The parts only some questionnaires need, each a lazy chunk: grids, ranking, and the
 * quiz's start screen, timer and result. `loadFeatures` runs while the questionnaire
 * loads, so rendering finds them here synchronously.
 */
export const features: { grids?: Awaited<ReturnType<typeof grids>>; ranking?: Awaited<ReturnType<typeof ranking>>; quiz?: Awaited<ReturnType<typeof quiz>> } = {};

/** Loads what `definition` needs; a chunk that cannot load fails the load (with retry). */
export async function loadFeatures(definition: Definition): Promise<void> {
  const types = new Set(definition.pages.flatMap((page) => page.questions.map((q) => q.type)));
  const needsQuiz = definition.mode === 'quiz' || definition.timeLimitSeconds !== null;
  await Promise.all([
    !features.grids && types.has('matrix') ? grids().then((m) => (features.grids = m)) : undefined,
    !features.ranking && types.has('ranking') ? ranking().then((m) => (features.ranking = m)) : undefined,
    !features.quiz && needsQuiz ? quiz().then((m) => (features.quiz = m)) : undefined,
  ]);
}

/** Adds the widget's styles and the loaded parts' to the element's frame. */
export function adoptFeatureStyles(element: ReactiveElement): void {
  adoptLazyStyles(element, styles, features.grids?.styles, features.ranking?.styles, features.quiz?.styles);
}
