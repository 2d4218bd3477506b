import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { array, number, object, string } from 'valibot';
import { Resource } from '../../../src/shared/resource.js';
import { PbElement } from '../../../src/shared/pb-element.js';
import { stateStyles } from '../../../src/shared/states.js';

const courseShape = object({
  id: string(),
  title: string(),
  lessons: array(object({ id: string(), durationSeconds: number() })),
});

/**
 * A minimal widget on the shared base, Resource and states, standing in for the real
 * widgets in tests of the foundation.
 */
export class PbTestWidget extends PbElement {
  static override styles = [...PbElement.styles, stateStyles];
  @property({ attribute: 'course-id' }) courseId = '';

  /** Signals passed to the backend, to check aborts. */
  signals: AbortSignal[] = [];

  course = new Resource(this, {
    args: () => [this.courseId] as const,
    operation: 'getCourse',
    schema: courseShape,
    isEmpty: (course) => course.lessons.length === 0,
    load: (backend, [id], signal) => {
      this.signals.push(signal);
      return backend.getCourse(id, { signal });
    },
  });

  protected override render() {
    return html`<div part="base" lang=${this.settings.locale}>
      ${this.course.render({
        complete: (course) => html`<h2>${course.title}</h2>
          <ul>
            ${course.lessons.map((lesson) => html`<li>${lesson.id}</li>`)}
          </ul>`,
      })}
    </div>`;
  }
}

if (!customElements.get('pb-test-widget')) customElements.define('pb-test-widget', PbTestWidget);
