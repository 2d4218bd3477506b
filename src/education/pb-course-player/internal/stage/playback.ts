import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaCommand } from '../media-keys.js';
import { heldBack, seekTo } from './study-machine.js';

export type MediaProblem = 'broken' | 'unsupported';

export interface PlaybackOptions {
  src: string;
  type: string;
  /** Where to start once the member presses play. */
  resumeAt: number;
  /** The furthest point the member may seek to under `watched` (the tracker knows it). */
  furthest: () => number;
  allowSeek: 'free' | 'watched';
  maxRate: number;
  pauseWhenHidden: boolean;
  /** The lesson's length before the file's own is known (`preload="none"`). */
  duration: number;
  /** What goes full screen: the video with its controls. */
  frame: HTMLElement;
}

export const rates = [0.75, 1, 1.25, 1.5, 2];
const hlsTypes = /mpegurl/i;

/** Whether a source is an HLS playlist (by MIME type or `.m3u8`). */
export const isHls = (src: string, type: string) => hlsTypes.test(type) || /\.m3u8(\?|#|$)/i.test(src);

/**
 * The media element of the open lesson, and the rules that hold at the element itself,
 * so they hold whatever moves the playhead (the custom controls, native gestures, keys,
 * a script setting `currentTime` from the console): a seek past the furthest point
 * watched is put back under the `watched` policy, a playback rate above the course's cap
 * is brought down, and playback pauses when the tab is hidden if the policy says so.
 * State for rendering is read from the element on each event ("state down").
 *
 * @example
 * playback.attach(video, { src, type, resumeAt, furthest: () => tracker.furthest, … });
 * html`<button @click=${() => playback.run('toggle')}>`;
 */
export class Playback implements ReactiveController {
  media: HTMLMediaElement | undefined;
  paused = true;
  started = false;
  waiting = false;
  time = 0;
  duration = 0;
  volume = 1;
  muted = false;
  rate = 1;
  /** `srclang` of the captions showing; empty when none. */
  captions = '';
  fullscreen = false;
  pip = false;
  problem: MediaProblem | undefined;
  /** Set for a moment after a seek ahead was refused, to tell the member why. */
  refused = false;

  private options: PlaybackOptions | undefined;
  private hls: { destroy(): void; startLoad(at?: number): void } | undefined;
  private stop: AbortController | undefined;
  private lastCaptions = '';
  private refusedTimer: ReturnType<typeof setTimeout> | undefined;
  private wantsPlay = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Takes over a new media element; nothing is downloaded until the member presses play. */
  attach(media: HTMLMediaElement, options: PlaybackOptions): void {
    this.detach();
    this.media = media;
    this.options = options;
    Object.assign(this, { paused: true, started: false, waiting: false, time: options.resumeAt, duration: options.duration, problem: undefined, refused: false });
    this.stop = new AbortController();
    const on = (target: EventTarget, type: string, listener: () => void) => target.addEventListener(type, listener, { signal: this.stop!.signal });
    for (const type of ['play', 'pause', 'playing', 'waiting', 'timeupdate', 'durationchange', 'volumechange', 'ended', 'seeked']) {
      on(media, type, () => this.read());
    }
    on(media, 'seeking', () => this.guardSeek());
    on(media, 'timeupdate', () => this.guardSeek());
    on(media, 'ratechange', () => this.guardRate());
    on(media, 'loadedmetadata', () => this.resume());
    on(media, 'error', () => this.fail(media.error?.code === 4 && !this.canPlay() ? 'unsupported' : 'broken'));
    on(media.textTracks, 'change', () => this.read());
    on(media, 'enterpictureinpicture', () => this.read());
    on(media, 'leavepictureinpicture', () => this.read());
    on(document, 'fullscreenchange', () => this.read());
    on(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden' && this.options?.pauseWhenHidden) media.pause();
    });
    media.preload = 'none';
    void this.load(options.src, options.type);
    this.read();
    if (this.wantsPlay) this.play();
    this.wantsPlay = false;
  }

  detach(): void {
    this.stop?.abort();
    this.hls?.destroy();
    this.hls = undefined;
    clearTimeout(this.refusedTimer);
    if (this.media && !this.media.paused) this.media.pause();
    this.media = undefined;
  }

  private canPlay(): boolean {
    const { src, type } = this.options!;
    return isHls(src, type) || !type || this.media!.canPlayType(type) !== '';
  }

  private async load(src: string, type: string): Promise<void> {
    const media = this.media!;
    if (isHls(src, type)) {
      // hls.js only where the browser has Media Source Extensions; native HLS elsewhere (iOS).
      if ('MediaSource' in globalThis || 'ManagedMediaSource' in globalThis) {
        try {
          const { attachHls } = await import('./hls.lazy.js');
          if (this.media !== media) return;
          this.hls = attachHls(media, src, () => this.fail('broken'));
          if (this.started) this.hls.startLoad(this.options!.resumeAt);
        } catch {
          this.fail('broken');
        }
        return;
      }
      if (!media.canPlayType('application/vnd.apple.mpegurl')) return this.fail('unsupported');
    } else if (!this.canPlay()) {
      return this.fail('unsupported');
    }
    media.src = src;
  }

  /** Another rendition of the same lesson (audio only), at the same point, playing if it was. */
  switchSource(src: string, type: string): void {
    const media = this.media;
    if (!media || !this.options) return;
    const wasPlaying = !media.paused;
    this.options = { ...this.options, src, type, resumeAt: media.currentTime };
    this.hls?.destroy();
    this.hls = undefined;
    this.problem = undefined;
    media.preload = this.started ? 'auto' : 'none';
    void this.load(src, type).then(() => wasPlaying && this.media === media && this.play());
  }

  private resume(): void {
    const media = this.media!;
    const at = this.options!.resumeAt;
    if (at > 0 && Math.abs(media.currentTime - at) > 0.5) media.currentTime = at;
    this.read();
  }

  /** The rule at the element: nothing moves the playhead past what may be watched. */
  private guardSeek(): void {
    const media = this.media;
    const options = this.options;
    if (!media || !options) return;
    const back = heldBack(media.currentTime, options.furthest(), media.seeking, options.allowSeek);
    if (back !== undefined) {
      media.currentTime = back;
      this.refuse();
    }
  }

  private guardRate(): void {
    const media = this.media!;
    const cap = this.options!.maxRate;
    if (media.playbackRate > cap) media.playbackRate = cap;
    if (media.defaultPlaybackRate > cap) media.defaultPlaybackRate = cap;
    this.read();
  }

  private refuse(): void {
    this.refused = true;
    clearTimeout(this.refusedTimer);
    this.refusedTimer = setTimeout(() => ((this.refused = false), this.host.requestUpdate()), 4000);
    this.host.requestUpdate();
  }

  private fail(problem: MediaProblem): void {
    this.problem = problem;
    this.host.requestUpdate();
  }

  private read(): void {
    const media = this.media;
    if (!media) return;
    this.paused = media.paused;
    this.waiting = !media.paused && media.readyState < 3;
    if (this.started || media.currentTime > 0) this.time = media.currentTime;
    if (Number.isFinite(media.duration) && media.duration > 0) this.duration = media.duration;
    this.volume = media.volume;
    this.muted = media.muted;
    this.rate = media.playbackRate;
    this.captions = [...media.textTracks].find((track) => track.mode === 'showing')?.language ?? '';
    if (this.captions) this.lastCaptions = this.captions;
    const root = this.options?.frame.getRootNode() as ShadowRoot | undefined;
    this.fullscreen = !!root?.fullscreenElement && root.fullscreenElement === this.options?.frame;
    this.pip = !!root?.pictureInPictureElement && root.pictureInPictureElement === media;
    this.host.requestUpdate();
  }

  /** Starts playback, loading the media the first time. Autoplay refusals are ignored. */
  play(): void {
    const media = this.media;
    // Pressed while the lesson is still being set up: play as soon as it is.
    if (!media) return void (this.wantsPlay = true);
    if (!this.started) {
      this.started = true;
      media.preload = 'auto';
      this.hls?.startLoad(this.options!.resumeAt);
    }
    void media.play().catch(() => this.read());
  }

  /** Moves the playhead, within what the policy allows. */
  seek(target: number): void {
    const media = this.media;
    const options = this.options;
    if (!media || !options) return;
    const { to, refused } = seekTo(target, options.furthest(), options.allowSeek, this.duration || Infinity);
    if (refused) this.refuse();
    if (!this.started) {
      // Not loaded yet: remember where to start.
      options.resumeAt = to;
      this.time = to;
      this.host.requestUpdate();
      return;
    }
    media.currentTime = to;
  }

  setRate(rate: number): void {
    if (this.media) this.media.playbackRate = this.media.defaultPlaybackRate = Math.min(rate, this.options!.maxRate);
  }

  setVolume(volume: number): void {
    if (!this.media) return;
    this.media.volume = Math.min(1, Math.max(0, volume));
    this.media.muted = false;
  }

  setCaptions(language: string): void {
    for (const track of this.media?.textTracks ?? []) track.mode = track.language === language ? 'showing' : 'disabled';
  }

  /** Loads the file again after a failure, at the same point. */
  retry(): void {
    if (!this.media || !this.options) return;
    this.options.resumeAt = this.time;
    this.problem = undefined;
    // Setting the source again loads it again; playing resumes if it was.
    this.switchSource(this.options.src, this.options.type);
    if (this.started) this.play();
  }

  /** Runs a command from a key or a button. */
  run(command: MediaCommand): void {
    const media = this.media;
    if (!media) return command === 'toggle' ? this.play() : undefined;
    switch (command) {
      case 'toggle':
        return media.paused ? this.play() : media.pause();
      case 'back':
        return this.seek(this.time - 10);
      case 'forward':
        return this.seek(this.time + 10);
      case 'start':
        return this.seek(0);
      case 'end':
        return this.seek(this.options?.allowSeek === 'watched' ? this.options.furthest() : this.duration);
      case 'louder':
        return this.setVolume(media.volume + 0.1);
      case 'quieter':
        return this.setVolume(media.volume - 0.1);
      case 'mute':
        media.muted = !media.muted;
        return;
      case 'captions':
        return this.setCaptions(this.captions ? '' : this.lastCaptions || media.textTracks[0]?.language || '');
      case 'fullscreen':
        return this.toggleFullscreen();
      case 'help':
        return;
    }
  }

  toggleFullscreen(): void {
    const frame = this.options?.frame;
    if (!frame) return;
    if (this.fullscreen) void document.exitFullscreen().catch(() => undefined);
    else if (frame.requestFullscreen) void frame.requestFullscreen().catch(() => undefined);
    // iPhone Safari has full screen for the video element only.
    else (this.media as HTMLVideoElement & { webkitEnterFullscreen?: () => void }).webkitEnterFullscreen?.();
  }

  togglePip(): void {
    const video = this.media as HTMLVideoElement;
    if (this.pip) void document.exitPictureInPicture().catch(() => undefined);
    else void video.requestPictureInPicture?.().catch(() => undefined);
  }
}
