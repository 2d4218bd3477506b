import { PbCourseCatalog } from '../education/pb-course-catalog/pb-course-catalog.js';
import { defineElement } from '../shared/define.js';

defineElement('pb-course-catalog', PbCourseCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'pb-course-catalog': PbCourseCatalog;
  }
}
