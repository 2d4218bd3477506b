import type { Submission } from '../../../api/types.js';
import type { LocalDraft } from './drafts.js';
import type { Definition } from './shapes.js';
import type { QuestionRules } from './validation.js';

/** Everything the widget needs before it shows a questionnaire. */
export interface Loaded {
  definition: Definition;
  /** Whether answers go to a backend (else only the submit event fires). */
  server: boolean;
  /** The device record's key: backend, member and questionnaire. */
  key: string;
  /** The newer of the device's and the server's draft. */
  draft: LocalDraft;
  /** The member's latest submission, when they submitted before. */
  latest: Submission | undefined;
  /** The device could not read its drafts. */
  storageError: unknown;
  /**
   * Set when a timed quiz is loaded: whether the running attempt in `draft` (if any) is one
   * this device did not know (another device started it).
   */
  startedElsewhere: boolean | undefined;
  /** The rules of its grid and ranking questions, from their parts (loaded with it). */
  rules: QuestionRules;
}

/** The definition's read and when its request went and came back (this device's clock). */
export interface Timed {
  value: Definition;
  sentAt: number;
  receivedAt: number;
}
