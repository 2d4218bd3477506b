import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { expectAnswers } from '../../api/answers.js';
import type { Course, Lesson } from '../../api/types.js';
import { getCourse } from '../../contract/shapes/Course.gen.js';
import { getCourseProgress } from '../../contract/shapes/CourseProgress.gen.js';
import { creditedHours } from '../../contract/rules/credit-hours.js';
import { formatDuration, formatPercent } from '../../i18n/format.js';
import { coreStrings } from '../../i18n/strings.js';
import { OutboxController } from '../../outbox/outbox-controller.js';
import { emit } from '../../shared/emit.js';
import { lazy } from '../../shared/lazy.js';
import { describeError } from '../../shared/error-text.js';
import { progressStyles } from '../progress.styles.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, errorState, loadingState, stateStyles, syncNote } from '../../shared/states.js';
import { icon } from './internal/icons.js';
import { hours, lessonList } from './internal/lesson-list.js';
import { isMedia, lessonStates } from './internal/lessons.js';
import { PLAYER_ASK, type PlayerAsk } from './internal/player-host.js';
import { initialPlayer, playerStep, type PlayerRequest } from './internal/player-machine.js';
import type { CertificatePanel } from '../certificate/certificate.lazy.js';
import type { LessonStage } from './internal/stage/stage.lazy.js';
import { styles } from './pb-course-player.styles.js';
import { playerStrings } from './strings/index.js';

expectAnswers({ getCourse, getCourseProgress });

/** The lesson stage, fetched while the course loads (again after a failed fetch). */
const stageChunk = lazy(() => import('./internal/stage/stage.lazy.js'));
/** The certificate of a completed course, fetched when the member asks for it. */
const certificateChunk = lazy(() => import('../certificate/certificate.lazy.js'));



/**
 * A course to study: its lessons (video, audio, document, article) with resume, captions,
 * speed, the course's no-skip-ahead policy, study-time heartbeats through the outbox,
 * training materials to download, and the credit the server confirmed.
 *
 * The element itself is the frame (course, progress, lesson list, events); the lesson
 * stage (media, controls, tracker, reading views) is a module loaded while the course
 * loads, and hls.js, DOMPurify and PDF.js load only for lessons that need them. A PDF
 * lesson is drawn page by page, fitted to the width, and reading time counts only while
 * a page of it is on screen.
 *
 * A member can save the open lesson on the device ("Save for offline": its media, poster,
 * captions, document and materials, with the course and their progress) and study it
 * without a network: where the course cannot load, the player shows the saved copy,
 * marked so, plays the saved files, and sends the study time once the page is online
 * again, credited in full because the lesson's study session was opened while saving.
 * That code loads only when a member saves a lesson or opens a saved one. Saved media
 * play from `blob:` URLs: a Content-Security-Policy needs `media-src 'self' blob:` and
 * `img-src 'self' blob:` for them (docs/host-pages.md).
 *
 * @tagname pb-course-player
 * @summary Plays a course's lessons and reports study time for credit.
 *
 * @fires {PbLessonStartDetail} pb-lesson-start - The member started a lesson (first play, or opened a reading lesson).
 * @fires {PbProgressDetail} pb-progress - The server confirmed a heartbeat batch; the detail has what it credited.
 * @fires {PbLessonCompleteDetail} pb-lesson-complete - The server marked a lesson complete.
 * @fires {PbCourseCompleteDetail} pb-course-complete - The server marked the whole course complete.
 *
 * @csspart certificate - The completed course's certificate (结业证书), shown and printed when the member asks for it.
 *
 * @csspart base - The whole player.
 * @csspart header - Course title, progress and credit.
 * @csspart media - The video or audio stage with its controls.
 * @csspart video - The media element.
 * @csspart controls - The control bar.
 * @csspart seek - The position slider.
 * @csspart play - The play/pause button.
 * @csspart document - A document lesson's viewer.
 * @csspart article - An article lesson's text.
 * @csspart materials - The lesson's training materials.
 * @csspart attachment - One material's download link.
 * @csspart offline - Saving the lesson on the device: the button, the size asked, progress, the saved mark.
 * @csspart save - The "Save for offline" button.
 * @csspart saved-copy - The banner over a course shown from the copy saved on the device (offline).
 * @csspart lessons - The lesson list.
 * @csspart lesson - One lesson in the list.
 * @csspart help - The keyboard help dialog.
 *
 * @cssprop --pb-course-player-list-width - Width of the lesson list beside the stage on wide screens (default 20em).
 */
