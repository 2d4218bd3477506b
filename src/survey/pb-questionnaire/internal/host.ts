import type { PbElement } from '../../../shared/pb-element.js';

/**
 * What the questionnaire's view needs of its element, which satisfies it (no file here
 * imports the element's class): the base's settings, backend and focus, the attributes
 * it renders with, and the live region.
 */
export interface QuestionnaireHost extends PbElement {
  readonly oneAtATime: boolean;
  readonly headingLevel: number;
  readonly autosaveDelay: number;
  /** Says `text` through the widget's polite live region. */
  announce(text: string): void;
}

/** What the session needs: less, so its requests can be driven by a plain object too. */
export type SessionHost = EventTarget &
  Pick<QuestionnaireHost, 'settings' | 'backend' | 'oneAtATime' | 'holdsFocus' | 'announce' | 'reportProblem' | 'requestUpdate'>;
