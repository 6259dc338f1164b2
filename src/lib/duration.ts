/**
 * A course's length in words and in the ISO 8601 form that schema.org reads.
 */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Minutes as people say them: hours and minutes, each left out when it is zero.
 * @example formatDuration(210) // '3 hours 30 minutes'
 */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours && plural(hours, 'hour'), (rest || !hours) && plural(rest, 'minute')].filter(Boolean).join(' ');
}

/**
 * Minutes as an ISO 8601 duration.
 * @example toIsoDuration(90) // 'PT1H30M'
 */
export function toIsoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}
