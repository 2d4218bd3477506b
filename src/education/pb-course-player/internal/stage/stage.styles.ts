import { css } from 'lit';

/** The lesson stage (loaded with it): media and controls, reading lessons, materials, help. */
export const stageStyles = css`
  /* The media stage */
  .media {
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_c-surface-raised);
    border: 1px solid var(--_c-border);
  }
  .screen {
    position: relative;
    background: #000;
  }
  video {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    background: #000;
  }
  .media[data-kind='audio'] .screen {
    background: var(--_c-surface-raised);
  }
  .media[data-kind='audio'] video {
    aspect-ratio: auto;
    block-size: 9em;
    background: transparent;
    position: relative;
  }
  .listen {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_c-primary-text);
  }
  .listen .icon {
    inline-size: 4em;
    block-size: 4em;
    stroke-width: 1.2;
  }
  .big-play {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 50%;
    translate: -50% -50%;
    display: grid;
    place-items: center;
    inline-size: 4em;
    block-size: 4em;
    border: 0;
    border-radius: 50%;
    background: var(--_c-primary);
    color: var(--_c-on-primary);
    box-shadow: var(--_shadow);
  }
  .big-play .icon {
    inline-size: 1.8em;
    block-size: 1.8em;
  }
  .problem {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    background: rgb(0 0 0 / 0.82);
    color: #fff;
    text-align: center;
  }
  .problem.static {
    position: static;
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface-raised);
    color: var(--_c-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: center;
  }
  /* At the top of the picture: captions are drawn at its bottom, and the notice must not hide them. */
  .toast {
    position: absolute;
    inset-inline: var(--_space);
    inset-block-start: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: rgb(0 0 0 / 0.8);
    color: #fff;
    font-size: 0.9em;
    text-align: center;
  }
  .toast:empty {
    display: none;
  }
  .controls {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75) var(--_space) var(--_space);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .button.icon {
    padding: 0;
  }
  .time {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    padding-inline: calc(var(--_space) * 0.5);
  }
  .spacer {
    flex: 1;
  }
  select {
    min-block-size: var(--_target);
    padding-inline: calc(var(--_space) * 0.75);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  .audio-only[aria-pressed='true'] {
    background: var(--_c-primary);
    border-color: var(--_c-primary);
    color: var(--_c-on-primary);
  }
  input[type='range'] {
    margin: 0;
    min-block-size: var(--_target);
    background: transparent;
    accent-color: var(--_c-primary);
  }
  .volume {
    inline-size: 6em;
  }
  .seek {
    inline-size: 100%;
    appearance: none;
    --_track: linear-gradient(
      to right,
      var(--_c-primary) var(--_played, 0%),
      var(--_c-text-muted) var(--_played, 0%) var(--_reach, 100%),
      var(--_c-border) var(--_reach, 100%)
    );
  }
  .seek::-webkit-slider-runnable-track {
    block-size: 0.45em;
    border-radius: 999px;
    background: var(--_track);
  }
  .seek::-moz-range-track {
    block-size: 0.45em;
    border-radius: 999px;
    background: var(--_track);
  }
  .seek::-webkit-slider-thumb {
    appearance: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin-block-start: -0.33em;
    border: 2px solid var(--_c-surface);
    border-radius: 50%;
    background: var(--_c-primary);
  }
  .seek::-moz-range-thumb {
    inline-size: 1.1em;
    block-size: 1.1em;
    border: 2px solid var(--_c-surface);
    border-radius: 50%;
    background: var(--_c-primary);
  }
  .media:fullscreen {
    display: flex;
    flex-direction: column;
    background: #000;
  }
  .media:fullscreen .screen {
    flex: 1;
    display: grid;
  }
  .media:fullscreen video {
    block-size: 100%;
    aspect-ratio: auto;
  }
  /* A phone: hardware keys set the volume, and there is no keyboard for the shortcuts. */
  @container (max-width: 30em) {
    .volume,
    .keys-help {
      display: none;
    }
    /* The label stays for screen readers; the icon alone shows. */
    .audio-only span {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  /* Reading lessons */
  .document .actions {
    justify-content: flex-start;
    margin-block-start: var(--_space);
  }
  .article {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    min-block-size: 8em;
    overflow-wrap: anywhere;
  }
  .article > :first-child {
    margin-block-start: 0;
  }
  .article img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .article a {
    color: var(--_c-primary-text);
  }
  .reading-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    font-size: 0.9em;
    color: var(--_c-text-muted);
  }
  .dot {
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--_c-border);
  }
  .reading-status[data-on='true'] .dot {
    background: var(--_c-success);
  }

  /* Materials */
  .materials h4 {
    margin-block: var(--_space) calc(var(--_space) * 0.5);
    font-size: 1em;
  }
  .materials ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .materials li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
    min-block-size: var(--_target);
  }
  .materials a {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    color: var(--_c-primary-text);
    overflow-wrap: anywhere;
  }
  .info {
    color: var(--_c-text-muted);
    font-size: 0.85em;
  }

  /* Saving the lesson on the device (its other states come with their code) */
  .saved-lesson {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }

  /* Keyboard help */
  .help {
    max-inline-size: min(28em, calc(100vw - 2em));
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
    color: var(--_c-text);
  }
  .help::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .help dl {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: var(--_space) 0 calc(var(--_space) * 2);
  }
  .help dl div {
    display: grid;
    grid-template-columns: 7em 1fr;
    gap: var(--_space);
  }
  .help dd {
    margin: 0;
  }
  kbd {
    padding: 0 0.35em;
    border: 1px solid var(--_c-border);
    border-radius: 4px;
    background: var(--_c-surface-raised);
    font-family: inherit;
    white-space: nowrap;
  }
`;
