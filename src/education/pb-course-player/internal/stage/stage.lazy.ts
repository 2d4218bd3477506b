import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { Course, Lesson, LessonProgress } from '../../../../api/types.js';
import type { OutboxController } from '../../../../outbox/outbox-controller.js';
import { lazy } from '../../../../shared/lazy.js';
import { errorState, loadingState } from '../../../../shared/states.js';
import { safeUrl } from '../../../safe-url.js';
import { allowedSeek } from '../intervals.js';
import { icon } from '../icons.js';
import { articleView, attachmentsView, documentView, helpDialog, isPdf, lessonProblem, readingStatus } from './lesson-views.js';
import { isMedia, lessonLength } from '../lessons.js';
import { mediaView } from './media-view.js';
import { Playback } from './playback.js';
import { keepGlobals } from '../page-globals.js';
import { knownProgress } from '../known-progress.js';
import { ask, type PlayerHost } from '../player-host.js';
import type { PdfViewer } from '../pdf/pdf-viewer.lazy.js';
import { ProgressTracker, readResume, type TrackedLesson } from './progress-tracker.js';
import { resumePoint } from '../resume.js';
import { canSave, savedKey, savedLessons } from '../saved-courses.js';
import type { OpenedLesson, SavedLessons } from '../saved/saved-lesson.lazy.js';
import { stageStrings } from './strings/index.js';
import { receiptEvents } from './study-machine.js';

/** The stage's styles, added to the player by `lazy()` with the chunk. */
export { stageStyles as styles } from './stage.styles.js';

/** The open lesson as it plays here: from the files saved on the device, or as the course gives it. */
interface Prepared extends OpenedLesson {
  key: string;
  /** `apiBase|member` of the outbox, under which lessons are saved; undefined: none can be. */
  namespace: string | undefined;
}

/**
 * The PDF viewer and PDF.js, one chunk, fetched when the first PDF lesson opens. PDF.js
 * sets page globals as it loads (`pdfjsLib`…): a page that runs its own keeps its own.
 */
const pdfChunk = lazy(() => {
  const restore = keepGlobals(['pdfjsLib', '_pdfjsTestingUtils']);
  return import('../pdf/pdf-viewer.lazy.js').finally(restore);
});
/** The code for lessons saved on the device, fetched when a member saves or opens one, or a saved copy may stand in. */
const savedChunk = lazy(() => import('../saved/saved-lesson.lazy.js'));
/** DOMPurify, fetched for the first article. */
const sanitizer = lazy(() => import('./sanitize.lazy.js'));

/**
 * The lesson stage of `<pb-course-player>`: the media with its controls and policy, the
 * reading views, the materials and the progress tracker. It is its own module, imported
 * while the course loads, so a page pays for it only where a course is studied.
 */
export class LessonStage implements ReactiveController {
  readonly playback: Playback;
  readonly tracker: ProgressTracker;
  /** The PDF viewer, once the first PDF lesson brought it (`pdfError`: it could not load). */
  private pdf: PdfViewer | undefined;
  private pdfError: unknown;
  private articles = new Map<string, string>();
  private openKey = '';
  /** Lessons saved on the device: the code that saves and opens them, once a saved lesson or a save needed it. */
  private saved: SavedLessons | undefined;
  private savedLoading: Promise<SavedLessons> | undefined;
  private prepared: Prepared | undefined;
  private preparing = '';
  /** The course's lessons saved on this device, for the lesson list. */
  savedIds: ReadonlySet<string> | undefined;

  constructor(
    private readonly host: PlayerHost,
    private readonly outbox: OutboxController,
  ) {
    this.playback = new Playback(host);
    this.tracker = new ProgressTracker(host, outbox, {
      receipt: (receipt, lesson) => {
        if (lesson.lessonId === host.lessonId) this.tracker.raiseFurthest(receipt.lesson.furthestSeconds);
        const { courseId, lessonId } = lesson;
        const events = receiptEvents(receipt, { courseId, lessonId }, host.player.confirmed.get(lessonId), knownProgress(host.player));
        ask(host.renderRoot, { type: 'receipt', lessonId, receipt, events });
        const namespace = this.prepared?.namespace;
        if (namespace) this.saved?.received(namespace, lesson.courseId);
      },
      refused: (error) => ask(host.renderRoot, { type: 'refused', error }),
    });
    host.addController(this);
  }

