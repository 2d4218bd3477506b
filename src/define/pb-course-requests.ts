import { PbCourseRequests } from '../education/pb-course-requests/pb-course-requests.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-course-requests', PbCourseRequests);

declare global {
  interface HTMLElementTagNameMap {
    'pb-course-requests': PbCourseRequests;
  }
}
