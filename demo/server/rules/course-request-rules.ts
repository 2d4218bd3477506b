/**
 * Course requests (点单): which status changes the branch may make, which requests take
 * voices, and how close two titles are. Pure.
 */
export const REQUEST_STATUSES = ['received', 'planned', 'available', 'declined', 'merged'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * Allowed moves. `planned → planned` is a new date; available, declined and merged are
 * final (a declined need asked again is a new request, which the similarity check finds).
 */
const TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  received: ['planned', 'available', 'declined', 'merged'],
  planned: ['planned', 'available', 'declined', 'merged'],
  available: [],
  declined: [],
  merged: [],
};

export function canMove(from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Voices are added and withdrawn only while the branch has not answered for good. */
export function takesVoices(status: RequestStatus): boolean {
  return status === 'received' || status === 'planned';
}

/** A request others may be merged into: not declined, not itself merged away. */
export function canReceiveMerge(status: RequestStatus): boolean {
  return status === 'received' || status === 'planned' || status === 'available';
}

/** Listing order: open requests first, then those answered. */
export const STATUS_ORDER: Record<RequestStatus, number> = { received: 0, planned: 0, available: 1, declined: 2, merged: 3 };

/** Titles at least this similar are offered as near duplicates. */
export const SIMILARITY_THRESHOLD = 0.5;

/**
 * The title as compared: NFKC (full-width letters and digits become ASCII), lower case,
 * without spaces and punctuation, so 《党史》学习 and 党史 学习 are the same text.
 */
export function normalizeTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** The set of adjacent character pairs; a one-character text is its own "pair". */
export function bigrams(text: string): Set<string> {
  const chars = [...normalizeTitle(text)];
  if (chars.length === 1) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

function sharedBigrams(a: string, b: string): { shared: number; x: number; y: number } {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared += 1;
  return { shared, x: x.size, y: y.size };
}

/**
 * How close two titles are, 0–1: the bigrams they share ÷ the bigrams of the shorter one
 * (overlap coefficient), so a short title inside a longer one scores high (智能手机使用 ~
 * 智能手机常用功能培训: 3 of 5, 0.6). Sharing a single bigram (培训, 党员) is chance, not a
 * duplicate: at least two must be shared, unless the shorter title has only one. Bigrams
 * need no word segmentation, so this works for Chinese as for English.
 */
export function titleSimilarity(a: string, b: string): number {
  const { shared, x, y } = sharedBigrams(a, b);
  const shorter = Math.min(x, y);
  if (shorter === 0 || shared < Math.min(2, shorter)) return 0;
  return Math.round((shared / shorter) * 100) / 100;
}

/** Dice coefficient of the bigrams: ranks equally close titles by how alike their lengths are. */
export function titleDice(a: string, b: string): number {
  const { shared, x, y } = sharedBigrams(a, b);
  return x + y ? (2 * shared) / (x + y) : 0;
}
