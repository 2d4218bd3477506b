import type { TemplateResult } from 'lit';
import { pathIcon } from '../icons.js';

/** The media controls' icons, in the stage's chunk (24-unit grid, decorative). */
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
  help: 'M9 9a3 3 0 1 1 4 2.8c-.7.3-1 1-1 1.7V15m0 3v.5',
};

export const mediaIcon = (name: keyof typeof paths): TemplateResult => pathIcon(name, paths[name]);
