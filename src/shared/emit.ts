/** The names of the library's events: each declared in `GlobalEventHandlersEventMap` beside its element. */
export type PbEventName = Extract<keyof GlobalEventHandlersEventMap, `pb-${string}`>;

/** The `detail` of a `pb-*` event, as its declaration says. */
export type PbEventDetail<K extends PbEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires one of the library's events from `target` (an element, or the element a controller
 * serves): bubbling and composed, so it leaves the shadow root and reaches the page, with
 * the detail its declaration gives. Returns false when a listener cancelled a cancelable one.
 *
 * @example
 * declare global {
 *   interface GlobalEventHandlersEventMap {
 *     'pb-course-select': CustomEvent<PbCourseSelectDetail>;
 *   }
 * }
 * if (!emit(this, 'pb-course-select', { courseId }, { cancelable: true })) event.preventDefault();
 */
export function emit<K extends PbEventName>(target: EventTarget, name: K, detail: PbEventDetail<K>, init?: { cancelable?: boolean }): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, ...init }));
}
