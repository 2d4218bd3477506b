import { css } from 'lit';

/** The credit bar both education elements draw: a round track with the primary colour. */
export const progressStyles = css`
  progress {
    appearance: none;
    border: 0;
    border-radius: 999px;
    background: var(--_c-skeleton);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_c-skeleton);
  }
  progress::-webkit-progress-value {
    background: var(--_c-primary);
  }
  progress::-moz-progress-bar {
    background: var(--_c-primary);
  }
`;
