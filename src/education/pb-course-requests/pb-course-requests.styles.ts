import { css } from 'lit';

/**
 * Both views' layout and the rows; the ask form and the secretary's view bring their own
 * sheets with their chunks. Every step follows the widget's own width (a sidebar is as
 * narrow as a phone); in a container query em is the widget's font size, so large text
 * takes the narrow layout sooner.
 */
export const styles = css`
  :host {
    --_accent: var(--pb-course-requests-accent, var(--_c-primary));
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
  ol,
  h3 {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .head,
  .toolbar,
  .top,
  .tags,
  .voice,
  .field,
  .check,
  .badge,
  .demand {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .head {
    justify-content: space-between;
  }
  .intro {
    flex: 1 1 16em;
    color: var(--_c-text-muted);
  }
  .title {
    font-size: 1.1em;
    font-weight: 600;
  }
  .toolbar {
    column-gap: calc(var(--_space) * 2);
  }
  select {
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: var(--_target);
    padding-inline: var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  .check {
    min-block-size: var(--_target);
    flex-wrap: nowrap;
  }
  .check input {
    inline-size: 1.2em;
    block-size: 1.2em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .count,
  .muted {
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .toolbar .count {
    margin-inline-start: auto;
  }
  .unread {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
    font-weight: 500;
  }
  /* The member's list takes two columns when there is room for two cards; the secretary's ranking stays one. */
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr));
    gap: var(--_space);
  }
  ol.list {
    grid-template-columns: minmax(0, 1fr);
  }
  [aria-busy='true'] {
    opacity: 0.6;
  }
  .request {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  [data-unread] {
    border-inline-start: 4px solid var(--_accent);
  }
  .top {
    justify-content: space-between;
    align-items: start;
  }
  .name {
    flex: 1 1 12em;
    font-size: 1.05em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .details {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .tag {
    padding: 0 0.5em;
    border: 1px solid var(--_c-border);
    border-radius: 999px;
    font-size: 0.85em;
  }
  .mine,
  .news {
    border-color: var(--_accent);
  }
  .news {
    background: var(--_accent);
    color: var(--_c-on-primary);
  }
  .waiting {
    border-style: dashed;
  }
  .badge {
    flex-wrap: nowrap;
    gap: 0.25em;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_status);
    border-radius: 999px;
    font-size: 0.9em;
    white-space: nowrap;
  }
  [data-status='received'] {
    --_status: var(--_c-focus);
  }
  [data-status='planned'] {
    --_status: var(--_c-warning);
  }
  [data-status='available'] {
    --_status: var(--_c-success);
  }
  [data-status='declined'] {
    --_status: var(--_c-danger);
  }
  [data-status='merged'] {
    --_status: var(--_c-text-muted);
  }
  .icon {
    inline-size: 1.15em;
    block-size: 1.15em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .badge .icon {
    color: var(--_status);
  }
  .line {
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_status);
    overflow-wrap: anywhere;
  }
  a,
  .link {
    color: var(--_c-primary-text);
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  .line .link {
    margin-inline-start: 0.5em;
    font-weight: 600;
    /* A link in a line of text is still a target a finger can hit. */
    display: inline-block;
    min-block-size: var(--_target);
    line-height: var(--_target);
  }
  .voice-button[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_c-on-primary);
  }
  .voice-button[aria-pressed='true'] .icon {
    fill: currentColor;
  }
  .refusal {
    color: var(--_c-danger);
  }
  .more {
    justify-self: center;
  }
  .none {
    display: grid;
    justify-items: center;
    gap: var(--_space);
  }
  /* A phone, a sidebar: the ask button and each filter take a line of their own. */
  @container (max-width: 30em) {
    .head > .button,
    .field,
    .field select {
      inline-size: 100%;
    }
    .toolbar .count {
      margin-inline-start: 0;
    }
    .request {
      padding: var(--_space);
    }
  }
`;
