import { html, svg, type TemplateResult } from 'lit';

/** Stroke icons on a 24-unit grid; each is decorative (the control carries the label). */
const paths = {
  play: 'M7 4v16l13-8z',
  pause: 'M7 4h3v16H7zm7 0h3v16h-3z',
  back: 'M11 6 5 12l6 6M19 6l-6 6 6 6',
  forward: 'M13 6l6 6-6 6M5 6l6 6-6 6',
  volume: 'M4 9h4l5-4v14l-5-4H4zm12 0a4 4 0 0 1 0 6m2-9a8 8 0 0 1 0 12',
  muted: 'M4 9h4l5-4v14l-5-4H4zm12 1 5 5m0-5-5 5',
  full: 'M4 9V4h5m6 0h5v5m0 6v5h-5m-6 0H4v-5',
  exitFull: 'M9 4v5H4m16 0h-5V4m0 16v-5h5M4 15h5v5',
  pip: 'M3 5h18v14H3zm9 7h7v5h-7z',
  audio: 'M4 14v-2a8 8 0 0 1 16 0v2M4 14h3v6H4zm13 0h3v6h-3z',
  video: 'M3 6h13v12H3zm13 4 5-3v10l-5-3z',
  document: 'M6 3h9l4 4v14H6zm9 0v4h4M9 12h7m-7 4h7',
  article: 'M4 5h16M4 10h16M4 15h10M4 20h7',
  check: 'M5 12l5 5 9-10',
  lock: 'M6 11h12v9H6zm3 0V8a3 3 0 0 1 6 0v3',
  download: 'M12 4v11m-5-5 5 5 5-5M5 20h14',
  help: 'M9 9a3 3 0 1 1 4 2.8c-.7.3-1 1-1 1.7V15m0 3v.5',
};

export type IconName = keyof typeof paths;

export function icon(name: IconName): TemplateResult {
  return html`<svg class="icon" data-i=${name} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path d=${paths[name]} />`}</svg>`;
}
