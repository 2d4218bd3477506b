import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { expectAnswers } from '../../api/answers.js';
import type { Course, CourseProgress, Lesson, LessonProgress, ProgressReceipt } from '../../api/types.js';
import { getCourse } from '../../contract/shapes/Course.gen.js';
import { getCourseProgress } from '../../contract/shapes/CourseProgress.gen.js';
import { formatDuration, formatPercent } from '../../i18n/format.js';
import { coreStrings } from '../../i18n/strings.js';
import { OutboxController } from '../../outbox/outbox-controller.js';
import { emit } from '../../shared/emit.js';
import { describeError } from '../../shared/error-text.js';
import { progressStyles } from '../progress.styles.js';
import { PbElement } from '../../shared/pb-element.js';
import { Resource } from '../../shared/resource.js';
import { emptyState, errorState, loadingState, stateStyles, syncNote } from '../../shared/states.js';
import type { PbLessonStartDetail } from './events.js';
import { icon } from './icons.js';
import { hours, lessonList } from './lesson-list.js';
import { initialLesson, isMedia, lessonStates } from './lessons.js';
import { styles } from './pb-course-player.styles.js';
import type { TrackedLesson } from './progress-tracker.js';
import type { LessonStage } from './stage.js';
import { playerStrings } from './strings.js';

type Summary = ProgressReceipt['course'];

