import { html, svg, type TemplateResult } from 'lit';

/** Stroke icons on a 24-unit grid around the lesson (the media controls' own are the stage's, media-icons.ts). */
const paths = {
  audio: 'M4 14v-2a8 8 0 0 1 16 0v2M4 14h3v6H4zm13 0h3v6h-3z',
  video: 'M3 6h13v12H3zm13 4 5-3v10l-5-3z',
  document: 'M6 3h9l4 4v14H6zm9 0v4h4M9 12h7m-7 4h7',
  article: 'M4 5h16M4 10h16M4 15h10M4 20h7',
  check: 'M5 12l5 5 9-10',
  lock: 'M6 11h12v9H6zm3 0V8a3 3 0 0 1 6 0v3',
  download: 'M12 4v11m-5-5 5 5 5-5M5 20h14',
};

export type IconName = keyof typeof paths;

/** An icon from its path; each is decorative (the control carries the label). */
export function pathIcon(name: string, path: string): TemplateResult {
  return html`<svg class="icon" data-i=${name} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path d=${path} />`}</svg>`;
}

export const icon = (name: IconName): TemplateResult => pathIcon(name, paths[name]);
