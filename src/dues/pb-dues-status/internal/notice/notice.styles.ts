import { css } from 'lit';

/** The arrears notice's styles, in its chunk: adopted when a year that shows one loads. */
export const noticeStyles = css`
  .notice {
    --_tone: var(--_c-warning);
    display: flex;
    gap: var(--_space);
    border: 1px solid var(--_tone);
    border-inline-start-width: 6px;
  }
  .notice[data-tone='serious'] {
    --_tone: var(--_unpaid);
  }
  .notice > .icon {
    color: var(--_tone);
    margin-block-start: 0.2em;
  }
  .notice p + p {
    margin-block-start: 0.4em;
  }
  .notice-title {
    font-weight: 600;
  }
`;
