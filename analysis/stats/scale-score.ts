export interface ScaleScoreOptions {
  /** The lowest answer value of the items (e.g. 1 on a 1-5 scale). */
  min: number;
  /** The highest answer value of the items (e.g. 5 on a 1-5 scale). */
  max: number;
  /** How many items must be answered for a score; fewer gives null. An integer >= 1. */
  minAnswered: number;
  /** Per item, true when a high answer means a low score (reverse-coded item). Default: none. */
  reversed?: readonly boolean[];
}

/**
 * A respondent's score on a scale of items, from 0 to 100: each answered item is rescaled to
 * 0-100 as 100 · (value − min)/(max − min) (or 100 minus that for a reversed item), and the
 * score is the mean of the rescaled answered items. Missing items (`null` or `undefined`) are
 * skipped, which amounts to imputing the respondent's own mean on the answered items (person-mean
 * imputation, usual for scale scores when at least half or so of the items are answered).
 *
 * Use it to turn a set of Likert items into one indicator per respondent, comparable across
 * scales with different answer ranges; check the scale's consistency with
 * {@link cronbachAlpha} first.
 *
 * **Edges.** Fewer answered items than `minAnswered` gives null (so does an empty item list).
 * All items at `min` gives 0, all at `max` gives 100 (or the reverse for reversed items).
 *
 * Cost: O(k) for k items.
 *
 * @param itemValues the respondent's answers, `null` where not answered
 * @param options `{ min, max, minAnswered, reversed? }`
 * @returns the score in [0, 100], or null when too few items were answered
 * @throws {RangeError} "scaleScore requires finite min < max"
 * @throws {RangeError} "scaleScore requires an integer minAnswered >= 1"
 * @throws {RangeError} "scaleScore requires reversed to have one entry per item"
 * @throws {RangeError} "scaleScore requires every answer to lie between min and max" (also NaN)
 * @example
 * scaleScore([4, 5, null, 2], { min: 1, max: 5, minAnswered: 2, reversed: [false, false, false, true] });
 * // => (75 + 100 + 75) / 3 = 83.333...
 * scaleScore([null, null, 3], { min: 1, max: 5, minAnswered: 2 }); // => null
 */
export function scaleScore(
  itemValues: readonly (number | null | undefined)[],
  options: ScaleScoreOptions,
): number | null {
  const { min, max, minAnswered, reversed } = options;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min < max)) {
    throw new RangeError('scaleScore requires finite min < max');
  }
  if (!(Number.isInteger(minAnswered) && minAnswered >= 1)) {
    throw new RangeError('scaleScore requires an integer minAnswered >= 1');
  }
  if (reversed !== undefined && reversed.length !== itemValues.length) {
    throw new RangeError('scaleScore requires reversed to have one entry per item');
  }

  let answered = 0;
  let total = 0;
  // A plain loop: analysis scores every respondent of a wave (a million), where a callback per item shows.
  for (let index = 0; index < itemValues.length; index++) {
    const value = itemValues[index];
    if (value === null || value === undefined) continue;
    if (!(value >= min && value <= max)) {
      throw new RangeError('scaleScore requires every answer to lie between min and max');
    }
    const rescaled = (100 * (value - min)) / (max - min);
    total += reversed?.[index] ? 100 - rescaled : rescaled;
    answered++;
  }
  return answered >= minAnswered ? total / answered : null;
}
