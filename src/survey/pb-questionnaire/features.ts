import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';
import { styles } from './pb-questionnaire.styles.js';
import type { Definition } from './shapes.js';

type Grids = typeof import('./questions/grids.js');
type QuizParts = typeof import('./parts/quiz-parts.js');

/**
 * The parts only some questionnaires need, each a lazy chunk: grids and ranking, and the
 * quiz's start screen, timer and result. `loadFeatures` runs while the questionnaire
 * loads, so rendering finds them here synchronously.
 */
export const features: { grids?: Grids; quiz?: QuizParts } = {};

/** Loads what `definition` needs; a chunk that cannot load fails the load (with retry). */
export async function loadFeatures(definition: Definition): Promise<void> {
  const types = new Set(definition.pages.flatMap((page) => page.questions.map((q) => q.type)));
  const needsQuiz = definition.mode === 'quiz' || definition.timeLimitSeconds !== null;
  await Promise.all([
    !features.grids && (types.has('matrix') || types.has('ranking')) ? import('./questions/grids.js').then((m) => (features.grids = m)) : undefined,
    !features.quiz && needsQuiz ? import('./parts/quiz-parts.js').then((m) => (features.quiz = m)) : undefined,
  ]);
}

const adopted = new WeakMap<ShadowRoot, number>();

/** Adds the widget's styles and the loaded parts' to the element's frame (once per change). */
export function adoptFeatureStyles(element: ReactiveElement): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const extra = [styles, features.grids?.styles, features.quiz?.styles].filter((s): s is NonNullable<typeof s> => !!s);
  if ((adopted.get(root) ?? 0) === extra.length) return;
  adopted.set(root, extra.length);
  const own = (element.constructor as typeof ReactiveElement).elementStyles;
  adoptStyles(root, [...own, ...extra] as CSSResultOrNative[]);
}
