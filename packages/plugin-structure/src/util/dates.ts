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
