import { check, expected } from '../data-shape.js';

/** `within(2, 10, true)`: a whole number from 2 to 10; `within(0)`: a number from 0. */
export const within = (min: number, max = Infinity, integer = false) =>
  check<number>((value, path) =>
    typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value))
      ? null
      : expected(path, `${integer ? 'an integer' : 'a number'} from ${min}${max < Infinity ? ` to ${max}` : ''}`, value),
  );
