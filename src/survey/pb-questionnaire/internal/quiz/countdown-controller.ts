import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { crossedMilestone, hasExpired, remainingMs } from '../countdown.js';

/**
 * Counts down to a timed attempt's deadline on the server-corrected clock, updating the
 * host once a second (on the second, so the display never skips), announcing the
 * milestones, and calling `onExpire` once when time is up. Stops when the host leaves
 * the page; starts again where the deadline says when it returns.
 */
export class CountdownController implements ReactiveController {
  /** Milliseconds left; undefined when no timer runs. */
  remaining: number | undefined;

  private deadline: string | undefined;
  private skewMs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private expired = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly events: { onExpire: () => void; onMilestone: (minutes: number) => void },
    private readonly now: () => number = Date.now,
  ) {
    host.addController(this);
  }

  start(deadline: string, skewMs: number): void {
    this.deadline = deadline;
    this.skewMs = skewMs;
    this.expired = false;
    this.remaining = undefined;
    this.tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.deadline = undefined;
    this.remaining = undefined;
  }

  hostConnected(): void {
    if (this.deadline) this.tick();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private tick(): void {
    clearTimeout(this.timer);
    if (!this.deadline) return;
    const left = remainingMs(this.deadline, this.now(), this.skewMs);
    const milestone = this.remaining === undefined ? undefined : crossedMilestone(this.remaining, left);
    this.remaining = left;
    this.host.requestUpdate();
    if (milestone !== undefined) this.events.onMilestone(milestone);
    if (hasExpired(left)) {
      if (!this.expired) {
        this.expired = true;
        this.events.onExpire();
      }
      return;
    }
    // Wake just after the next whole second of the display.
    const untilNext = ((left % 1000) + 1000) % 1000 || 1000;
    this.timer = setTimeout(() => this.tick(), Math.min(untilNext + 5, 1000));
  }
}
