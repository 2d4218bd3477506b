import { html, nothing, type ReactiveController, type ReactiveControllerHost, type ReactiveElement, type TemplateResult } from 'lit';
import { formatPercent } from '../../../../i18n/format.js';
import { coreStrings } from '../../../../i18n/strings.js';
import type { Locale } from '../../../../i18n/locale.js';
import { openPdf, type PdfDocument, type PdfSource } from './pdf-document.js';
import { clampPage, clampZoom, maxZoom, minZoom, pdfCommand, stepZoom, type PdfCommand } from './pdf-pages.js';

/** The viewer's styles, added to the player by `lazy()` with the chunk. */
export { pdfStyles as styles } from './pdf-viewer.styles.js';
import { stageStrings } from '../stage/strings/index.js';

/** PDF.js names what it throws; these mean the file itself cannot be shown (retrying will not help). */
const unreadable = new Set(['InvalidPDFException', 'PasswordException', 'UnknownErrorException', 'FormatError']);

const chevron = (d: string) => html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${d} /></svg>`;
const left = chevron('M15 5l-7 7 7 7');
const right = chevron('M9 5l7 7-7 7');

/**
 * A document lesson's PDF, readable on a phone: one page at a time drawn to a canvas
 * fitted to the width (sharp at the device's pixel ratio) with its text layer, zoom by
 * buttons, keys and pinch, previous/next and a page number to type, and loading and
 * error-with-retry states for the document. It is one chunk with PDF.js, which the stage
 * fetches when the first PDF lesson opens.
 *
 * @example
 * viewer.open(src);                       // when the lesson opens
 * viewer.render(locale, lesson.title);    // in the stage's template
 * viewer.shown;                           // a page is on its canvas: reading can count
 */
export class PdfViewer implements ReactiveController {
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** The page shown (1-based) and how many there are. */
  page = 1;
  pages = 0;
  /** A share of the width available: 1 fits the page to it. */
  zoom = 1;
  error: unknown;

  private doc: PdfDocument | undefined;
  private src: PdfSource = '';
  private abort: AbortController | undefined;
  private drawn = '';
  private drawing = '';
  private resize: ResizeObserver | undefined;
  private pinch = new Map<number, { x: number; y: number }>();
  private pinchFrom: { distance: number; zoom: number } | undefined;

  constructor(private readonly host: ReactiveControllerHost & Pick<ReactiveElement, 'renderRoot'>) {
    host.addController(this);
  }

  /** A page is on the canvas: the member can read it. */
  get shown(): boolean {
    return this.status === 'ready' && this.drawn !== '';
  }

  /** Opens the PDF at `src` (already checked as a safe URL), or from the bytes it gives. */
  open(src: PdfSource): void {
    this.close();
    this.src = src;
    void this.load();
  }

  /** Lets the document go (another lesson opened, or the element left the page). */
  close(): void {
    this.abort?.abort();
    this.doc?.close();
    this.doc = this.abort = undefined;
    this.resize?.disconnect();
    Object.assign(this, { status: 'idle', page: 1, pages: 0, zoom: 1, error: undefined, drawn: '', drawing: '' });
  }

  /** Loads the document again after it failed. */
  retry(): void {
    this.open(this.src);
  }

  hostDisconnected(): void {
    this.close();
  }

  private async load(): Promise<void> {
    const abort = (this.abort = new AbortController());
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const doc = await openPdf(this.src, abort.signal);
      if (abort.signal.aborted) return doc.close();
      this.doc = doc;
      this.pages = doc.pages;
      this.status = 'ready';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** Shows page `page`, and brings its top into view if the member was further down. */
  go(page: number): void {
    const next = clampPage(page, this.pages, this.page);
    if (next === this.page) return;
    this.page = next;
    this.host.requestUpdate();
    const frame = this.frame();
    if (frame && frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
  }

  zoomTo(zoom: number): void {
    this.zoom = clampZoom(zoom);
    this.host.requestUpdate();
  }

  run(command: PdfCommand): void {
    const actions: Record<PdfCommand, () => void> = {
      previous: () => this.go(this.page - 1),
      next: () => this.go(this.page + 1),
      first: () => this.go(1),
      last: () => this.go(this.pages),
      zoomIn: () => this.zoomTo(stepZoom(this.zoom, 1)),
      zoomOut: () => this.zoomTo(stepZoom(this.zoom, -1)),
      fit: () => this.zoomTo(1),
    };
    actions[command]();
  }

  private frame(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.pdf-frame');
  }

  /** After each render: draw the page when what it shows (page, zoom, width, pixel ratio) changed. */
  hostUpdated(): void {
    const frame = this.frame();
    if (!frame || !this.doc || this.status !== 'ready') return;
    // A narrower or wider column (a phone turned, the page's layout) draws the page again.
    (this.resize ??= new ResizeObserver(() => this.host.requestUpdate())).observe(frame);
    const width = Math.floor(frame.clientWidth * this.zoom);
    const key = `${this.page}|${width}|${window.devicePixelRatio}`;
    if (width <= 0 || key === this.drawn || key === this.drawing) return;
    this.drawing = key;
    const page = frame.querySelector<HTMLElement>('.pdf-page')!;
    const doc = this.doc;
    doc
      .draw(this.page, page.querySelector('canvas')!, page.querySelector<HTMLElement>('.pdf-text')!, width)
      .then(({ width: w, height: h }) => {
        if (doc !== this.doc || this.drawing !== key) return;
        page.style.setProperty('--_page-width', `${w}px`);
        page.style.setProperty('--_page-height', `${h}px`);
        this.drawn = key;
        this.drawing = '';
        this.host.requestUpdate();
      })
      .catch((error: { cancelled?: boolean }) => {
        if (doc !== this.doc || error?.cancelled) return;
        this.drawing = '';
        this.error = error;
        this.status = 'error';
        this.host.requestUpdate();
      });
  }

  private onKey(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as Element;
    const command = pdfCommand(event, target.localName === 'input');
    if (!command) return;
    event.preventDefault();
    this.run(command);
  }

  /** Two fingers on the page zoom it: the page scales while they move, and is drawn again when they lift. */
  private onPointer(event: PointerEvent): void {
    if (event.pointerType !== 'touch') return;
    const page = (event.currentTarget as HTMLElement).querySelector<HTMLElement>('.pdf-page')!;
    if (event.type !== 'pointerdown' && !this.pinch.has(event.pointerId)) return;
    if (event.type === 'pointerup' || event.type === 'pointercancel') {
      this.pinch.delete(event.pointerId);
      if (this.pinchFrom) {
        const scale = Number(page.style.getPropertyValue('--_pinch') || 1);
        page.style.removeProperty('--_pinch');
        this.zoomTo(this.pinchFrom.zoom * scale);
        this.pinchFrom = undefined;
      }
      return;
    }
    this.pinch.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const [a, b, more] = [...this.pinch.values()];
    if (!a || !b || more) return;
    const distance = Math.hypot(a.x - b.x, a.y - b.y);
    if (!distance) return;
    this.pinchFrom ??= { distance, zoom: this.zoom };
    const scale = clampZoom(this.pinchFrom.zoom * (distance / this.pinchFrom.distance)) / this.pinchFrom.zoom;
    page.style.setProperty('--_pinch', String(scale));
  }

  /** The viewer: toolbar, the page (or its loading or error state), and the pager below. */
  render(locale: Locale, title: string): TemplateResult {
    const s = stageStrings(locale);
    const ready = this.status === 'ready';
    const pageOf = s.pageOf(this.page, this.pages);
    const several = ready && this.pages > 1;
    return html`
      ${ready ? this.renderBar(locale) : nothing}
      <div
        class="pdf-frame"
        tabindex=${ready ? '0' : '-1'}
        role="region"
        aria-label=${title}
        aria-describedby="pdf-keys"
        aria-busy=${!this.shown && this.status !== 'error' ? 'true' : 'false'}
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}
        @pointerdown=${(e: PointerEvent) => this.onPointer(e)}
        @pointermove=${(e: PointerEvent) => this.onPointer(e)}
        @pointerup=${(e: PointerEvent) => this.onPointer(e)}
        @pointercancel=${(e: PointerEvent) => this.onPointer(e)}
      >
        <div class="pdf-page" role="group" aria-label=${pageOf} ?hidden=${!ready}>
          <canvas aria-hidden="true"></canvas>
          <div class="pdf-text"></div>
        </div>
        ${this.renderState(locale)}
      </div>
      <p id="pdf-keys" class="pdf-keys">${s.pdfKeys}</p>
      ${several
        ? html`<div class="pdf-pager">
            ${this.navButton('previous', s.previousPage, html`${left}<span aria-hidden="true">${s.previousPage}</span>`)}
            <span class="of" aria-hidden="true">${this.page} / ${this.pages}</span>
            ${this.navButton('next', s.nextPage, html`<span aria-hidden="true">${s.nextPage}</span>${right}`)}
          </div>`
        : nothing}
      <p class="visually-hidden" role="status">${this.shown ? pageOf : ''}</p>
    `;
  }

  /** Page buttons and number (for more than one page), then zoom out, fit to width, zoom in. */
  private renderBar(locale: Locale): TemplateResult {
    const s = stageStrings(locale);
    const percent = formatPercent(locale, this.zoom, 0);
    const onNumber = (event: Event) => {
      const input = event.target as HTMLInputElement;
      this.go(Number(input.value));
      input.value = String(this.page);
    };
    const pages = html`<span class="group">
      ${this.navButton('previous', s.previousPage, left)}
      <label class="page-number">
        <input type="number" inputmode="numeric" min="1" max=${this.pages} .value=${String(this.page)} aria-label=${s.pageNumber(this.pages)} @change=${onNumber} />
        <span aria-hidden="true">/ ${this.pages}</span>
      </label>
      ${this.navButton('next', s.nextPage, right)}
    </span>`;
    return html`<div class="pdf-bar" role="toolbar" aria-label=${s.pdfTools}>
      ${this.pages > 1 ? pages : nothing}
      <span class="spacer"></span>
      <span class="group">
        <button class="button" type="button" aria-label=${s.zoomOut} aria-disabled=${this.zoom <= minZoom ? 'true' : 'false'} @click=${() => this.run('zoomOut')}>−</button>
        <button class="button fit" type="button" @click=${() => this.run('fit')}><span class="visually-hidden">${s.fitWidth}</span> ${percent}</button>
        <button class="button" type="button" aria-label=${s.zoomIn} aria-disabled=${this.zoom >= maxZoom ? 'true' : 'false'} @click=${() => this.run('zoomIn')}>+</button>
      </span>
    </div>`;
  }

  /** The document loading, or why it cannot be shown (with a retry when one can help). */
  private renderState(locale: Locale): TemplateResult | typeof nothing {
    const s = stageStrings(locale);
    if (this.status === 'error') {
      const hopeless = unreadable.has((this.error as Error | undefined)?.name ?? '');
      return html`<div class="pdf-state" role="alert">
        <p>${hopeless ? s.pdfUnreadable : s.pdfBroken}</p>
        ${hopeless ? nothing : html`<button class="button primary" type="button" @click=${() => this.retry()}>${coreStrings(locale).retry}</button>`}
      </div>`;
    }
    if (this.shown) return nothing;
    return html`<div class="pdf-state" role="status"><span class="spinner" aria-hidden="true"></span><p>${s.pdfLoading}</p></div>`;
  }

  /** Previous or next page; at the first or last page it stays focusable and says it is off. */
  private navButton(command: 'previous' | 'next', label: string, content: unknown): TemplateResult {
    const off = command === 'previous' ? this.page <= 1 : this.page >= this.pages;
    return html`<button class="button ${command}" type="button" aria-label=${label} aria-disabled=${off ? 'true' : 'false'} @click=${() => off || this.run(command)}>${content}</button>`;
  }
}
