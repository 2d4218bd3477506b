import { css } from 'lit';

/** The widget's styles beyond its frame (`../pb-questionnaire.styles.ts`): adopted with the rest of it (`questionnaire.lazy.ts`). */
export const styles = css`
  h2,
  h3,
  p {
    margin: 0;
  }
  a {
    color: var(--_c-primary-text);
  }

  /* Header */
  .header {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: calc(var(--_space) * 2);
  }
  .title {
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.35;
    color: var(--_c-primary-text);
  }
  .description,
  .meta,
  .hint {
    color: var(--_c-text-muted);
  }
  .meta,
  .hint,
  .count,
  .saved {
    font-size: 0.875em;
  }
  .description :is(p, ul, ol) {
    margin-block: 0.4em;
  }
  .description img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .warning {
    margin-block-end: calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_c-warning);
    background: var(--_c-surface-raised);
  }
  .sync-note {
    margin-block-end: calc(var(--_space) * 2);
  }

  /* Progress */
  .progress {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: calc(var(--_space) * 2);
    font-size: 0.875em;
    color: var(--_c-text-muted);
  }
  progress {
    appearance: none;
    inline-size: 100%;
    block-size: 6px;
    border: 0;
    border-radius: 3px;
    background: var(--_c-skeleton);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_c-skeleton);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
    transition: inline-size 0.2s;
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }

  /* Questions */
  .step {
    display: grid;
    gap: var(--_gap);
  }
  .step-title {
    font-weight: 700;
    font-size: 1.1em;
    padding-block-end: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_c-border);
  }
  .step-title[data-quiet] {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .question {
    /* Long pages: questions out of view cost no layout or paint until scrolled to. */
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .label {
    display: block;
    float: none;
    inline-size: 100%;
    padding: 0;
    font-weight: 600;
  }
  .number {
    color: var(--_c-text-muted);
    margin-inline-end: 0.25em;
    font-variant-numeric: tabular-nums;
  }
  .required-mark {
    color: var(--_c-danger);
    margin-inline-start: 0.25em;
  }
  .message {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
    color: var(--_c-danger);
    font-size: 0.9em;
    font-weight: 500;
  }
  .message svg {
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
    margin-block-start: 0.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }

  /* Choices: whole rows are the targets. */
  .options {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .options.inline {
    grid-template-columns: repeat(auto-fit, minmax(7em, 1fr));
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: var(--_target);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.25);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    cursor: pointer;
  }
  .option:hover {
    border-color: var(--_accent);
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_tint);
  }
  .option:has(input:disabled) {
    cursor: not-allowed;
    color: var(--_c-text-muted);
    border-style: dashed;
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
    accent-color: var(--_accent);
  }
  [data-invalid] .option,
  [data-invalid] .rating-point {
    border-color: var(--_c-danger);
  }

  /* Rating: numbered boxes, the radio inside is the real control. */
  .rating {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .rating-scale {
    display: flex;
    gap: calc(var(--_space) * 0.5);
  }
  .rating-point {
    position: relative;
    flex: 1;
    display: grid;
    place-items: center;
    min-block-size: var(--_target);
    min-inline-size: 0;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    font-weight: 600;
    cursor: pointer;
  }
  .rating-point input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    opacity: 0;
    cursor: pointer;
  }
  .rating-point:has(input:checked) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_c-on-primary);
  }
  .rating-point:has(input:focus-visible) {
    outline: var(--_focus-width) solid var(--_c-focus);
    outline-offset: 2px;
  }
  .rating-ends {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    font-size: 0.875em;
    color: var(--_c-text-muted);
  }

  /* Text fields */
  .input {
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  .input.number {
    max-inline-size: 12em;
  }
  .textarea {
    min-block-size: 6em;
    field-sizing: content;
    resize: vertical;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_c-danger);
  }
  .count {
    justify-self: end;
    color: var(--_c-text-muted);
    font-variant-numeric: tabular-nums;
  }
  .count[data-over] {
    color: var(--_c-danger);
    font-weight: 600;
  }

  /* Navigation */
  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 3);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_c-border);
  }
  .saved {
    color: var(--_c-text-muted);
    order: 3;
    flex-basis: 100%;
    text-align: center;
  }
  .submit-error {
    margin-block-start: calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_c-danger);
    background: var(--_c-surface-raised);
  }
  @container (min-width: 34em) {
    .saved {
      order: 0;
      flex-basis: auto;
    }
  }

  /* Whole-widget states (the shared .state), the quiz intro and the result */
  .state-success > .state-icon {
    stroke: var(--_c-success);
  }
  .state-waiting > .state-icon {
    stroke: var(--_c-focus);
  }
  .status-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
`;
