import { css } from 'lit';

/** The secretary's view's styles, adopted with its chunk. */
export const branchStyles = css`
  .section-title {
    font-weight: 600;
    text-align: start;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.35em var(--_space);
    border-block-end: 1px solid var(--_c-border);
    text-align: start;
    font-weight: 400;
  }
  thead {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .share {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .bar {
    flex: none;
    inline-size: 5em;
    block-size: 0.6em;
    border-radius: 999px;
    background: var(--_c-skeleton);
    overflow: hidden;
  }
  .bar span {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_share, 0) * 100%);
    background: var(--_accent);
  }
  .heat strong {
    font-size: 1.4em;
    color: var(--_c-primary-text);
  }
  .answer {
    display: grid;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .kinds legend {
    margin-block-end: calc(var(--_space) * 0.5);
    padding: 0;
    font-weight: 500;
  }
  .kind {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: var(--_target);
    padding-inline: var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  .kind:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .kind input {
    accent-color: var(--_accent);
  }
  .block {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .block > label {
    font-weight: 500;
  }
  .answer input:not([type='radio']),
  .answer textarea {
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  [aria-invalid='true'] {
    border-color: var(--_c-danger);
  }
  .field-error {
    color: var(--_c-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  @container (max-width: 30em) {
    .bar {
      inline-size: 3em;
    }
    .kind {
      flex: 1 1 40%;
    }
  }
`;