expectAnswers({ getCourse, getCourseProgress });

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

  @state() private index = -1;
  @state() private confirmed = new Map<string, LessonProgress>();
  @state() private summary: Summary | undefined;
  @state() private notice: string | undefined;

  /** @internal Set while the course and progress shown are the copy saved on this device (the network failed): when it was written. */
  savedCopy: number | undefined;

  private readonly outbox = new OutboxController(this);
  private stage: LessonStage | undefined;
  private stageError: unknown;
  private seenProgress: CourseProgress | undefined;
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
      (value) => ((this.savedCopy = undefined), value),
      (error: { retryable?: boolean }) =>
        error?.retryable ? this.loadStage().then(() => (this.stage ? (this.stage.savedPart(id, part, error) as Promise<T>) : Promise.reject(error))) : Promise.reject(error),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadStage();
  }

  private async loadStage(): Promise<void> {
    if (this.stage) return;
    this.stageError = undefined;
    try {
      const { LessonStage } = await import('./stage.js');
      this.stage ??= new LessonStage(this, this.outbox);
    } catch (error) {
      this.stageError = error;
    }
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('courseId')) {
      this.index = -1;
      this.notice = undefined;
    }
    const course = this.course.value;
    const progress = this.progress.value;
    if (progress && progress !== this.seenProgress) {
      this.seenProgress = progress;
      this.confirmed = new Map(progress.lessons.map((l) => [l.lessonId, l]));
      this.summary = { percent: progress.percent, creditedSeconds: progress.creditedSeconds, completed: progress.completed };
    }
    if (!course || !progress || course.id !== progress.courseId || !course.lessons.length) return;
    const asked = course.lessons.findIndex((l) => l.id === this.lessonId);
    if (this.index < 0 || (changed.has('lessonId') && asked >= 0 && asked !== this.index)) {
      const index = initialLesson(course, lessonStates(course, this.confirmed), this.lessonId);
      if (asked >= 0 && index !== asked) this.notice = playerStrings(this.settings.locale).locked;
      this.index = index;
    }
    const lesson = course.lessons[this.index]!;
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

  protected override render() {
    const locale = this.settings.locale;
    return html`<div part="base" class="player" lang=${locale}>
      ${this.course.render({
        empty: () => emptyState(locale, playerStrings(locale).empty),
        complete: (course) => this.progress.render({ complete: () => (this.index < 0 ? nothing : this.renderCourse(course)) }),
      })}
    </div>`;
  }

  private renderCourse(course: Course) {
    const locale = this.settings.locale;
    const s = playerStrings(locale);
    const lesson = course.lessons[this.index]!;
    const mine = this.confirmed.get(lesson.id);
    const summary = this.summary ?? course.progress;
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
        ${summary.completed ? html`<p class="banner" role="status">${icon('check')}<span>${s.courseDone(hours(locale, course.creditHours))}</span></p>` : nothing}
      </header>
      ${this.stage?.banner() ?? nothing}
      ${this.syncShown ? syncNote(this.settings, this.outbox.value) : nothing}
      ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing}
      <div class="layout">
        <section class="stage" aria-labelledby="lesson-title">
          <h3 id="lesson-title">${lesson.title}</h3>
          <p class="lesson-status">
            ${mine?.creditedSeconds === null ? nothing : html`<span>${s.lessonCredited(formatDuration(locale, mine?.creditedSeconds ?? 0))}</span>`}
            ${isMedia(lesson) ? html`<span>${s.coverage(formatPercent(locale, mine?.coverage ?? 0, 0))}</span>` : nothing}
            ${mine?.completed ? html`<span class="done">${icon('check')}${s.lessonDone}</span>` : nothing}
            ${mine?.completed && this.index < course.lessons.length - 1
              ? html`<button class="button primary" type="button" @click=${() => this.open(this.index + 1)}>${s.next}</button>`
              : nothing}
          </p>
          ${stage}
        </section>
        ${lessonList(locale, course, lessonStates(course, this.confirmed), this.index, (i) => this.open(i), this.stage?.savedIds)}
      </div>`;
  }

  /** Opens the lesson at `index` unless it is locked. */
  private open(index: number): void {
    const course = this.course.value!;
    if (lessonStates(course, this.confirmed)[index]?.locked) {
      this.notice = playerStrings(this.settings.locale).locked;
      return;
    }
    this.notice = undefined;
    this.index = index;
    this.lessonId = course.lessons[index]!.id;
  }

  /** @internal The course and lesson open now, for the stage. */
  openLesson(): { course: Course; lesson: Lesson } | undefined {
    const course = this.course.value;
    const lesson = this.index >= 0 ? course?.lessons[this.index] : undefined;
    return course && lesson ? { course, lesson } : undefined;
  }

  /** @internal Loads the course and progress again (back online while the saved copy shows). */
  reload(): void {
    void this.course.reload();
    void this.progress.reload();
  }

  /** @internal The member's progress as this page knows it: the server's, with the receipts since. */
  knownProgress(): CourseProgress | undefined {
    const progress = this.progress.value;
    return progress && { ...progress, ...this.summary, lessons: [...this.confirmed.values()] };
  }

  /** @internal The progress the server confirmed for a lesson. */
  confirmedProgress(lessonId: string): LessonProgress | undefined {
    return this.confirmed.get(lessonId);
  }

  /** @internal The server confirmed a batch: show its credit and tell the page. */
  received(receipt: ProgressReceipt, lesson: TrackedLesson): void {
    const before = this.confirmed.get(lesson.lessonId);
    const courseBefore = this.summary;
    this.confirmed = new Map(this.confirmed).set(lesson.lessonId, receipt.lesson);
    this.summary = receipt.course;
    const base = { courseId: lesson.courseId, lessonId: lesson.lessonId };
    emit(this, 'pb-progress', { ...base, creditedNow: receipt.creditedNow, lesson: receipt.lesson, course: receipt.course });
    if (receipt.lesson.completed && !before?.completed) emit(this, 'pb-lesson-complete', { ...base, lesson: receipt.lesson });
    if (receipt.course.completed && courseBefore && !courseBefore.completed) {
      emit(this, 'pb-course-complete', { courseId: lesson.courseId, creditedSeconds: receipt.course.creditedSeconds });
    }
  }

  /** @internal The server refused a study record for good. */
  refused(error: unknown): void {
    this.notice = playerStrings(this.settings.locale).refused + describeError(coreStrings(this.settings.locale), error).message;
  }

  /** @internal Something the stage needed failed (the sanitizer could not load). */
  failed(error: unknown): void {
    this.notice = describeError(coreStrings(this.settings.locale), error).message;
  }

  /** @internal The member started the open lesson. */
  started(detail: PbLessonStartDetail): void {
    emit(this, 'pb-lesson-start', detail);
  }
}