  /** The open lesson's stage and materials. */
  render(course: Course, lesson: Lesson, mine: LessonProgress | undefined): TemplateResult {
    const locale = this.host.settings.locale;
    const s = stageStrings(locale);
    const key = `${course.id}|${lesson.id}`;
    if (this.prepared?.key !== key) {
      void this.prepare(course, lesson, key);
      return loadingState(locale, 4);
    }
    const namespace = this.prepared.namespace;
    lesson = this.prepared.lesson;
    let view: TemplateResult;
    if (isMedia(lesson)) {
      view = !lesson.media
        ? lessonProblem(s, 'media')
        : !safeUrl(lesson.media.src)
          ? lessonProblem(s, 'media.src')
          : mediaView({
              locale,
              lesson,
              playback: this.playback,
              maxRate: course.policy.maxPlaybackRate,
              audioOnly: this.host.audioOnly && !!lesson.media.audioOnlySrc,
            });
    } else {
      const status = readingStatus(locale, lesson, mine?.creditedSeconds ?? 0, this.tracker.reading);
      view =
        lesson.kind === 'document'
          ? html`${documentView(s, lesson, () => this.pdfView(lesson.title))}${status}`
          : lesson.articleHtml === null
            ? lessonProblem(s, 'articleHtml')
            : html`${articleView(this.articles.get(lesson.id))}${status}`;
    }
    return html`${view}${namespace ? this.savedControl(namespace, course, lesson) : nothing}${attachmentsView(locale, lesson)}${helpDialog(s)}`;
  }

  /** "Save for offline", or where saving the lesson stands (the saving code's own control, once loaded). */
  private savedControl(namespace: string, course: Course, shown: Lesson): TemplateResult | typeof nothing {
    // Saving takes the files from where the course says, never from the saved copy playing now.
    const lesson = course.lessons.find((l) => l.id === shown.id) ?? shown;
    const control = this.saved?.render(namespace, course, lesson);
    if (control) return control;
    if (!canSave(lesson) || this.host.player.savedCopy !== undefined) return nothing;
    const s = stageStrings(this.host.settings.locale);
    const measure = () => void this.loadSaved().then((saved) => saved.measure(namespace, course, lesson), (error: unknown) => ask(this.host.renderRoot, { type: 'failed', error }));
    return html`<div class="saved-lesson" part="offline">
      <button class="button" part="save" type="button" @click=${measure}>${icon('download')}${s.save}</button>
      <span class="info">${s.saveHint}</span>
    </div>`;
  }

  /** The saved copy of the course or progress, where loading it failed with `error` (thrown again when there is none). */
  savedPart(courseId: string, part: 'course' | 'progress', error: unknown): Promise<unknown> {
    return savedChunk(this.host).then((m) => m.savedPart(this.host, this.outbox, courseId, part, error), () => Promise.reject(error));
  }

  /** The banner over the course when it shows the copy saved on this device. */
  banner(): TemplateResult | undefined {
    if (this.host.player.savedCopy !== undefined) void this.loadSaved();
    return this.saved?.banner();
  }

  private loadSaved(): Promise<SavedLessons> {
    return (this.savedLoading ??= savedChunk(this.host).then(
      ({ SavedLessons }) => {
        this.saved ??= new SavedLessons(this.host, {
          position: () => (this.host.openLesson() && isMedia(this.host.openLesson()!.lesson) ? this.playback.time : 0),
          reopen: () => {
            this.prepared = undefined;
            this.preparing = '';
            this.host.requestUpdate();
          },
          savedChanged: (ids) => {
            this.savedIds = ids;
            this.host.requestUpdate();
          },
        });
        this.host.requestUpdate();
        return this.saved;
      },
      (error: unknown) => {
        this.savedLoading = undefined;
        throw error;
      },
    ));
  }

  /**
   * Before a lesson shows: whether it is saved on the device, and if so its saved files
   * (the saving code loads only then). A lesson whose saved copy cannot be read plays
   * from the network.
   */
  private async prepare(course: Course, lesson: Lesson, key: string): Promise<void> {
    if (this.preparing === key) return;
    this.preparing = key;
    const namespace = await this.outbox.namespace();
    const ids = namespace ? await savedLessons(savedKey(namespace, course.id)) : undefined;
    let opened: OpenedLesson = { lesson };
    try {
      if (this.saved || ids?.has(lesson.id)) {
        this.saved?.close();
        if (namespace) opened = await (await this.loadSaved()).open(namespace, course, lesson);
      }
    } catch {
      opened = { lesson };
    }
    if (this.preparing !== key) return;
    this.savedIds = ids;
    this.prepared = { ...opened, key, namespace };
    this.host.requestUpdate();
  }

  /** A PDF lesson's viewer, or the shared loading and error states while its chunk loads. */
  private pdfView(title: string): TemplateResult {
    const locale = this.host.settings.locale;
    if (this.pdf) return this.pdf.render(locale, title);
    if (!this.pdfError) return loadingState(locale, 6);
    return errorState(locale, this.pdfError, () => {
      // Opening the lesson again loads the chunk again.
      this.pdfError = undefined;
      this.openKey = '';
      this.host.requestUpdate();
    });
  }

