import type { TemplateResult } from 'lit';
import { isAbort } from '../../../../api/errors.js';
import { randomId } from '../../../../api/keys.js';
import type { Course, Lesson } from '../../../../api/types.js';
import { deviceUrls, safeUrl } from '../../../safe-url.js';
import { ms } from '../intervals.js';
import { isMedia } from '../lessons.js';
import { knownProgress } from '../known-progress.js';
import { ask, type PlayerHost } from '../player-host.js';
import { lessonFiles, localLesson, sessionSeq, spaceLeft, totalSize, unusedFiles, withLesson, withoutLesson, withProgress, type SavedCourse, type SavedFile } from './offline-rules.js';
import type { TrackedLesson } from '../stage/progress-tracker.js';
import { rememberSaved, savedCourses, savedKey } from '../saved-courses.js';
import { deleteFiles, downloadFile, filesCache, measureFiles, readFile } from './saved-files.js';
import { savedCopyBanner, savedControl, type Confirm, type Step } from './saved-lesson-view.js';

/** The saving code's styles, added to the player by `lazy()` with the chunk. */
export { savedStyles as styles } from './saved-lesson.styles.js';

/**
 * Lessons saved on the device for study without a network, for members away from home:
 * the player's code for saving a lesson (its files into Cache Storage, its course and
 * progress into IndexedDB, and the study session it will continue), opening a saved lesson
 * from those files, removing it, and the saved copy of the course and progress that stands
 * in when the network fails. A chunk of its own, loaded when the member asks to save a
 * lesson, opens a saved one, or the course cannot load and a saved copy may exist.
 *
 * Media play from object URLs (`blob:`): a page whose Content-Security-Policy lists `blob:`
 * in `media-src` and `img-src` plays them offline. Where it does not, the browser refuses
 * them and reports it; the lesson then plays from the network when there is one.
 */

/** The player, as this code needs it. */
export type SavedLessonHost = Pick<PlayerHost, 'settings' | 'backend' | 'player' | 'renderRoot' | 'requestUpdate' | 'updateComplete'>;

/** What the lesson stage gives it. */
export interface StageLink {
  /** Where the member is in the open media lesson (the first batch of the saved session says it). */
  position(): number;
  /** Open the lesson again, from the network this time (the page refused the saved media). */
  reopen(): void;
  /** The course's saved lessons are now `ids`. */
  savedChanged(ids: ReadonlySet<string>): void;
}

/** A saved lesson ready to play: its files as object URLs, its session, and the PDF's bytes. */
export interface OpenedLesson {
  lesson: Lesson;
  session?: TrackedLesson['session'];
  pdf?: () => Promise<Uint8Array>;
}

/** Set once the page refused an object URL for media: saved media then play from the network. */
let blobRefused = false;

/** Record writes, one after another per record, so none undoes another (a seq, a save). */
const writes = new Map<string, Promise<unknown>>();

function update(key: string, change: (record: SavedCourse | undefined) => SavedCourse | undefined): Promise<SavedCourse | undefined> {
  const run = (writes.get(key) ?? Promise.resolve())
    .catch(() => undefined)
    .then(async () => {
      const store = savedCourses();
      const next = change(await store.get(key));
      await (next ? store.set(key, next) : store.delete(key));
      rememberSaved(key, next);
      return next;
    });
  writes.set(key, run);
  return run;
}

const listening = new WeakSet<object>();

/**
 * The saved copy of a course (`part`) where loading it from the network failed with
 * `error`, which is thrown again when there is none. The player shows it marked as the
 * saved copy, and loads from the network again once the page is back online.
 */
export async function savedPart(host: SavedLessonHost, outbox: { namespace(): Promise<string | undefined> }, courseId: string, part: 'course' | 'progress', error: unknown): Promise<unknown> {
  const namespace = await outbox.namespace();
  const record = namespace ? await savedCourses().get(savedKey(namespace, courseId)).catch(() => undefined) : undefined;
  if (!record) throw error;
  if (!listening.has(host)) {
    listening.add(host);
    addEventListener('online', () => (listening.delete(host), ask(host.renderRoot, { type: 'reload' })), { once: true });
  }
  ask(host.renderRoot, { type: 'saved-copy', at: record.savedAt });
  return part === 'course' ? record.course : record.progress;
}

/**
 * The saving and saved states of the player's lessons (one instance per lesson stage):
 * `render` gives the control under the open lesson (undefined for the plain "Save for
 * offline" button the stage draws itself), `open` a saved lesson's files and session.
 */
export class SavedLessons {
  private steps = new Map<string, Step>();
  private record: { key: string; value: SavedCourse | undefined } | undefined;
  private urls: string[] = [];
  private stop: AbortController | undefined;
  private jobs = new Set<AbortController>();
  private shownAt = 0;

  constructor(
    private readonly host: SavedLessonHost,
    private readonly stage: StageLink,
  ) {}

