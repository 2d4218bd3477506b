import { CountdownController } from './countdown-controller.js';
import type { QuestionnaireHost } from '../host.js';
import { quizStrings } from './strings/index.js';

/** A timed attempt's countdown for the widget: it announces the last minutes, and `submit` runs once time is up. */
export function quizClock(host: QuestionnaireHost, submit: () => void): CountdownController {
  return new CountdownController(host, { onExpire: submit, onMilestone: (minutes) => host.announce(quizStrings(host.settings.locale).minutesLeft(minutes)) });
}
