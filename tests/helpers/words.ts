/**
 * A number written in letters only (its base-26 digits as a–z), so a word made with it stays one
 * word to Postgres full-text search.
 */
export const letters = (n: number) =>
  n
    .toString(26)
    .split('')
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 26)))
    .join('')
