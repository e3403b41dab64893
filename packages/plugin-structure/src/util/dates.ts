/** The outcome of reading a `YYYY-MM-DD` date. */
export type DateCheck = { ok: true; date: string } | { ok: false; reason: 'format' | 'calendar' };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Check that `text` is a real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function checkIsoDate(text: string): DateCheck {
  const m = ISO.exec(text.trim());
  if (!m) return { ok: false, reason: 'format' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  const real = mo >= 1 && mo <= 12 && d >= 1 && probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
  return real ? { ok: true, date: m[0] } : { ok: false, reason: 'calendar' };
}

/**
 * The `YYYY-MM-DD` form of a real date written year first with one-digit parts or other
 * separators (`2026-3-5`, `2026/03/05`), or undefined: a day-first or month-first date is
 * ambiguous and not rewritten.
 */
export function isoFromYearFirst(text: string): string | undefined {
  const m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[3].padStart(2, '0')}-${m[4].padStart(2, '0')}`;
  return iso !== text && checkIsoDate(iso).ok ? iso : undefined;
}

/**
 * The first word of a cell, so that `2026-03-16 (architecture review)` and
 * `2026-03-16<br>kick-off` read as their date.
 */
export function leadingToken(text: string): string {
  return (/^[^\s<]+/.exec(text.trim())?.[0] ?? '').replace(/[,;.]+$/, '');
}

/** Today's date as `YYYY-MM-DD` (UTC), or `override` when a rule option gives one. */
export function todayIso(override?: string): string {
  return override ?? new Date().toISOString().slice(0, 10);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})\b`, 'i');
const MONTH_FIRST = new RegExp(String.raw`^${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');

/**
 * A date written with its month's name (`1 October 2026`, `Oct 1, 2026`) as `YYYY-MM-DD`, or
 * undefined when `text` does not start with one (`01/10/2026` is ambiguous and is not read).
 */
export function writtenDate(text: string): string | undefined {
  const t = text.trim();
  const d = DAY_FIRST.exec(t);
  const m = d ? undefined : MONTH_FIRST.exec(t);
  const [day, month, year] = d ? [d[1], d[2], d[3]] : m ? [m[2], m[1], m[3]] : [];
  if (!day || !month || !year) return undefined;
  const iso = `${year}-${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  const check = checkIsoDate(iso);
  return check.ok ? check.date : undefined;
}
