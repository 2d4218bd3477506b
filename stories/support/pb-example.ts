import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { expectAnswers } from '../../src/api/answers.js';
import { getCourse } from '../../src/contract/shapes/Course.gen.js';
import { Resource } from '../../src/shared/resource.js';
import { PbElement } from '../../src/shared/pb-element.js';
import type { OutboxState } from '../../src/outbox/outbox.js';
import { stateStyles, syncNote } from '../../src/shared/states.js';

// As every widget does: the backend checks the answers of the operations it calls.
expectAnswers({ getCourse });

/**
 * `<pb-example course-id>`: a minimal widget on the shared base, data controller and
 * states, showing a course's lessons. It is not part of the library: Storybook shows the
 * shared states through it, and the foundation's tests drive it.
 */
export class PbExample extends PbElement {
  static override styles = [...PbElement.styles, stateStyles, css`
    [part~='base'] {
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_c-border);
      border-radius: var(--_radius);
      background: var(--_c-surface);
    }
    h2 {
      margin: 0 0 var(--_space);
      font-size: 1.15em;
      color: var(--_c-primary-text);
    }
  `];
  @property({ attribute: 'course-id' }) courseId = '';

  /** Signals passed to the backend, to check aborts. */
  signals: AbortSignal[] = [];

  course = new Resource(this, {
    args: () => [this.courseId] as const,
    load: (backend, [id], signal) => {
      this.signals.push(signal);
      return backend.getCourse(id, { signal });
    },
    isEmpty: (course) => course.lessons.length === 0,
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

if (!customElements.get('pb-example')) customElements.define('pb-example', PbExample);

/** `<pb-example-sync>`: the note about writes waiting in the outbox, for Storybook. */
export class PbExampleSync extends PbElement {
  static override styles = [...PbElement.styles, stateStyles];
  /** The outbox state to show. */
  @property({ attribute: false }) state?: OutboxState;

  protected override render() {
    return syncNote(this.settings, this.state);
  }
}

if (!customElements.get('pb-example-sync')) customElements.define('pb-example-sync', PbExampleSync);
