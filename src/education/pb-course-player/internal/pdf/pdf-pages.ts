/**
 * The PDF viewer's rules, without DOM: zoom levels, page numbers, keys. Zoom is a share
 * of the width available (1 fits the page to it), so a page reads the same on a phone
 * and on a desk.
 */

/** The zoom buttons step through these; pinching may land between them. */
export const zoomLevels = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
export const minZoom = zoomLevels[0];
export const maxZoom = zoomLevels[zoomLevels.length - 1]!;

/** A zoom within the limits, rounded to a hundredth (a pinch gives any number). */
export function clampZoom(zoom: number): number {
  return Number.isFinite(zoom) ? Math.round(Math.min(maxZoom, Math.max(minZoom, zoom)) * 100) / 100 : 1;
}

/** The next level up (`1`) or down (`-1`) from `zoom`, which may lie between levels. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const next = direction > 0 ? zoomLevels.find((z) => z > zoom + 0.001) : [...zoomLevels].reverse().find((z) => z < zoom - 0.001);
  return next ?? (direction > 0 ? maxZoom : minZoom);
}

/** A page number within 1…`pages`; anything that is not a number stays at `current`. */
export function clampPage(page: number, pages: number, current = 1): number {
  if (!Number.isFinite(page)) return current;
  return Math.min(Math.max(1, pages), Math.max(1, Math.round(page)));
}

export type PdfCommand = 'previous' | 'next' | 'first' | 'last' | 'zoomIn' | 'zoomOut' | 'fit';

const keys: Record<string, PdfCommand> = {
  ArrowLeft: 'previous',
  PageUp: 'previous',
  ArrowRight: 'next',
  PageDown: 'next',
  Home: 'first',
  End: 'last',
  '+': 'zoomIn',
  '=': 'zoomIn',
  '-': 'zoomOut',
  '0': 'fit',
};

/**
 * What a key pressed in the document does, or undefined to leave it to the browser:
 * keys with Ctrl, Alt or ⌘ (the browser's own zoom and shortcuts), and every key in the
 * page number field, which is typed in.
 */
export function pdfCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>, inField: boolean): PdfCommand | undefined {
  if (inField || event.ctrlKey || event.altKey || event.metaKey) return undefined;
  return keys[event.key];
}
