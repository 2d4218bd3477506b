import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells when a member has seen a changed request: its row (`[data-unread]`, with the id
 * in `data-id`) half on screen while the page is visible (a tab opened in the background
 * waits until it is shown). Rows seen together are reported together a moment later, so
 * scrolling past several sends one mark. The row keeps its "news" mark until the list
 * loads again: the member sees what changed, the next visit does not.
 *
 * @example
 * private seen = new SeenWatch(this, (ids) => this.writes.markSeen(rowsWith(ids)));
 */
export class SeenWatch implements ReactiveController {
  private observer: IntersectionObserver | undefined;
  private watched = new WeakSet<Element>();
  private readonly seen = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onVisible = () => this.later();

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly report: (ids: string[]) => void,
    private readonly delayMs = 600,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisible);
  }

  hostUpdated(): void {
    this.observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          this.seen.add((entry.target as HTMLElement).dataset['id']!);
          this.observer?.unobserve(entry.target);
        }
        this.later();
      },
      { threshold: 0.5 },
    );
    for (const row of this.host.renderRoot.querySelectorAll('[data-unread]')) {
      if (this.watched.has(row)) continue;
      this.watched.add(row);
      this.observer.observe(row);
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisible);
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.observer = undefined;
    this.watched = new WeakSet();
  }

  private later(): void {
    clearTimeout(this.timer);
    if (this.seen.size && document.visibilityState === 'visible') this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  private flush(): void {
    const ids = [...this.seen];
    this.seen.clear();
    if (ids.length) this.report(ids);
  }
}
