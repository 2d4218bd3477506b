/**
 * Keeps the page's globals named in `names` as they are now: the function returned puts
 * them back. A library we load that sets globals as it runs (PDF.js sets `pdfjsLib`, its
 * worker file `pdfjsWorker`) must not replace a page's own copy of them.
 *
 * @example
 * const restore = keepGlobals(['pdfjsLib']);
 * await import('./pdf/pdf-document.js');
 * restore();
 */
export function keepGlobals(names: string[]): () => void {
  const before = names.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
  return () =>
    names.forEach((name, i) => {
      const descriptor = before[i];
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    });
}
