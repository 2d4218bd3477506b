/** What a key does in the player; pure, so the table is tested without a media element. */
export type MediaCommand = 'toggle' | 'back' | 'forward' | 'louder' | 'quieter' | 'mute' | 'fullscreen' | 'captions' | 'help' | 'start' | 'end';

/** Where the key was pressed: controls with keys of their own keep them. */
export type KeyTarget = 'button' | 'seek' | 'volume' | 'select' | 'other';

const letters: Record<string, MediaCommand> = { k: 'toggle', m: 'mute', f: 'fullscreen', c: 'captions', '?': 'help' };
const arrows: Record<string, MediaCommand> = { ArrowLeft: 'back', ArrowRight: 'forward', ArrowUp: 'louder', ArrowDown: 'quieter' };

/**
 * The command for a key, or undefined to leave the key to the browser: Space activates a
 * focused button, a select and the volume slider keep their own keys, and the position
 * slider's keys (arrows, Home, End, Page Up/Down) go through the player so the seek policy
 * applies to them too.
 */
export function mediaCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, target: KeyTarget): MediaCommand | undefined {
  const { key } = event;
  if (event.ctrlKey || event.metaKey || event.altKey || target === 'select') return undefined;
  if (key === ' ') return target === 'button' ? undefined : 'toggle';
  if (key in arrows) return target === 'volume' ? undefined : arrows[key];
  if (target === 'seek') {
    if (key === 'Home') return 'start';
    if (key === 'End') return 'end';
    if (key === 'PageUp') return 'forward';
    if (key === 'PageDown') return 'back';
  }
  return letters[key.length === 1 ? key.toLowerCase() : ''];
}