  /** The banner over a course shown from the saved copy. */
  banner(): TemplateResult | undefined {
    return this.host.player.savedCopy === undefined ? undefined : savedCopyBanner(this.host.settings.locale, this.host.player.savedCopy);
  }

  /** The control under the lesson `lesson` of `course` (saved from `namespace`), or undefined for the stage's plain button. */
  render(namespace: string, course: Course, lesson: Lesson): TemplateResult | undefined {
    const key = savedKey(namespace, course.id);
    const saved = this.record?.key === key ? this.record.value?.lessons[lesson.id] : undefined;
    const step = this.steps.get(`${key}|${lesson.id}`);
    const refused = blobRefused && isMedia(lesson) && !!saved;
    return savedControl(this.host.settings, {
      step,
      saved,
      // An article's text is in the saved course: it reads without a network.
      savedCopy: this.host.player.savedCopy !== undefined && lesson.kind !== 'article',
      refused,
      save: (confirm) => void this.save(namespace, course, lesson, confirm),
      cancel: () => this.cancel(`${key}|${lesson.id}`),
      askRemove: () => this.set(`${key}|${lesson.id}`, { step: 'remove' }),
      remove: () => void this.remove(namespace, course, lesson),
    });
  }

  /**
   * Moves to `step` (none: back to the button, or the saved mark). The control's content
   * changes under the member's focus, so focus follows to its first button (or `focus`),
   * unless the member has gone on elsewhere meanwhile.
   */
  private set(id: string, step: Step | undefined, focus = '.primary, button'): void {
    if (step) this.steps.set(id, step);
    else this.steps.delete(id);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot as ShadowRoot;
      const control = root.querySelector('[part~="offline"]');
      if (root.activeElement && !control?.contains(root.activeElement)) return;
      control?.querySelector<HTMLElement>(focus)?.focus();
    });
  }

  private cancel(id: string): void {
    const step = this.steps.get(id);
    if (step && 'abort' in step) step.abort.abort();
    this.set(id, undefined);
  }

  /** The member asked to save: what the lesson needs, and the space there is. */
  async measure(namespace: string, course: Course, lesson: Lesson): Promise<void> {
    const id = `${savedKey(namespace, course.id)}|${lesson.id}`;
    const abort = new AbortController();
    this.set(id, { step: 'measuring', abort });
    try {
      const files = await measureFiles(lessonFiles(lesson, safeUrl), abort.signal);
      const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
      if (abort.signal.aborted) return;
      const text = new Blob([JSON.stringify(course)]).size;
      this.set(id, { step: 'confirm', files, text, left: spaceLeft(estimate), kind: lesson.kind, ...totalSize(files) });
    } catch (error) {
      if (!abort.signal.aborted) this.set(id, { step: 'error', error, retry: () => void this.measure(namespace, course, lesson) });
    }
  }

  /**
   * Saves the lesson: first the study session (its seq-0 batch, which only an online page
   * can send, and which lets the server credit in full what is studied offline), then the
   * files one after another, then the record. What a failed or cancelled save stored goes.
   */
  async save(namespace: string, course: Course, lesson: Lesson, files: Confirm): Promise<void> {
    const key = savedKey(namespace, course.id);
    const id = `${key}|${lesson.id}`;
    const abort = new AbortController();
    const total = files.bytes + files.text;
    const step = { step: 'saving' as const, abort, done: 0, total };
    this.jobs.add(abort);
    this.set(id, step);
    // Ask the browser to keep the site's storage when space runs low (Chromium decides silently).
    void navigator.storage?.persist?.().catch(() => false);
    const saved: SavedFile[] = [];
    try {
      const session = { id: randomId(), openedAt: Date.now(), seq: 0 };
      await this.host.backend.reportProgress(
        course.id,
        lesson.id,
        { sessionId: session.id, seq: 0, position: ms(Math.max(0, this.stage.position())), intervals: [], activeSeconds: 0, ended: false },
        { idempotencyKey: randomId(), signal: abort.signal },
      );
      const cache = await filesCache();
      for (const file of files.files) {
        saved.push(
          await downloadFile(cache, file, abort.signal, (bytes) => {
            step.done += bytes;
            step.total = Math.max(step.total, step.done + files.text);
            // The bar moves a few times a second, not once a chunk.
            if (performance.now() - this.shownAt > 250) {
              this.shownAt = performance.now();
              this.host.requestUpdate();
            }
          }),
        );
      }
      const progress = knownProgress(this.host.player) ?? { courseId: course.id, ...course.progress, lessons: [] };
      const record = await update(key, (before) => withLesson(before, course, progress, lesson.id, { savedAt: Date.now(), bytes: step.done + files.text, files: saved, session }));
      this.changed(key, record);
      this.set(id, undefined, '.line');
    } catch (error) {
      // Nothing half saved stays: the files this save stored that no saved lesson uses go.
      const records = await savedCourses().values().catch(() => undefined);
      if (records) await deleteFiles(unusedFiles([...saved.map((f) => f.url), ...files.files.map((f) => f.url)], records));
      if (abort.signal.aborted && isAbort(error)) return;
      this.set(id, { step: 'error', error, retry: () => void this.measure(namespace, course, lesson) });
    } finally {
      this.jobs.delete(abort);
    }
  }

  /** Removes the lesson from the device; its files go unless another saved lesson uses them. */
  async remove(namespace: string, course: Course, lesson: Lesson): Promise<void> {
    const key = savedKey(namespace, course.id);
    const id = `${key}|${lesson.id}`;
    try {
      let files: SavedFile[] = [];
      const record = await update(key, (before) => {
        files = before?.lessons[lesson.id]?.files ?? [];
        return before && withoutLesson(before, lesson.id);
      });
      this.changed(key, record);
      this.set(id, undefined);
      const records = await savedCourses().values();
      await deleteFiles(unusedFiles(files.map((f) => f.url), records));
    } catch (error) {
      this.set(id, { step: 'error', error, removing: true, retry: () => void this.remove(namespace, course, lesson) });
    }
  }

  /**
   * Opens a lesson of `course`: a saved one with its files as object URLs (its document as
   * bytes for the PDF viewer), its session, and the record refreshed with the course and
   * progress as the page has them online. A lesson that is not saved opens as it is.
   */
  async open(namespace: string, course: Course, lesson: Lesson): Promise<OpenedLesson> {
    this.close();
    const key = savedKey(namespace, course.id);
    const record = await savedCourses().get(key);
    this.record = { key, value: record };
    const saved = record?.lessons[lesson.id];
    if (!saved) return { lesson };
    if (this.host.player.savedCopy === undefined) {
      const progress = knownProgress(this.host.player);
      if (progress) void update(key, (before) => before && { ...withProgress(before, progress, Date.now()), course }).catch(() => undefined);
    }
    const cache = await filesCache();
    const local = new Map<string, string>();
    let pdf: (() => Promise<Uint8Array>) | undefined;
    for (const file of saved.files) {
      // Refused once on this page: media, posters and captions come from the network.
      if (blobRefused && (file.role === 'media' || file.role === 'poster' || file.role === 'captions')) continue;
      const blob = await readFile(cache, file.url);
      if (!blob) continue;
      const url = URL.createObjectURL(blob);
      deviceUrls.add(url);
      this.urls.push(url);
      local.set(file.url, url);
      // PDF.js gets the bytes: a `blob:` URL would need `connect-src blob:`.
      if (file.role === 'document') pdf = () => blob.arrayBuffer().then((bytes) => new Uint8Array(bytes));
    }
    if (isMedia(lesson) && local.size && !blobRefused) this.watchRefusal();
    let last = saved.session.seq;
    const session = {
      id: saved.session.id,
      next: () => {
        last = sessionSeq(last, saved.session.openedAt, Date.now());
        const seq = last;
        void update(key, (before) => {
          const kept = before?.lessons[lesson.id];
          if (!before || !kept || kept.session.id !== saved.session.id || kept.session.seq >= seq) return before;
          return { ...before, lessons: { ...before.lessons, [lesson.id]: { ...kept, session: { ...kept.session, seq } } } };
        }).catch(() => undefined);
        return seq;
      },
    };
    return { lesson: localLesson(lesson, safeUrl, (url) => local.get(url)), session, ...(pdf ? { pdf } : {}) };
  }

  private changed(key: string, record: SavedCourse | undefined): void {
    this.record = { key, value: record };
    this.stage.savedChanged(new Set(Object.keys(record?.lessons ?? {})));
  }

  /** A page whose policy has no `blob:` in `media-src`/`img-src` refuses the saved media: then they play from the network. */
  private watchRefusal(): void {
    const stop = (this.stop = new AbortController());
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        if (blobRefused || !event.blockedURI.startsWith('blob')) return;
        blobRefused = true;
        this.stage.reopen();
      },
      { signal: stop.signal },
    );
  }

  /** The server confirmed a batch: the saved copy's progress follows (a member may go offline next). */
  received(namespace: string, courseId: string): void {
    const key = savedKey(namespace, courseId);
    const progress = knownProgress(this.host.player);
    if (!progress || this.record?.key !== key || !this.record.value) return;
    void update(key, (before) => before && withProgress(before, progress, Date.now())).then(
      (value) => this.record?.key === key && (this.record = { key, value }),
      () => undefined,
    );
  }

  /** The open lesson closed: its object URLs go. */
  close(): void {
    this.stop?.abort();
    for (const url of this.urls.splice(0)) {
      URL.revokeObjectURL(url);
      deviceUrls.delete(url);
    }
  }

  /** The player left the page: saves in progress stop (what they stored goes). */
  disconnect(): void {
    this.close();
    for (const job of this.jobs) job.abort();
  }
}
