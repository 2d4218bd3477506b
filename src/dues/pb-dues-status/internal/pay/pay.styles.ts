import { css } from 'lit';

/** Styles of the lazy pay flow, adopted when it loads. */
export const payStyles = css`
  .pending {
    display: grid;
    justify-items: start;
    gap: 0.5em;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_c-primary-text);
    border-radius: var(--_radius);
  }
  .pending-title {
    font-weight: 600;
  }
  .qr {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  /* A QR code needs dark on light in every theme to scan. */
  .qr svg {
    background: #fff;
    fill: #000;
    shape-rendering: crispEdges;
  }
  .qr svg,
  .qr-loading {
    inline-size: 12em;
    block-size: 12em;
  }
`;
