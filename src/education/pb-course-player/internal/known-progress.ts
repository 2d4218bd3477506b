import type { CourseProgress } from '../../../api/types.js';
import type { PlayerState } from './player-machine.js';

/** The member's progress as this page knows it: the server's answer, with the receipts since (for the stage and the saving code). */
export function knownProgress(state: PlayerState): CourseProgress | undefined {
  return state.seen && { ...state.seen, ...state.summary, lessons: [...state.confirmed.values()] };
}
