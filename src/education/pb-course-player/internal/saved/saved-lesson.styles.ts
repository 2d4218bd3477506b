import { css } from 'lit';

/** The steps of saving a lesson on the device, the saved mark, and the saved copy's banner. */
export const savedStyles = css`
  .saved-lesson:not(.note) {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
  }
  .saved-lesson > p {
    flex: 1 1 16em;
  }
  .saved-lesson .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
  }
  .saved-lesson .actions {
    flex: none;
    justify-content: flex-start;
  }
  .saved-lesson progress {
    flex: 1 1 100%;
    block-size: 0.6em;
    accent-color: var(--_c-primary);
  }
  .saved-lesson .mark {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_c-success);
    font-weight: 600;
  }
  .saved-lesson.saved {
    border-inline-start: 4px solid var(--_c-success);
  }
  .saved-lesson.error {
    border-inline-start: 4px solid var(--_c-danger);
  }
  .saved-lesson .warning {
    color: var(--_c-warning);
    font-weight: 500;
  }
  .saved-lesson.error strong {
    color: var(--_c-danger);
  }
  .saved-lesson .detail {
    flex: 1 1 100%;
    font-size: 0.8em;
    color: var(--_c-text-muted);
    overflow-wrap: anywhere;
  }
  .saved-lesson.note {
    color: var(--_c-warning);
    font-size: 0.9em;
  }
  .button.danger {
    border-color: var(--_c-danger);
    color: var(--_c-danger);
  }
  .saved-lesson .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--_c-border);
    border-block-start-color: var(--_c-primary);
    border-radius: 50%;
    animation: saved-spin 0.9s linear infinite;
  }
  @keyframes saved-spin {
    to {
      rotate: 1turn;
    }
  }
  .saved-copy {
    display: flex;
    gap: var(--_space);
    align-items: center;
    margin-block-end: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
    border-inline-start: 4px solid var(--_c-warning);
  }
`;
