import { NetworkError, ProblemError, StorageError, isAbort } from '../../../../api/errors.js';
import type { LessonFile, SavedFile } from './offline-rules.js';
import { FILES_CACHE } from '../saved-courses.js';

/**
 * A lesson's files in Cache Storage, under their own URLs: measured, downloaded with
 * progress, read back as blobs, deleted. Cache Storage rather than IndexedDB because a
 * response is stored as it streams in, never held whole in memory (a lesson's video can be
 * hundreds of megabytes on a phone), and because a site's own service worker finds the
 * files with `caches.match(request)` and can serve them to a page opened offline.
 *
 * The files are fetched as the media element would fetch them: same-origin files with the
 * page's cookies; files on another origin need CORS (`Access-Control-Allow-Origin`),
 * as the PDF viewer already needs for documents.
 */

/** True for the browser refusing a write because the site's storage is full. */
export const isStorageFull = (error: unknown): boolean =>
  error instanceof StorageError ? isStorageFull(error.cause) : error instanceof DOMException && error.name === 'QuotaExceededError';

const full = (cause: unknown) => new StorageError("the browser's storage is full, so the lesson was not saved", { cause });

async function request(url: string, method: 'GET' | 'HEAD', signal: AbortSignal): Promise<Response> {
  const endpoint = `${method} ${url}`;
  let response: Response;
  try {
    response = await fetch(url, { method, signal });
  } catch (error) {
    // Offline, or a file on another origin without CORS: the browser says no more than that.
    throw isAbort(error) ? error : new NetworkError(endpoint, { cause: error });
  }
  // A server without HEAD (405, 501) only cannot say the size.
  if (!response.ok && !(method === 'HEAD' && (response.status === 405 || response.status === 501))) {
    throw Object.assign(new ProblemError({ status: response.status, title: response.statusText || 'File unavailable' }), { endpoint });
  }
  return response;
}

/** Each file with its size: as the course gives it (materials), else as the server says (`HEAD`), else unknown. */
export function measureFiles(files: readonly LessonFile[], signal: AbortSignal): Promise<LessonFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (file.bytes !== undefined) return file;
      const response = await request(file.url, 'HEAD', signal);
      const length = Number(response.headers.get('content-length'));
      return { ...file, bytes: response.ok && length > 0 ? length : undefined };
    }),
  );
}

/**
 * Downloads `file` into `cache`, telling `progress` each chunk's bytes as it arrives.
 * Rejects with a `StorageError` when storage is full, a `NetworkError` when the
 * connection drops, a `ProblemError` when the server refuses the file.
 */
export async function downloadFile(cache: Cache, file: LessonFile, signal: AbortSignal, progress: (bytes: number) => void): Promise<SavedFile> {
  const response = await request(file.url, 'GET', signal);
  let bytes = 0;
  const counted = response.body!.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        progress(chunk.byteLength);
        controller.enqueue(chunk);
      },
    }),
  );
  try {
    await cache.put(file.url, new Response(counted, { headers: { 'content-type': response.headers.get('content-type') ?? '' } }));
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw isStorageFull(error) ? full(error) : new NetworkError(`GET ${file.url}`, { cause: error });
  }
  return { url: file.url, role: file.role, bytes };
}

/** The cache of saved files; a `StorageError` where the browser refuses it (private mode). */
export async function filesCache(): Promise<Cache> {
  try {
    return await caches.open(FILES_CACHE);
  } catch (error) {
    throw isStorageFull(error) ? full(error) : new StorageError(`saved lessons cannot be kept (${String(error)})`, { cause: error });
  }
}

/** A saved file as a blob, or undefined when it is not there (the browser cleared it). */
export async function readFile(cache: Cache, url: string): Promise<Blob | undefined> {
  return (await cache.match(url))?.blob();
}

/** Deletes saved files (errors ignored: a file left behind is found by URL and overwritten next time). */
export async function deleteFiles(urls: readonly string[]): Promise<void> {
  const cache = await filesCache().catch(() => undefined);
  await Promise.all(urls.map((url) => cache?.delete(url).catch(() => false)));
}
