import { css } from 'lit';

/**
 * The member's view: the record, the meeting cards, check-in and leave forms. The
 * secretary's view brings its own sheet with its chunk. Steps follow the widget's own
 * width (a sidebar is as narrow as a phone); large text takes the narrow layout sooner.
 */
export const styles = css`
  :host {
    --_accent: var(--pb-meetings-accent, var(--_c-primary));
  }
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    container-type: inline-size;
  }
  p,
  ul,
  h3,
  h4 {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  .record {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
    color: var(--_c-text-muted);
  }
  .record strong {
    color: var(--_c-text);
    font-size: 1.4em;
  }
  .section {
    font-size: 1em;
    color: var(--_c-text-muted);
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
    gap: var(--_space);
  }
  .meeting {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
    min-inline-size: 0;
  }
  .meeting[data-status='open'] {
    border-color: var(--_accent);
    border-inline-start-width: 4px;
  }
  .kind {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    font-size: 0.875em;
    color: var(--_c-primary-text);
    font-weight: 600;
  }
  .live {
    color: var(--_c-on-primary);
    background: var(--_accent);
    border-radius: var(--_radius);
    padding-inline: calc(var(--_space) * 0.5);
  }
  .waiting {
    padding: 0 0.5em;
    border: 1px dashed var(--_c-text-muted);
    border-radius: 999px;
    color: var(--_c-text-muted);
    font-size: 0.85em;
    font-weight: normal;
    white-space: nowrap;
  }
  .topic {
    font-size: 1.05em;
    overflow-wrap: anywhere;
  }
  .when,
  .where,
  .note,
  .hint,
  .quiet {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .where {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  a {
    color: var(--_c-primary-text);
  }
  .outcome {
    font-weight: 600;
  }
  .outcome[data-outcome='present'],
  .outcome[data-outcome='made-up'] {
    color: var(--_c-success);
  }
  .outcome[data-outcome='absent'] {
    color: var(--_c-danger);
  }
  .outcome[data-outcome='leave'] {
    color: var(--_c-warning);
  }
  .actions,
  .check-in {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    min-inline-size: 0;
  }
  .field span {
    font-size: 0.875em;
    color: var(--_c-text-muted);
  }
  input,
  textarea,
  select {
    min-block-size: var(--_target);
    padding-inline: calc(var(--_space) * 0.75);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
    max-inline-size: 100%;
  }
  input[name='code'] {
    inline-size: 8em;
    font-size: 1.25em;
    letter-spacing: 0.15em;
  }
  .leave,
  .leave textarea {
    display: grid;
    gap: var(--_space);
    inline-size: 100%;
    box-sizing: border-box;
  }
  .refusal {
    color: var(--_c-danger);
  }
  .materials .label {
    font-size: 0.875em;
    color: var(--_c-text-muted);
  }
  .materials ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  @container (max-width: 30em) {
    .check-in .button {
      flex: 1 1 auto;
    }
  }
`;
