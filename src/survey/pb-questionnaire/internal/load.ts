import { expectAnswers } from '../../../api/answers.js';
import type { Backend } from '../../../api/backend.js';
import { ConfigError } from '../../../api/errors.js';
import { shapeProblem } from '../../../contract/data-shape.js';
import { getDraft, saveDraft } from '../../../contract/shapes/Draft.gen.js';
import { getQuestionnaire } from '../../../contract/shapes/Questionnaire.gen.js';
import { submitResponse } from '../../../contract/shapes/Submission.gen.js';
import { getMyResponses } from '../../../contract/shapes/SubmissionList.gen.js';
import type { ResolvedSettings } from '../../../config/settings.js';
import { outboxFor } from '../../../outbox/registry.js';
import { definitionAnswer, definitionProblem } from './definition-check.js';
import { features, loadFeatures } from './features.js';
import { draftStore } from './draft-sync.js';
import { draftKey, pickDraft } from './drafts.js';
import { hasMarkup, loadSanitizer } from './rich-text.js';
import type { Loaded, Timed } from './loaded.js';
import type { Definition } from './shapes.js';

expectAnswers({ getQuestionnaire: definitionAnswer, getDraft, getMyResponses, saveDraft, submitResponse });

/**
 * Checks a definition a page passed in. What is wrong is named by its path, in the
 * setting a webmaster fixes: `definition.pages[0].questions[3].options`.
 */
export function checkDefinition(value: unknown): Definition {
  const wrong = shapeProblem(getQuestionnaire, value);
  if (wrong) throw new ConfigError(wrong.path.replace('$', 'definition'), `does not match the questionnaire format: ${wrong.message}`);
  const definition = value as Definition;
  const problem = definitionProblem(definition);
  if (problem) throw new ConfigError(`definition.${problem.path}`, problem.message);
  return definition;
}

function hasBackend(settings: ResolvedSettings): boolean {
  return settings.apiBase !== undefined || settings.backend.submitResponse !== undefined;
}

/**
 * Loads a questionnaire for the member: the definition (fetched or given), the device's
 * and the server's drafts (the newer wins), the latest submission when there is one, and
 * the member's running timed attempt (started on any device) with its deadline. The parts
 * the definition needs (grids, quiz, the sanitizer for markup) load alongside, so nothing
 * renders twice. `response` is the definition's request, which the element starts (with
 * its times) while this chunk loads; without it, `given` is the page's definition.
 */
export async function loadQuestionnaire(
  settings: ResolvedSettings,
  backend: Backend,
  given: unknown,
  signal: AbortSignal,
  response?: Promise<Timed>,
): Promise<Loaded> {
  const server = hasBackend(settings);
  // Opening the device's store (tens of ms the first time) goes on while the definition is
  // fetched or checked.
  const drafts = draftStore();
  const timing = await response;
  const definition = timing?.value ?? checkDefinition(given);
  const id = definition.id;
  const markup = [definition.description, ...definition.pages.flatMap((p) => p.questions.map((q) => q.description))].some(hasMarkup);
  const { mine } = definition;

  const [parts, namespace, serverDraft, list] = await Promise.all([
    Promise.all([markup ? loadSanitizer() : undefined, loadFeatures(definition)]),
    server ? outboxFor(settings).then((outbox) => outbox.namespace) : 'local',
    server && mine.canSubmit ? backend.getDraft(id, { signal }) : null,
    server && mine.submitted ? backend.getMyResponses(id, { signal }) : undefined,
  ]);
  void parts;
  const key = draftKey(namespace, id);
  let storageError: unknown;
  const local = await drafts
    .get(key)
    .catch((error: unknown) => void (storageError = error));
  const latest = list?.items[0];
  let draft = pickDraft(local ?? undefined, serverDraft, Date.now());

  let startedElsewhere: boolean | undefined;
  // A timed quiz's running attempt, wherever it started (the quiz chunk is loaded for it).
  if (features.quiz && definition.timeLimitSeconds && mine.canSubmit && !draft.pending) {
    ({ draft, elsewhere: startedElsewhere } = await features.quiz.runningAttempt(backend, definition, draft, server, timing, signal));
  }
  const rules = { matrix: features.grids?.rules, ranking: features.ranking?.rules };
  return { definition, server, key, draft, latest, storageError, startedElsewhere, rules };
}
