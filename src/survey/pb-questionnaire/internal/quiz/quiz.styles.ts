import { css } from 'lit';

/** Styles of the quiz parts (timer, start screen, result), adopted when their chunk loads. */
export const quizStyles = css`
  /* A note beside the quiz's facts and results (the timer cannot be paused; a late submission). */
  .note {
    color: var(--_c-text-muted);
    font-size: 0.9em;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_c-accent);
  }

  /* Timer: stays in view while the member scrolls through a long quiz. */
  .timer {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: calc(var(--_space) * 0.75);
    margin-block: 0 calc(var(--_space) * 2);
    margin-inline: calc(var(--_space) * -2);
    padding: var(--_space) calc(var(--_space) * 2);
    background: var(--_c-surface-raised);
    border-block: 1px solid var(--_c-border);
    font-variant-numeric: tabular-nums;
  }
  .timer svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .timer-value {
    font-size: 1.25em;
    font-weight: 700;
    min-inline-size: 3.5em;
    text-align: end;
  }
  .timer[data-urgency='low'] {
    color: var(--_c-warning);
  }
  .timer[data-urgency='critical'] {
    color: var(--_c-danger);
    border-color: var(--_c-danger);
  }

  .intro {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 2);
    text-align: center;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .facts li {
    padding: calc(var(--_space) * 0.25) var(--_space);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
    font-weight: 600;
  }
  .intro .note {
    max-inline-size: 36em;
    text-align: start;
  }
  .intro .message {
    justify-content: center;
  }
  /* A running attempt found on load: the time left is what the member must see first. */
  .resume {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_c-border);
    border-inline-start: 4px solid var(--_c-primary);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
    text-align: center;
  }
  .resume-title {
    font-weight: 700;
    font-size: 1.1em;
  }
  .resume-time {
    display: grid;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .resume-label {
    font-size: 0.9em;
    color: var(--_c-text-muted);
  }
  .resume-count {
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1.1;
  }
  .resume[data-state='low'] .resume-count {
    color: var(--_c-warning);
  }
  .resume[data-state='critical'],
  .resume[data-state='expired'] {
    border-inline-start-color: var(--_c-danger);
  }
  .resume[data-state='critical'] .resume-count {
    color: var(--_c-danger);
  }
  /* Sentences on lines of their own, read from the start like the quiz intro's note. */
  .resume-note {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    max-inline-size: 36em;
    margin: 0;
    text-align: start;
  }

  .result {
    display: grid;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 2);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_c-border);
  }
  .result-title {
    font-weight: 700;
    font-size: 1.1em;
  }
  .score strong {
    font-size: 2.25em;
    line-height: 1.1;
    color: var(--_c-primary-text);
  }
  .verdict {
    font-weight: 700;
  }
  .verdict[data-passed='true'] {
    color: var(--_c-success);
  }
  .verdict[data-passed='false'] {
    color: var(--_c-danger);
  }
  .pass-line {
    font-weight: 400;
    color: var(--_c-text-muted);
    margin-inline-start: var(--_space);
  }
  .result-list {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: var(--_space) 0 0;
    padding-inline-start: 0;
  }
  .result-item {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .result-question {
    font-weight: 600;
  }
  .result-mark {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    font-size: 0.9em;
    color: var(--_c-text-muted);
  }
  .badge {
    padding: 0 var(--_space);
    border-radius: var(--_radius);
    font-weight: 700;
    color: var(--_c-on-primary);
    background: var(--_c-success);
  }
  .badge[data-correct='false'] {
    background: var(--_c-danger);
  }
  :host([data-theme='dark']) .badge {
    color: var(--_c-surface);
  }
  /* Phones: each label above its answer, so the answer gets the full width. */
  dl {
    display: grid;
    gap: calc(var(--_space) * 0.25) var(--_space);
    margin: 0;
    font-size: 0.9em;
  }
  dt {
    color: var(--_c-text-muted);
  }
  dd {
    margin: 0 0 calc(var(--_space) * 0.5);
    overflow-wrap: anywhere;
  }
  @container (min-width: 30em) {
    .result-list {
      padding-inline-start: 1.5em;
    }
    dl {
      grid-template-columns: max-content 1fr;
    }
    dd {
      margin: 0;
    }
  }
`;
