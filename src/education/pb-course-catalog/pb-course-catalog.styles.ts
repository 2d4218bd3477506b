import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  /* 为你安排 while it loads: two quiet lines (the catalog's own loading is the one announced). */
  .plan-loading {
    margin-block-end: calc(var(--_space) * 2);
  }
  .plan-error .state {
    --_state-min-height: 0;
    margin-block-end: calc(var(--_space) * 2);
    padding-block: var(--_space);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .segments {
    display: inline-flex;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .segment {
    position: relative;
  }
  .segment input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segment span {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    padding-inline: calc(var(--_space) * 1.75);
    background: var(--_c-surface);
  }
  .segment + .segment span {
    border-inline-start: 1px solid var(--_c-border);
  }
  .segment input:checked + span {
    background: var(--_c-primary);
    color: var(--_c-on-primary);
    font-weight: 600;
  }
  .segment input:focus-visible + span {
    outline: var(--_focus-width) solid var(--_c-focus);
    outline-offset: -4px;
  }
  select,
  input[type='search'] {
    min-block-size: var(--_target);
    padding-inline: var(--_space);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  .search {
    display: flex;
    flex: 1 1 14em;
    gap: calc(var(--_space) / 2);
  }
  .search input {
    flex: 1;
    min-inline-size: 0;
  }
  .icon {
    padding: 0;
  }
  svg {
    inline-size: 1.3em;
    block-size: 1.3em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .count {
    margin: 0 0 var(--_space);
    color: var(--_c-text-muted);
    font-size: 0.9em;
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--pb-course-catalog-card-width, 16em)), 1fr));
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list[aria-busy='true'] {
    opacity: 0.6;
  }
  .course {
    position: relative;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    overflow: hidden;
  }
  .course:hover {
    border-color: var(--_c-primary-text);
  }
  .course:focus-within {
    outline: var(--_focus-width) solid var(--_c-focus);
    outline-offset: 2px;
  }
  .cover {
    display: grid;
    place-items: center;
    aspect-ratio: 16 / 7;
    background: var(--_c-primary);
    color: var(--_c-on-primary);
    font-size: 1.6em;
    font-weight: 700;
  }
  .cover img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.5);
  }
  .body p {
    margin: 0;
  }
  .title {
    order: -1;
    margin: 0;
    font-size: 1.1em;
    line-height: 1.4;
  }
  .tags {
    order: -2;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    font-size: 0.8em;
  }
  .title a,
  .title button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_c-text);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: none;
  }
  /* The whole card is the title's target; the link stays the one focus stop. */
  .title a::after,
  .title button::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .title :focus-visible {
    outline: none;
  }
  .tag {
    padding: 0 0.6em;
    border-radius: 999px;
    border: 1px solid var(--_c-border);
    color: var(--_c-text-muted);
  }
  .tag[data-required='true'] {
    border-color: var(--_c-primary-text);
    color: var(--_c-primary-text);
  }
  .tag[data-done] {
    border-color: var(--_c-success);
    color: var(--_c-success);
  }
  .desc {
    color: var(--_c-text-muted);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .meta {
    font-size: 0.85em;
    color: var(--_c-text-muted);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
    margin-block-start: auto;
    padding-block-start: calc(var(--_space) * 0.5);
    font-size: 0.85em;
  }
  progress {
    flex: 1 0 100%;
    block-size: 0.5em;
  }
  .credited {
    color: var(--_c-text-muted);
  }
  .more,
  .none {
    display: flex;
    flex-direction: column;
    align-items: center;
    margin-block: calc(var(--_space) * 2) 0;
  }
  /* A phone: no covers (they would be cropped, and they cost data on a poor connection). */
  @container (max-width: 30em) {
    .cover {
      display: none;
    }
    .desc {
      -webkit-line-clamp: 1;
    }
    .segments {
      flex: 1 1 100%;
    }
    .segment {
      flex: 1;
    }
    .segment span {
      justify-content: center;
      inline-size: 100%;
    }
    .field:not(.search) {
      flex: 1 1 8em;
    }
    .search {
      flex-basis: 12em;
    }
    select {
      inline-size: 100%;
    }
  }
`;
