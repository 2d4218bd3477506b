import { PbCoursePlayer } from '../education/pb-course-player/pb-course-player.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-course-player', PbCoursePlayer);

declare global {
  interface HTMLElementTagNameMap {
    'pb-course-player': PbCoursePlayer;
  }
}
