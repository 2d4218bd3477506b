/**
 * HLS playback through hls.js, in its own module so the bundle loads it (the light build:
 * captions come from the lesson's WebVTT tracks) only when an `.m3u8` lesson is opened.
 */
import Hls from 'hls.js/light';

export interface HlsHandle {
  destroy(): void;
  startLoad(at?: number): void;
}

/**
 * Plays `src` in `media`. Loading starts with `startLoad()` (the member pressed play), so
 * `preload="none"` holds for HLS too. `onFatal` is called when playback cannot recover.
 */
export function attachHls(media: HTMLMediaElement, src: string, onFatal: () => void): HlsHandle {
  const hls = new Hls({ autoStartLoad: false, capLevelToPlayerSize: true });
  hls.on(Hls.Events.ERROR, (_event, data) => {
    if (!data.fatal) return;
    // A network or media hiccup is worth one recovery; anything else ends playback.
    if (data.type === Hls.ErrorTypes.MEDIA_ERROR) hls.recoverMediaError();
    else {
      hls.destroy();
      onFatal();
    }
  });
  hls.loadSource(src);
  hls.attachMedia(media);
  return {
    destroy: () => hls.destroy(),
    startLoad: (at) => hls.startLoad(at && at > 0 ? at : -1),
  };
}
