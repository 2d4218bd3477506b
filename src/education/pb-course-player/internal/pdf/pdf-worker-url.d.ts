// Vite gives the URL of the PDF.js worker file, emitted beside the chunk that imports it
// (never inlined as a data: URL, which no page's policy lets run as a worker).
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url&no-inline' {
  const url: string;
  export default url;
}
