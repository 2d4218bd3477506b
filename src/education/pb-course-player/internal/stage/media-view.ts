import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Lesson } from '../../../../api/types.js';
import { formatClock, formatDuration } from '../../../../i18n/format.js';
import type { Locale } from '../../../../i18n/locale.js';
import { coreStrings } from '../../../../i18n/strings.js';
import { safeUrl } from '../../../safe-url.js';
import { icon } from '../icons.js';
import { mediaIcon } from './media-icons.js';
import { mediaCommand, type KeyTarget } from '../media-keys.js';
import { ask } from '../player-host.js';
import { rates, type Playback } from './playback.js';
import { stageStrings } from './strings/index.js';

export interface MediaViewOptions {
  locale: Locale;
  lesson: Lesson;
  playback: Playback;
  maxRate: number;
  audioOnly: boolean;
}

function keyTarget(element: Element): KeyTarget {
  if (element.localName === 'select') return 'select';
  if (element.localName === 'button') return 'button';
  return element.classList.contains('seek') ? 'seek' : element.classList.contains('volume') ? 'volume' : 'other';
}

/**
 * The media stage of a video or audio lesson: the native element (captions are its own
 * WebVTT tracks) and controls that are always visible below it, so nothing covers the
 * picture and every control is a real, labelled element within thumb reach.
 */
export function mediaView(o: MediaViewOptions): TemplateResult {
  const { playback: p, lesson, locale } = o;
  const s = stageStrings(locale);
  const media = lesson.media!;
  const video = lesson.kind === 'video' && !o.audioOnly;
  const duration = p.duration || lesson.durationSeconds || 0;
  const captions = media.captions.filter((c) => safeUrl(c.src));
  const download = safeUrl(media.src);
  const onKey = (event: KeyboardEvent) => {
    const command = mediaCommand(event, keyTarget(event.composedPath()[0] as Element));
    if (!command) return;
    event.preventDefault();
    if (command === 'help') ask(event.currentTarget!, { type: 'help' });
    else p.run(command);
  };
  const onSeek = (event: Event) => p.seek(Number((event.target as HTMLInputElement).value));
  return html`<div class="media" part="media" data-kind=${video ? 'video' : 'audio'} ?data-playing=${!p.paused} role="group" aria-label=${lesson.title} @keydown=${onKey}>
    <div class="screen">
      <video
        part="video"
        playsinline
        preload="none"
        poster=${ifDefined((video && safeUrl(media.poster)) || undefined)}
        @click=${() => p.run('toggle')}
        @dblclick=${(event: MouseEvent) => dblclick(event, p)}
      >
        ${captions.map((c) => html`<track kind="captions" src=${safeUrl(c.src)!} srclang=${c.srclang} label=${c.label} ?default=${c.default} />`)}
      </video>
      ${video ? nothing : html`<div class="listen" aria-hidden="true">${icon('audio')}</div>`}
      ${p.started || p.problem ? nothing : html`<button class="big-play" type="button" tabindex="-1" aria-hidden="true" @click=${() => p.play()}>${mediaIcon('play')}</button>`}
      ${p.problem
        ? html`<div class="problem" role="alert">
            <p>${p.problem === 'unsupported' ? s.mediaUnsupported : s.mediaBroken}</p>
            <p class="actions">
              ${p.problem === 'broken' ? html`<button class="button primary" type="button" @click=${() => p.retry()}>${coreStrings(locale).retry}</button>` : nothing}
              ${download ? html`<a class="button" href=${download} download>${icon('download')}${s.download}</a>` : nothing}
            </p>
          </div>`
        : nothing}
      <p class="toast" role="status">${p.refused ? s.noSkip : ''}</p>
    </div>
    <div class="controls" part="controls">
      <input
        class="seek"
        part="seek"
        type="range"
        min="0"
        max=${duration}
        .step=${'any'}
        .value=${String(p.time)}
        aria-label=${s.seek}
        aria-valuetext=${s.time(formatDuration(locale, p.time), formatDuration(locale, duration))}
        @input=${onSeek}
        @change=${onSeek}
      />
      <div class="buttons">
        <button class="button icon" part="play" type="button" aria-label=${p.paused ? s.play : s.pause} @click=${() => p.run('toggle')}>${mediaIcon(p.paused ? 'play' : 'pause')}</button>
        <button class="button icon" type="button" aria-label=${s.back} @click=${() => p.run('back')}>${mediaIcon('back')}</button>
        <button class="button icon" type="button" aria-label=${s.forward} @click=${() => p.run('forward')}>${mediaIcon('forward')}</button>
        <span class="time" aria-hidden="true">${s.time(formatClock(p.time), formatClock(duration))}</span>
        <span class="spacer"></span>
        <button class="button icon" type="button" aria-label=${p.muted ? s.unmute : s.mute} @click=${() => p.run('mute')}>${mediaIcon(p.muted ? 'muted' : 'volume')}</button>
        <input class="volume" type="range" min="0" max="1" step="0.05" .value=${String(p.muted ? 0 : p.volume)} aria-label=${s.volume} @input=${(e: Event) => p.setVolume(Number((e.target as HTMLInputElement).value))} />
        <select class="rate" aria-label=${s.speed} @change=${(e: Event) => p.setRate(Number((e.target as HTMLSelectElement).value))}>
          ${rates.filter((r) => r <= o.maxRate).map((r) => html`<option value=${r} ?selected=${r === p.rate}>${r}×</option>`)}
        </select>
        ${captions.length
          ? html`<select class="captions" aria-label=${s.captions} @change=${(e: Event) => p.setCaptions((e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!p.captions}>${s.captionsOff}</option>
              ${captions.map((c) => html`<option value=${c.srclang} ?selected=${p.captions === c.srclang}>${c.label}</option>`)}
            </select>`
          : nothing}
        ${media.audioOnlySrc && safeUrl(media.audioOnlySrc)
          ? html`<button class="button audio-only" type="button" aria-pressed=${o.audioOnly ? 'true' : 'false'} title=${s.audioOnlyHint} @click=${(event: Event) => ask(event.currentTarget!, { type: 'audio-only', on: !o.audioOnly })}>
              ${icon('audio')}<span>${s.audioOnly}</span>
            </button>`
          : nothing}
        ${video && document.pictureInPictureEnabled
          ? html`<button class="button icon" type="button" aria-label=${s.pip} aria-pressed=${p.pip ? 'true' : 'false'} @click=${() => p.togglePip()}>${mediaIcon('pip')}</button>`
          : nothing}
        ${video
          ? html`<button class="button icon" type="button" aria-label=${p.fullscreen ? s.exitFullscreen : s.fullscreen} @click=${() => p.toggleFullscreen()}>
              ${mediaIcon(p.fullscreen ? 'exitFull' : 'full')}
            </button>`
          : nothing}
        <button class="button icon keys-help" type="button" aria-label=${s.keys} aria-haspopup="dialog" @click=${(event: Event) => ask(event.currentTarget!, { type: 'help' })}>${mediaIcon('help')}</button>
      </div>
    </div>
  </div>`;
}

/** Double click: the left third goes back, the right third forward (as on phones), the middle is full screen. */
function dblclick(event: MouseEvent, p: Playback): void {
  const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
  const x = (event.clientX - box.left) / box.width;
  p.run(x < 1 / 3 ? 'back' : x > 2 / 3 ? 'forward' : 'fullscreen');
}