  /** The element was put back in a page (moved, a panel shown again): the lesson opens anew. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.openKey = '';
    this.pdf?.close();
    this.saved?.disconnect();
    this.prepared = undefined;
    this.preparing = '';
  }

  /** After each render: open a lesson that changed, follow the audio-only switch, paint the slider. */
  hostUpdated(): void {
    const open = this.host.openLesson();
    // A lesson opens once it is prepared (saved or not); until then the last one is closed.
    const prepared = open && this.prepared?.key === `${open.course.id}|${open.lesson.id}` ? this.prepared : undefined;
    const key = prepared?.key ?? '';
    if (key !== this.openKey) {
      this.openKey = key;
      void this.open(open?.course, prepared);
    }
    const stage = this.host.renderRoot.querySelector<HTMLElement>('.media');
    if (stage && open) {
      // The position slider shows what was played and, under `watched`, how far one may go.
      const duration = this.playback.duration || open.lesson.durationSeconds || 1;
      const reach = allowedSeek(Infinity, this.tracker.furthest, open.course.policy.allowSeek, duration);
      stage.style.setProperty('--_played', `${(100 * this.playback.time) / duration}%`);
      stage.style.setProperty('--_reach', `${(100 * reach) / duration}%`);
    }
  }

  /** The member switched the audio-only rendition on or off (a saved lesson has none: its file is on the device). */
  switchAudioOnly(lesson: Lesson, audioOnly: boolean): void {
    const media = (this.prepared?.lesson.id === lesson.id ? this.prepared.lesson : lesson).media;
    if (!media) return;
    const alternative = audioOnly && media.audioOnlySrc;
    this.playback.switchSource(safeUrl(alternative || media.src) ?? '', alternative ? '' : media.type);
  }

  private async open(course: Course | undefined, prepared: Prepared | undefined): Promise<void> {
    this.tracker.close();
    this.playback.detach();
    this.pdf?.close();
    if (!course || !prepared) return;
    const lesson = prepared.lesson;
    const key = this.openKey;
    const host = this.host;
    const tracked: TrackedLesson = {
      courseId: course.id,
      lessonId: lesson.id,
      kind: lesson.kind,
      heartbeatSeconds: course.policy.heartbeatSeconds,
      durationSeconds: isMedia(lesson) ? lesson.durationSeconds : null,
      session: prepared.session,
    };
    const start = (positionSeconds: number) => ask(host.renderRoot, { type: 'events', events: [{ event: 'pb-lesson-start', detail: { courseId: course.id, lessonId: lesson.id, kind: lesson.kind, positionSeconds } }] });
    if (isMedia(lesson)) {
      const video = host.renderRoot.querySelector('video');
      const media = lesson.media;
      if (!video || !media) return;
      const local = await readResume(host, course.id, lesson.id);
      if (key !== this.openKey) return;
      const { position, furthest } = resumePoint(host.player.confirmed.get(lesson.id), local, lesson.durationSeconds, course.policy.allowSeek);
      const alternative = host.audioOnly && media.audioOnlySrc;
      this.tracker.open(tracked, { media: video, furthest });
      this.playback.attach(video, {
        src: safeUrl(alternative || media.src) ?? '',
        type: alternative ? '' : media.type,
        resumeAt: position,
        furthest: () => this.tracker.furthest,
        allowSeek: course.policy.allowSeek,
        maxRate: course.policy.maxPlaybackRate,
        pauseWhenHidden: course.policy.pauseWhenHidden,
        duration: lessonLength(lesson),
        frame: host.renderRoot.querySelector<HTMLElement>('.media')!,
      });
      video.addEventListener('playing', () => start(video.currentTime), { once: true });
      return;
    }
    if (lesson.kind === 'article' && lesson.articleHtml !== null && !this.articles.has(lesson.id)) {
      try {
        const { sanitizeArticle } = await sanitizer();
        this.articles.set(lesson.id, sanitizeArticle(lesson.articleHtml));
      } catch (error) {
        ask(host.renderRoot, { type: 'failed', error });
      }
      host.requestUpdate();
      await host.updateComplete;
      if (key !== this.openKey) return;
    }
    const src = lesson.kind === 'document' && isPdf(lesson) ? safeUrl(lesson.document?.src) : undefined;
    if (src) {
      try {
        const { PdfViewer } = await pdfChunk(host);
        this.pdf ??= new PdfViewer(host);
      } catch (error) {
        this.pdfError = error;
      }
      if (key !== this.openKey) return;
      this.pdf?.open(prepared.pdf ?? src);
      host.requestUpdate();
      await host.updateComplete;
      if (key !== this.openKey || !this.pdf) return;
    }
    const pdf = src ? this.pdf : undefined;
    const area = host.renderRoot.querySelector(pdf ? '.pdf-page' : '.reading-area');
    if (!area) return;
    // Reading counts while a page of the document is on screen, not while it loads or failed.
    this.tracker.open(tracked, pdf ? { reading: area, shown: () => pdf.shown } : { reading: area });
    start(0);
  }
}
