/**
 * The chunk a page fetches when a member first opens a PDF lesson: the viewer with PDF.js
 * (measured over the core, and with the stage's strings, which the stage has already
 * brought). PDF.js's worker is a file of its own beside the chunks, not bundled here.
 */
export * from './core.js';
export { PdfViewer } from '../../src/education/pb-course-player/internal/pdf/pdf-viewer.lazy.js';
