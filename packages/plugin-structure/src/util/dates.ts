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
