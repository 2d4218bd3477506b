import { css } from 'lit';

/** The ask form's styles, adopted with its chunk. */
export const askStyles = css`
  .ask {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
  }
  .form-title {
    font-weight: 600;
    font-size: 1.05em;
  }
  .block {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .block > label:not(.check) {
    font-weight: 500;
  }
  input:not([type='checkbox']),
  textarea {
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_c-danger);
  }
  .hint {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .hint:empty {
    display: none;
  }
  .field-error,
  .problem {
    color: var(--_c-danger);
  }
  .problem {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_c-danger);
    background: var(--_c-surface);
  }
  .suggestions:empty {
    display: none;
  }
  .suggestions ul {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .suggestion {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  .suggestion .name {
    font-weight: 500;
  }
  .suggest-title {
    font-weight: 500;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
`;
