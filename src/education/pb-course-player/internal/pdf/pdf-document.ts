/**
 * PDF documents through Mozilla's PDF.js, in its own module so the bundle loads it (and
 * its worker, a file beside it) only when a document lesson opens.
 *
 * The worker is created here, not by PDF.js, so a page that requires Trusted Types gets a
 * script URL from our policy. Where the worker cannot start (a policy without our name, a
 * `worker-src` that refuses it, the bundle on another origin), the same file runs on the
 * page instead: slower for a long document, but the member still reads it.
 */
import { getDocument, PDFWorker, TextLayer, VerbosityLevel, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url&no-inline';
import { trustedScriptUrl } from '../../../../shared/trusted-types.js';
import { keepGlobals } from '../page-globals.js';

/** No canvas larger than this many pixels (phones refuse larger ones; 16 MP is plenty). */
const MAX_PIXELS = 16_777_216;

let worker: Promise<PDFWorker> | undefined;

/** A module worker running PDF.js's worker file, once it said it is ready. */
function startWorker(url: string): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const started = new Worker(trustedScriptUrl(url), { type: 'module', name: 'pdf.js' });
    started.addEventListener('message', () => resolve(started), { once: true });
    started.addEventListener('error', (event) => (started.terminate(), reject(event)), { once: true });
  });
}

/** The page's one PDF worker, started on first use and kept for the next document. */
function pdfWorker(): Promise<PDFWorker> {
  const url = new URL(workerUrl, import.meta.url).href;
  return (worker ??= startWorker(url)
    .then((port) => PDFWorker.create({ port, verbosity: VerbosityLevel.ERRORS }))
    .catch(async () => {
      // The worker file on the page: it registers itself (`pdfjsWorker`) for PDF.js's
      // "fake worker", which takes it once; the page's own global comes back after.
      const restore = keepGlobals(['pdfjsWorker']);
      try {
        await import(/* @vite-ignore */ url);
        const onPage = PDFWorker.create({ verbosity: VerbosityLevel.ERRORS });
        await onPage.promise;
        return onPage;
      } finally {
        restore();
      }
    })
    .catch((error: unknown) => {
      worker = undefined;
      throw error;
    }));
}

export interface DrawnPage {
  /** The page's size on screen, in CSS pixels. */
  width: number;
  height: number;
}

/** An open PDF: its page count, a way to draw one page, and `close()`. */
export interface PdfDocument {
  readonly pages: number;
  /**
   * Draws page `number` (1-based) `width` CSS pixels wide into `canvas`, sharp at the
   * device's pixel ratio, with its text in `text` (selectable, and read by screen readers).
   * A newer call cancels an older one still drawing (it rejects with `cancelled: true`).
   */
  draw(number: number, canvas: HTMLCanvasElement, text: HTMLElement, width: number): Promise<DrawnPage>;
  close(): void;
}

/**
 * Where a PDF comes from: its URL, or a function giving its bytes (a lesson saved on the
 * device: bytes need no `connect-src` for a `blob:` URL, which strict policies refuse).
 */
export type PdfSource = string | (() => Promise<Uint8Array>);

/**
 * Opens the PDF at `src` (fetched by PDF.js with the page's cookies for the same origin),
 * or from the bytes `src()` gives. `signal` abandons it.
 *
 * @example
 * const pdf = await openPdf('/files/guide.pdf', signal);
 * await pdf.draw(1, canvas, textLayer, 343);
 */
export async function openPdf(src: PdfSource, signal: AbortSignal): Promise<PdfDocument> {
  const task = getDocument({
    ...(typeof src === 'string' ? { url: src } : { data: await src() }),
    worker: await pdfWorker(),
    // Glyphs are drawn without `new Function`, which a strict policy refuses (and reports).
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  const abandon = () => void task.destroy();
  signal.addEventListener('abort', abandon, { once: true });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } finally {
    signal.removeEventListener('abort', abandon);
  }
  return new OpenPdf(doc, () => void task.destroy());
}

class OpenPdf implements PdfDocument {
  private rendering: RenderTask | undefined;
  private text: TextLayer | undefined;

  constructor(
    private readonly doc: PDFDocumentProxy,
    readonly close: () => void,
  ) {}

  get pages(): number {
    return this.doc.numPages;
  }

  async draw(number: number, canvas: HTMLCanvasElement, text: HTMLElement, width: number): Promise<DrawnPage> {
    this.rendering?.cancel();
    this.text?.cancel();
    const page = await this.doc.getPage(number);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const ratio = Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_PIXELS / (viewport.width * viewport.height)));
    // A canvas drawn off screen, swapped in when done: the old page stays until the new one is ready.
    const next = document.createElement('canvas');
    next.width = Math.floor(viewport.width * ratio);
    next.height = Math.floor(viewport.height * ratio);
    const task = (this.rendering = page.render({ canvas: next, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }));
    const container = document.createElement('div');
    container.className = 'text-layer';
    const layer = (this.text = new TextLayer({ textContentSource: page.streamTextContent(), container, viewport }));
    await Promise.all([task.promise, layer.render()]).catch((error: unknown) => {
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { cancelled: this.rendering !== task });
    });
    canvas.width = next.width;
    canvas.height = next.height;
    canvas.getContext('2d')!.drawImage(next, 0, 0);
    container.style.setProperty('--total-scale-factor', String(viewport.scale));
    text.replaceChildren(container);
    TextLayer.cleanup();
    return { width: viewport.width, height: viewport.height };
  }
}
