import { ShapeError } from '../../../api/errors.js';
import { randomId } from '../../../api/keys.js';
import type { Answers } from '../../../api/types.js';
import type { OutboxController } from '../../../outbox/outbox-controller.js';
import { emit } from '../../../shared/emit.js';
import type { QuestionStates } from '../../../contract/rules/visibility.js';
import type { DraftSync } from './draft-sync.js';
import type { LocalDraft } from './drafts.js';
import { features } from './features.js';
import type { SessionHost } from './host.js';
import { initial, shownProblem, transition, viewOf, type Effect, type FocusTarget, type Request, type State, type View } from './machine.js';
import { problemText } from './messages.js';
import type { QuestionDef } from './shapes.js';
import { questionnaireStrings } from '../strings/index.js';

type Find = (root: ShadowRoot) => HTMLElement | null | undefined;

/** `el`, focusable from script if it is not already (a title, a message: `tabindex=-1`). */
function focusable(el: HTMLElement | null): HTMLElement | null {
  if (el && el.tabIndex < 0) el.tabIndex = -1;
  return el;
}

/** What each focus target of the machine finds in the rendered widget. */
function finder(on: FocusTarget): Find {
  if (on === 'step') return (root) => root.getElementById('step-heading');
  if (on === 'phase') return (root) => focusable(root.querySelector('.submit-error') ?? root.querySelector('#step-heading, [part~="start"], .state-title'));
  return (root) => {
    const field = root.querySelector(`[data-question="${on.question}"]`);
    return (
      field?.querySelector<HTMLElement>('.matrix-row:not([data-answered]) input:not(:disabled)') ??
      field?.querySelector<HTMLElement>('input:checked') ??
      field?.querySelector<HTMLElement>('input:not(:disabled), textarea, button:not(:disabled)')
    );
  };
}

/** What the session asks of the view: focus after the next render, and the quiz's countdown (its controller comes with the quiz chunk). */
export interface SessionPorts {
  focusAfterRender(find: Find): void;
  timer: { start(deadline: string, skewMs: number): void; stop(): void };
}

/**
 * A member's session with one questionnaire: sends each request to the machine
 * (`machine.ts`, which decides) and carries out its effects: the draft through
 * `DraftSync`, the submission through the outbox, the attempt and the latest submission
 * through the backend, events, words for screen readers, focus. What an effect brings
 * back goes in as the next request.
 */
export class SessionController {
  state: State = initial;
  private cache: { draft: LocalDraft; oneAtATime: boolean; view: View } | undefined;

  constructor(
    private readonly host: SessionHost,
    private readonly drafts: DraftSync,
    private readonly outbox: OutboxController,
    private readonly ports: SessionPorts,
  ) {}

  get answers(): Answers {
    return this.drafts.draft?.answers ?? {};
  }

  /** Sends `request` in and carries out what it asks. */
  send(request: Request): void {
    const { state, effects } = transition(this.state, request, { draft: this.drafts.draft, oneAtATime: this.host.oneAtATime, now: Date.now(), newKey: randomId(), quiz: features.quiz?.decide });
    if (state === this.state && !effects.length) return;
    this.state = state;
    if (request.type === 'load' && request.loaded.storageError) this.drafts.storageError = request.loaded.storageError;
    for (const effect of effects) this.run(effect);
    this.host.requestUpdate();
  }

  /** The steps and states of the current answers, computed once per change of the draft (renders in between reuse them). */
  view(): View | undefined {
    const { loaded } = this.state;
    const draft = this.drafts.draft;
    if (!loaded || !draft) return undefined;
    const oneAtATime = this.host.oneAtATime;
    const cached = this.cache;
    if (cached?.draft === draft && cached.oneAtATime === oneAtATime) return cached.view;
    const view = viewOf(loaded, draft, oneAtATime);
    this.cache = { draft, oneAtATime, view };
    return view;
  }

  /** The words next to a question, once the member tried to go past it (or the server objected). */
  message(question: QuestionDef, states: QuestionStates): string | undefined {
    const problem = shownProblem(this.state, question, states);
    const locale = this.host.settings.locale;
    return problem ? problemText(questionnaireStrings(locale), locale, problem, question, this.state.loaded?.rules) : undefined;
  }

  private run(effect: Effect): void {
    const { host, state } = this;
    const loaded = state.loaded!;
    const id = loaded.definition.id;
    switch (effect.type) {
      case 'draft': {
        // Each op is the DraftSync method of its name; `begin` also names the questionnaire's record.
        const done = effect.op === 'begin' ? this.drafts.begin(loaded, effect.draft) : this.drafts[effect.op]('patch' in effect ? effect.patch : {});
        const then = 'then' in effect ? effect.then : undefined;
        if (then) void done!.then(() => this.send(then));
        return;
      }
      case 'send':
        void this.outbox.enqueue('submitResponse', [id, effect.request], { key: effect.key }).then(
          (submission) => this.send({ type: 'sent', submission, answers: effect.request.answers }),
          (error: unknown) => {
            // Stored all the same (the server said so); only the result cannot be shown.
            if (!(error instanceof ShapeError)) return this.send({ type: 'send-failed', error, auto: effect.auto });
            host.reportProblem(error);
            this.send({ type: 'sent', submission: null, answers: effect.request.answers });
          },
        );
        return;
      case 'start-attempt':
        features.quiz!.askAttempt(host, loaded, (request) => this.send(request));
        return;
      case 'fetch-latest':
        if (loaded.server)
          host.backend.getMyResponses(id).then(
            (list) => this.send({ type: 'latest', loaded, submission: list.items[0] }),
            // The state says "submitted" without a date; nothing more to do.
            () => undefined,
          );
        return;
      case 'timer':
        if (effect.deadline) this.ports.timer.start(effect.deadline, effect.skewMs!);
        else this.ports.timer.stop();
        return;
      case 'emit':
        emit(host, effect.name, { questionnaireId: id, ...effect.detail } as never);
        return;
      case 'announce': {
        const strings = questionnaireStrings(host.settings.locale);
        host.announce(effect.fix === 'question' ? strings.fixQuestion : strings.fixBeforeNext(effect.fix));
        return;
      }
      case 'focus':
        if (effect.held) {
          if (!host.holdsFocus) return;
          host.announce('');
        }
        this.ports.focusAfterRender(finder(effect.on));
    }
  }
}
