/** The months as letters write them out, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `iso` written the way `example` writes dates ("10/03/16", "10-3-2016", "October 3, 2016"),
 * so a fix keeps the letter's style; undefined for a style it does not know.
 */
export function dateLike(example: string, iso: string): string | undefined {
  const [year, month, day] = iso.split('-').map(Number);
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(example);
  if (numeric) {
    const pad = (value: number, like: string) => (like.length === 2 ? String(value).padStart(2, '0') : String(value));
    const yearText = numeric[4].length === 2 ? String(year % 100).padStart(2, '0') : String(year);
    return [pad(month, numeric[1]), pad(day, numeric[3]), yearText].join(numeric[2]);
  }
  if (/^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(example)) return `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
  return undefined;
}
