/**
 * How a calendar day is read and written. Frontmatter dates have no time, so they are read in
 * UTC. The formatter is made once per language: making one per date cost 0.6 ms a card, 0.6 s of
 * a 1,000-article build whose listings show every article's date.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "25 November 2026" (in the site's language), as readers see it. */
export function readableDate(date: Date, language: string): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(language, formatter);
  }
  return formatter.format(date);
}

/** "2026-11-25", for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** How many days a month of the Gregorian calendar has (`month` 1 to 12). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A day read from text: the date, or why the text is not a real day (when it has the shape of one). */
type CalendarDateReading = { ok: true; date: Date } | { ok: false; reason: string | undefined };

// `2026-11-25`, then optionally a time as ISO 8601 and YAML timestamps write it: `T` or spaces,
// `10:00`, `10:00:00`, `10:00:00.250`, and a zone, `Z`, `+01:00`, `+0100` or YAML's `-5`.
const datePattern =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:(?:[Tt]|[ \t]+)(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.(?<fraction>\d+))?)?(?:[ \t]*(?:[Zz]|(?<sign>[+-])(?<zoneHours>\d{1,2})(?::?(?<zoneMinutes>\d{2}))?))?)?$/;

/**
 * Reads `YYYY-MM-DD` as that day at midnight UTC, or a full ISO date-time as its instant (UTC
 * when it names no zone, as YAML reads it). A day the calendar does not have (31 February,
 * month 13) is refused, never rolled over to another day as `new Date()` does.
 */
export function readCalendarDate(text: string): CalendarDateReading {
  const parts = datePattern.exec(text.trim())?.groups;
  if (!parts) return { ok: false, reason: undefined };
  const numberAt = (name: string) => Number(parts[name] ?? 0);
  const [year, month, day] = [numberAt('year'), numberAt('month'), numberAt('day')];
  const [hour, minute, second] = [numberAt('hour'), numberAt('minute'), numberAt('second')];
  const [zoneHours, zoneMinutes] = [numberAt('zoneHours'), numberAt('zoneMinutes')];
  if (month < 1 || month > 12) return { ok: false, reason: 'months run 01 to 12' };
  if (day < 1) return { ok: false, reason: 'days start at 01' };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: 'hours run 00 to 23, minutes and seconds 00 to 59' };
  if (zoneHours > 23 || zoneMinutes > 59) return { ok: false, reason: 'a time zone is at most 23:59 from UTC' };
  // Built with setUTCFullYear, which (unlike Date.UTC) leaves years 0 to 99 as they are.
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month - 1, day);
  // The round trip: a day the month does not have comes back as another day.
  if (midnight.getUTCFullYear() !== year || midnight.getUTCMonth() !== month - 1 || midnight.getUTCDate() !== day)
    return { ok: false, reason: `${monthNames[month - 1]} ${year} has ${daysInMonth(year, month)} days` };
  const milliseconds = parts.fraction === undefined ? 0 : Math.floor(Number(`0.${parts.fraction}`) * 1000);
  const offsetMinutes = parts.sign === undefined ? 0 : (parts.sign === '-' ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  return { ok: true, date: new Date(midnight.getTime() + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + milliseconds) };
}