export class PbCoursePlayer extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, progressStyles, styles];

  /** The course to show. */
  @property({ attribute: 'course-id' }) courseId = '';
  /** The lesson open now; set it to open another (a locked lesson opens the first open one). */
  @property({ attribute: 'lesson-id', reflect: true }) lessonId = '';
  /** Play the lighter audio-only rendition where a lesson has one (poor connections). */
  @property({ type: Boolean, attribute: 'audio-only', reflect: true }) audioOnly = false;

  /** @internal What the player decided so far: the open lesson, confirmed progress, the notice, the saved copy (internal/player-machine.ts). */
  @state() player = initialPlayer;

  private readonly outbox = new OutboxController(this);
  private stage: LessonStage | undefined;
  private stageError: unknown;
  private replaying: boolean | undefined;
  private syncTimer: ReturnType<typeof setTimeout> | undefined;
  private syncWaited = false;
  private syncShown = false;

  private readonly course = new Resource(this, {
    args: () => [this.courseId] as const,
    load: (backend, [id], signal) => this.orSaved(backend.getCourse(id, { signal }), id, 'course'),
    isEmpty: (course) => !course.lessons.length,
    missing: ([id]) => (id ? undefined : 'course-id'),
  });

  private readonly progress = new Resource(this, {
    args: () => [this.courseId] as const,
    missing: ([id]) => (id ? undefined : 'course-id'),
    load: (backend, [id], signal) => this.orSaved(backend.getCourseProgress(id, { signal }), id, 'progress'),
  });

  /**
   * The answer, or where the network failed and the member saved a lesson of the course on
   * this device, the saved copy (the stage loads the code that reads it only then).
   */
  private orSaved<T>(request: Promise<T>, id: string, part: 'course' | 'progress'): Promise<T> {
    return request.then(
      (value) => (this.step({ type: 'saved-copy', at: undefined }), value),
      (error: { retryable?: boolean }) =>
        error?.retryable ? this.loadStage().then(() => (this.stage ? (this.stage.savedPart(id, part, error) as Promise<T>) : Promise.reject(error))) : Promise.reject(error),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadStage();
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // Parts, the stage and the saving code ask; the element decides ("requests up").
    root.addEventListener(PLAYER_ASK, (event) => this.asked((event as CustomEvent<PlayerAsk>).detail));
    return root;
  }

  private async loadStage(): Promise<void> {
    if (this.stage) return;
    this.stageError = undefined;
    try {
      const { LessonStage } = await stageChunk(this);
      this.stage ??= new LessonStage(this, this.outbox);
    } catch (error) {
      this.stageError = error;
    }
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('courseId')) {
      this.step({ type: 'course' });
      this.certificate?.close();
    }
    const course = this.course.value;
    const progress = this.progress.value;
    if (progress) this.step({ type: 'progress', progress });
    if (!course || !progress || course.id !== progress.courseId || !course.lessons.length) return;
    this.step({ type: 'choose', course, lessonId: this.lessonId, asked: changed.has('lessonId') });
    const lesson = course.lessons[this.player.index]!;
    if (changed.has('audioOnly') && changed.get('audioOnly') !== undefined) this.stage?.switchAudioOnly(lesson, this.audioOnly);
    this.lessonId = lesson.id;
    this.watchSync();
    // Writes left by an earlier page are sent on connect; read progress again once they are.
    const pending = this.outbox.value?.pending;
    if (pending !== undefined) {
      if (this.replaying === undefined) this.replaying = pending > 0;
      else if (this.replaying && !pending) {
        this.replaying = false;
        void this.progress.reload();
      }
    }
  }

  /**
   * A heartbeat in flight is not news: the note shows when the outbox is offline, signed
   * out or out of storage, or when records have waited a few seconds.
   */
  private watchSync(): void {
    const state = this.outbox.value;
    const waiting = !!state?.pending;
    if (!waiting) {
      clearTimeout(this.syncTimer);
      this.syncTimer = undefined;
    } else if (this.syncTimer === undefined) {
      this.syncTimer = setTimeout(() => ((this.syncWaited = true), this.requestUpdate()), 3000);
    }
    if (!waiting) this.syncWaited = false;
    this.syncShown = !!state && (state.offline || state.signedOut || !!state.storageError || (waiting && this.syncWaited));
  }

  /** The completed course's certificate, once the member asked for it. */
  private certificate: CertificatePanel | undefined;
  /** Why the certificate's chunk could not load (offline); shown with a retry. */
  private certificateError: unknown;

  private openCertificate(courseId: string): void {
    this.certificateError = undefined;
    certificateChunk(this).then(
      (parts) => void (this.certificate ??= new parts.CertificatePanel(this)).open(courseId, (backend) => backend.getCourseCertificate(courseId)),
      (error: unknown) => {
        this.certificateError = error;
        this.requestUpdate();
      },
    );
  }

  private renderCertificate(courseId: string) {
    const { settings } = this;
    if (this.certificateError) return errorState(settings, this.certificateError, () => this.openCertificate(courseId));
    return this.certificate?.view(courseId, { loading: () => loadingState(settings.locale, 3), error: (error, retry) => errorState(settings, error, retry) });
  }

  protected override render() {
    const locale = this.settings.locale;
    return html`<div part="base" class="player" lang=${locale}>
      ${this.course.render({
        empty: () => emptyState(locale, playerStrings(locale).empty),
        complete: (course) => this.progress.render({ complete: () => (this.player.index < 0 ? nothing : this.renderCourse(course)) }),
      })}
    </div>`;
  }

  private renderCourse(course: Course) {
    const locale = this.settings.locale;
    const s = playerStrings(locale);
    const { index, confirmed, notice } = this.player;
    const lesson = course.lessons[index]!;
    const mine = confirmed.get(lesson.id);
    const summary = this.player.summary ?? course.progress;
    const stage = this.stage
      ? keyed(lesson.id, this.stage.render(course, lesson, mine))
      : this.stageError
        ? errorState(this.settings, this.stageError, () => void this.loadStage())
        : loadingState(locale, 4);
    return html`<header class="head" part="header">
        <h2>${course.title}</h2>
        <p class="meta">
          <span class="tag" data-required=${course.required}>${course.required ? s.required : s.elective}</span>
          <span>${course.category}</span>
          <span>${s.worth(hours(locale, course.creditHours))}</span>
        </p>
        <div class="course-progress">
          <progress max="100" .value=${summary.percent} aria-label=${s.courseProgress}></progress>
          <span>${formatPercent(locale, summary.percent / 100, 0)}</span>
          ${summary.creditedSeconds === null ? nothing : html`<span>${s.courseCredited(formatDuration(locale, summary.creditedSeconds))}</span>`}
        </div>
        ${summary.completed
          ? html`<p class="banner" role="status">
              ${icon('check')}<span>${s.courseDone(hours(locale, creditedHours(course, summary)))}</span>
              ${this.settings.notOffered.has('getCourseCertificate')
                ? nothing
                : html`<button type="button" class="button" @click=${() => this.openCertificate(course.id)}>${s.certificate}</button>`}
            </p>`
          : nothing}
      </header>
      ${this.renderCertificate(course.id)}
      ${this.stage?.banner() ?? nothing}
      ${this.syncShown ? syncNote(this.settings, this.outbox.value) : nothing}
      ${notice
        ? html`<p class="notice" role="alert">${notice.kind === 'locked' ? s.locked : (notice.kind === 'refused' ? s.refused : '') + describeError(coreStrings(locale), notice.error).message}</p>`
        : nothing}
      <div class="layout">
        <section class="stage" aria-labelledby="lesson-title">
          <h3 id="lesson-title">${lesson.title}</h3>
          <p class="lesson-status">
            ${mine?.creditedSeconds === null ? nothing : html`<span>${s.lessonCredited(formatDuration(locale, mine?.creditedSeconds ?? 0))}</span>`}
            ${isMedia(lesson) ? html`<span>${s.coverage(formatPercent(locale, mine?.coverage ?? 0, 0))}</span>` : nothing}
            ${mine?.completed ? html`<span class="done">${icon('check')}${s.lessonDone}</span>` : nothing}
            ${mine?.completed && index < course.lessons.length - 1
              ? html`<button class="button primary" type="button" @click=${() => this.asked({ type: 'open', index: index + 1 })}>${s.next}</button>`
              : nothing}
          </p>
          ${stage}
        </section>
        ${lessonList(locale, course, lessonStates(course, confirmed), index, this.stage?.savedIds)}
      </div>`;
  }

  private step(request: PlayerRequest): void {
    this.player = playerStep(this.player, request);
  }

  /** A request from a part, the stage or the saving code. */
  private asked(request: PlayerAsk): void {
    const course = this.course.value;
    switch (request.type) {
      case 'open':
        if (!course) return;
        this.step({ ...request, course });
        this.lessonId = course.lessons[this.player.index]!.id;
        return;
      case 'audio-only':
        this.audioOnly = request.on;
        return;
      case 'help':
        this.renderRoot.querySelector('dialog')?.showModal();
        return;
      case 'reload':
        void this.course.reload();
        void this.progress.reload();
        return;
      case 'receipt':
      case 'events':
        if (request.type === 'receipt') this.step(request);
        for (const { event, detail } of request.events) emit(this, event, detail as never);
        return;
      default:
        this.step(request);
    }
  }

  /** @internal The course and lesson open now, for the stage. */
  openLesson(): { course: Course; lesson: Lesson } | undefined {
    const course = this.course.value;
    const lesson = this.player.index >= 0 ? course?.lessons[this.player.index] : undefined;
    return course && lesson ? { course, lesson } : undefined;
  }
}
