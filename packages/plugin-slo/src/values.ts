/**
 * Parsers for the values that observability and performance tables hold, written the many
 * ways teams write them: percentages (`99.9%`, `99.90 %`), durations and windows (`30d`,
 * `30 days`, `4w`, `28-day rolling`, `monthly`), latency targets with a percentile and a
 * comparator (`p95 < 0.2s`, `p99 ≤ 1 s`, `< 2 s p99`, `95% of requests < 300ms`) and burn-rate
 * thresholds (`2x burn rate for 1h window`, `14.4×/1h`, `14.4x over 1h and 5m`). Every parser
 * returns where in the text the value is, so that a rule can point at it or fix it; none throws.
 */

/** A number as written, and where it is in the text it was read from. */
export interface WrittenNumber {
  value: number;
  /** Digits after the decimal point, as written (`99.90` has 2). */
  decimals: number;
  /** Offset of the number in the text. */
  index: number;
  /** Length of the number as written (`99.90` is 5). */
  length: number;
}

/** A percentage: `99.9%`, `99.90 %`, `99.9 percent`. */
export interface Percent extends WrittenNumber {
  /** True when `of` follows (`95% of requests`): a share of events, not a free-standing value. */
  ofEvents: boolean;
  /** Length of the percentage with its sign (`99.9 %` is 6). */
  fullLength: number;
}

/** A duration: `200ms`, `0.2 s`, `30d`, `30 days`, `4w`, `28-day`, `an hour`. */
export interface Duration {
  ms: number;
  /** The number as written (`1` for `an hour`). */
  num: WrittenNumber;
  /** The unit as written: `ms`, `min`, `days`. */
  unit: string;
  /** Milliseconds in one `unit`. */
  unitMs: number;
  index: number;
  length: number;
}

/** How a threshold compares: an upper bound (`<`, `≤`, `under`), a lower bound, or equality. */
export type Comparator = '<' | '<=' | '>' | '>=' | '=';

/** A latency (or any duration) threshold with its percentile, if the text gives one. */
export interface Latency {
  /** 95 for `p95`, `95th percentile` or `95% of requests`; 50 for `median`. */
  percentile?: number;
  comparator?: Comparator;
  duration: Duration;
  ms: number;
}

/** A burn-rate threshold: the factor and the alert windows that follow it. */
export interface BurnRate {
  /** The factor (`14.4` of `14.4x`); for a `2% of budget in 1h` threshold, see `consumedPercent`. */
  factor?: number;
  /** The share of the error budget spent in the window (`2% of budget in 1h`), when written so. */
  consumedPercent?: number;
  /** The alert windows in milliseconds, as written (`1h and 5m` gives two). */
  windows: number[];
  /** The windows as written (`1h`, `5m`). */
  windowTexts: string[];
  index: number;
  length: number;
  text: string;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Duration units, longest spelling first; single letters are lower case only (`1M records` is not a month). */
const UNITS: Array<[string, number]> = [
  ['nanoseconds?|nsecs?|ns', 1e-6],
  ['microseconds?|µs|μs|us', 1e-3],
  ['milliseconds?|millis|msecs?|ms', 1],
  ['seconds?|secs?|s', 1000],
  ['minutes?|mins?|m', MINUTE],
  ['hours?|hrs?|h', HOUR],
  ['days?|d', DAY],
  ['weeks?|wks?|w', 7 * DAY],
  ['months?|mos?', 30 * DAY],
  ['quarters?|q', 90 * DAY],
  ['years?|yrs?|y', 365 * DAY],
];

const UNIT_SOURCE = UNITS.map(([u]) => u).join('|');
// A number, an optional dash (`28-day`) and a unit that is not the start of a longer word.
const DURATION = new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s*-?\s*(${UNIT_SOURCE})(?![\p{L}\d])`, 'giu');
const SPELLED = new RegExp(String.raw`\b(an?|one)\s+(hour|day|week|month|quarter|year|minute)\b`, 'gi');
const ADVERBS: Record<string, number> = { hourly: HOUR, daily: DAY, weekly: 7 * DAY, monthly: 30 * DAY, quarterly: 90 * DAY, yearly: 365 * DAY, annually: 365 * DAY };

function writtenNumber(text: string, index: number): WrittenNumber {
  const clean = text.replace(/,/g, '');
  const dot = clean.indexOf('.');
  return { value: Number(clean), decimals: dot < 0 ? 0 : clean.length - dot - 1, index, length: text.length };
}

function unitMsOf(unit: string): number | undefined {
  // Single-letter units are case-sensitive (lower case); words are not.
  const u = unit.length === 1 ? unit : unit.toLowerCase();
  for (const [pattern, ms] of UNITS) if (new RegExp(`^(?:${pattern})$`).test(u)) return ms;
  return undefined;
}

/** Every percentage in the text, in order. */
export function parsePercents(text: string): Percent[] {
  const out: Percent[] = [];
  const re = /(?<![\w.,])(\d+(?:[.,]\d+)?)(\s*(?:%|percent\b|pct\b))(\s+of\b)?/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = writtenNumber(m[1].replace(',', '.'), m.index);
    out.push({ ...n, length: m[1].length, ofEvents: !!m[3], fullLength: m[1].length + m[2].length });
  }
  return out;
}

/** The first percentage in the text. */
export function parsePercent(text: string): Percent | undefined {
  return parsePercents(text)[0];
}

/** Every duration in the text, in order: `200ms`, `0.2 s`, `30d`, `30 days`, `28-day`, `an hour`. */
export function parseDurations(text: string): Duration[] {
  const out: Duration[] = [];
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    const unitMs = unitMsOf(m[2]);
    if (unitMs === undefined) continue;
    const num = writtenNumber(m[1], m.index);
    out.push({ ms: num.value * unitMs, num, unit: m[2], unitMs, index: m.index, length: m[0].length });
  }
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    const unitMs = unitMsOf(m[2])!;
    out.push({ ms: unitMs, num: { value: 1, decimals: 0, index: m.index, length: m[1].length }, unit: m[2], unitMs, index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The first duration in the text. */
export function parseDuration(text: string): Duration | undefined {
  return parseDurations(text)[0];
}

const WINDOW_BEFORE = /(?:\b(?:over|per|in|across|within|every|during|window(?: of)?)|\/)\s*(?:the\s+|a\s+)?(?:last\s+|rolling\s+|trailing\s+)?$/i;
const WINDOW_AFTER = /^\s*(?:rolling|window|period|trailing|compliance)\b/i;

/**
 * The window of an SLO or error budget: the duration that a window word introduces or
 * follows (`over 30d rolling`, `28-day rolling`, `/ 30 days`), else a period word (`monthly`,
 * `per calendar month`, `/month`), else the longest duration of a day or more (`30d`).
 */
export function parseWindow(text: string): number | undefined {
  return windowDuration(text)?.ms ?? periodWord(text) ?? longest(parseDurations(text).filter((d) => d.ms >= DAY))?.ms;
}

/** The duration that a window word introduces or follows (`over 30d`, `28-day rolling`, `/ 4w`). */
export function windowDuration(text: string): Duration | undefined {
  return longest(parseDurations(text).filter((d) => isWindowMarked(text, d)));
}

function longest(ds: Duration[]): Duration | undefined {
  return ds.reduce<Duration | undefined>((best, d) => (!best || d.ms > best.ms ? d : best), undefined);
}

/**
 * An error budget written as time: the time (`43.2 min`) and the window it is spent over
 * (`/ 30d`, `per month`, `over 4 weeks`), e.g. `43.2 min / 30d`, `21.6 minutes per month`.
 */
export function parseBudgetTime(text: string): { time?: Duration; windowMs?: number } {
  const all = parseDurations(text);
  const marked = all.filter((d) => isWindowMarked(text, d));
  const time = all.find((d) => !marked.includes(d));
  const window = marked[0] ?? all.find((d) => d !== time && time && d.ms > time.ms);
  const rest = time ? text.slice(0, time.index) + ' '.repeat(time.length) + text.slice(time.index + time.length) : text;
  return { ...(time ? { time } : {}), ...((window?.ms ?? periodWord(rest)) !== undefined ? { windowMs: window?.ms ?? periodWord(rest) } : {}) };
}

function isWindowMarked(text: string, d: Duration): boolean {
  return WINDOW_BEFORE.test(text.slice(0, d.index)) || WINDOW_AFTER.test(text.slice(d.index + d.length));
}

function periodWord(text: string): number | undefined {
  const adverb = /\b(hourly|daily|weekly|monthly|quarterly|yearly|annually)\b/i.exec(text);
  if (adverb) return ADVERBS[adverb[1].toLowerCase()];
  const word = /\b(day|week|month|mo|quarter|qtr|year|yr)\b/i.exec(text);
  if (!word) return undefined;
  const w = word[1].toLowerCase();
  return w === 'qtr' ? 90 * DAY : unitMsOf(w);
}

/**
 * The text after a window word (`over`, `per`, `/`, `rolling`, `window`) when the text names a
 * window: what a rule shows when that window does not parse. Undefined when no window is named.
 */
export function windowPhrase(text: string): string | undefined {
  const m = /(?:\b(?:over|per|across|during)\b|\/)\s*(?:the\s+|a\s+)?([^,;()]+)/i.exec(text);
  return m ? m[1].trim() : undefined;
}

const PERCENTILE = /\b[pP](\d{1,2}(?:\.\d+)?)\b|\b(\d{1,2}(?:\.\d+)?)(?:st|nd|rd|th)[ -]?(?:percentile|pct|%ile)\b|\b(median)\b/g;

interface PercentileAt {
  value: number;
  index: number;
  end: number;
}

function percentilesIn(text: string): PercentileAt[] {
  const out: PercentileAt[] = [];
  PERCENTILE.lastIndex = 0;
  for (let m = PERCENTILE.exec(text); m; m = PERCENTILE.exec(text)) {
    const value = m[3] ? 50 : Number(m[1] ?? m[2]);
    if (value > 0 && value < 100) out.push({ value, index: m.index, end: m.index + m[0].length });
  }
  // `95% of requests < 300ms`: a share of events reads as a percentile.
  for (const p of parsePercents(text)) if (p.ofEvents && p.value > 0 && p.value < 100) out.push({ value: p.value, index: p.index, end: p.index + p.fullLength });
  return out.sort((a, b) => a.index - b.index);
}

const COMPARATORS: Array<[RegExp, Comparator]> = [
  [/(?:<=|≤|=<|⩽|\bat most|\bno more than|\bup to|\bmax(?:imum)?:?|\bwithin)\s*$/i, '<='],
  [/(?:<|\bunder|\bbelow|\bless than|\bfaster than)\s*$/i, '<'],
  [/(?:>=|≥|=>|⩾|\bat least|\bno less than|\bmin(?:imum)?:?)\s*$/i, '>='],
  [/(?:>|\bover|\babove|\bmore than|\bexceeds?|\bslower than)\s*$/i, '>'],
  [/(?:==?|~|≈)\s*$/, '='],
];

/** The comparator written right before `index` (`< 200ms`, `under 2 s`, `≤ 1 s`). */
export function comparatorBefore(text: string, index: number): Comparator | undefined {
  const before = text.slice(Math.max(0, index - 16), index);
  for (const [re, c] of COMPARATORS) if (re.test(before)) return c;
  return undefined;
}

/**
 * Every duration threshold in the text with its comparator and percentile: `p95 < 0.2s`,
 * `< 2 s p99`, `200ms at p95`, `95% of changes searchable < 30 s`, `p99 ≤ 1 s`. A percentile
 * belongs to the threshold after it in the same clause, or to the one right before it.
 */
export function parseLatencies(text: string): Latency[] {
  const percentiles = percentilesIn(text);
  const out: Latency[] = [];
  for (const d of parseDurations(text)) {
    const end = d.index + d.length;
    const after = percentiles.find((p) => p.index >= end && /^\s*(?:\(|at|for|on|@)?\s*$/i.test(text.slice(end, p.index)));
    const before = [...percentiles].reverse().find((p) => p.end <= d.index && !/[,;]|\band\b/.test(text.slice(p.end, d.index)));
    const p = before ?? after;
    out.push({ percentile: p?.value, comparator: comparatorBefore(text, d.index), duration: d, ms: d.ms });
  }
  return out;
}

/** A percentile with a threshold that has no unit (`p95 < 200`): the number, where it is. */
export function unitlessThreshold(text: string): WrittenNumber | undefined {
  const m = new RegExp(String.raw`(?:\b[pP]\d{1,2}(?:\.\d+)?|latency)\s*(?:<=|\u2264|<|under|below)\s*(${NUMBER})(?!\s*[\p{L}%µ\u03bc\d.])`, 'u').exec(text);
  return m ? writtenNumber(m[1], m.index + m[0].length - m[1].length) : undefined;
}

/** The first percentile in the text (`latency p95`, `99th percentile`, `median`). */
export function parsePercentile(text: string): number | undefined {
  return percentilesIn(text)[0]?.value;
}

/** Every number in the text, in order (thousands separators allowed: `2,000`; `-5` is negative). */
export function parseNumbers(text: string): WrittenNumber[] {
  const out: WrittenNumber[] = [];
  // A minus sign that starts a word (`-5`, `−5`) is a sign; after a number (`0-500`) it is a range.
  const re = new RegExp(String.raw`(?<![\w.])((?<![\p{L}\p{N}])[-\u2212])?(${NUMBER})(k\b)?`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = writtenNumber(m[2], m.index + (m[1]?.length ?? 0));
    if (m[1]) n.value = -n.value;
    out.push(m[3] ? { ...n, value: n.value * 1000, decimals: 0, length: m[0].length - (m[1]?.length ?? 0) } : n);
  }
  return out;
}

/** A quantity: a number with a unit (`< 250ms`, `300 submissions/s`, `2 GB`, `99.9%`), or undefined. */
export function parseQuantity(text: string): { number: WrittenNumber; unit: string } | undefined {
  const m = new RegExp(String.raw`(?<![\w.])(${NUMBER})\s*([kKMG]?(?:[%µ\u03bc]|[\p{L}][\p{L}/]*))`, 'u').exec(text);
  return m ? { number: writtenNumber(m[1], m.index), unit: m[2] } : undefined;
}

const FACTOR = new RegExp(String.raw`(?<![\w.])(${NUMBER})\s*(?:x|×|X)(?![\p{L}\d])|burn[ _-]?rate\s*(?:of|>=?|\u2265|above|over|exceeds?|at|=)?\s*(${NUMBER})(?![\d.]|\s*(?:%|[x×X](?![\p{L}\d])|(?:${UNIT_SOURCE})(?![\p{L}])))`, 'gu');
const CONSUMED = new RegExp(String.raw`(?<![\w.])(${NUMBER})\s*%\s*(?:of\s+)?(?:the\s+)?(?:error\s+)?budget\b(?:\s+(?:consumed|spent|burn(?:ed|t)?|used))?`, 'gi');

/**
 * Every burn-rate threshold in the text, with the alert windows written after it (or, when
 * none follows, before it): `2x burn rate for 1h window`, `14.4×/1h`, `14.4x over 1h and 5m`,
 * `burn_rate > 3x for 15m`, `page at 14.4x (1h), ticket at 6x (6h)`, `2% of budget in 1h`.
 */
export function parseBurnRates(text: string): BurnRate[] {
  type Hit = { index: number; length: number; factor?: number; consumedPercent?: number };
  const hits: Hit[] = [];
  FACTOR.lastIndex = 0;
  for (let m = FACTOR.exec(text); m; m = FACTOR.exec(text)) {
    const written = m[1] ?? m[2];
    hits.push({ index: m.index, length: m[0].length, factor: writtenNumber(written, m.index).value });
  }
  CONSUMED.lastIndex = 0;
  for (let m = CONSUMED.exec(text); m; m = CONSUMED.exec(text)) {
    if (hits.some((h) => h.index <= m!.index && m!.index < h.index + h.length)) continue;
    hits.push({ index: m.index, length: m[0].length, consumedPercent: writtenNumber(m[1], m.index).value });
  }
  hits.sort((a, b) => a.index - b.index);
  const durations = parseDurations(text);
  return hits.map((h, i) => {
    const end = h.index + h.length;
    const next = hits[i + 1]?.index ?? text.length;
    const previous = i > 0 ? hits[i - 1].index + hits[i - 1].length : 0;
    let windows = durations.filter((d) => d.index >= end && d.index < next);
    if (!windows.length) windows = durations.filter((d) => d.index >= previous && d.index + d.length <= h.index);
    const stop = Math.max(end, ...windows.map((d) => d.index + d.length));
    return {
      ...(h.factor !== undefined ? { factor: h.factor } : {}),
      ...(h.consumedPercent !== undefined ? { consumedPercent: h.consumedPercent } : {}),
      windows: windows.map((d) => d.ms),
      windowTexts: windows.map((d) => text.slice(d.index, d.index + d.length)),
      index: h.index,
      length: stop - h.index,
      text: text.slice(h.index, stop),
    };
  });
}

/** The factor of a threshold, with a `2% of budget in 1h` threshold turned into one for an SLO window. */
export function factorOf(b: BurnRate, sloWindowMs: number): number | undefined {
  if (b.factor !== undefined) return b.factor;
  if (b.consumedPercent === undefined || !b.windows.length) return undefined;
  return (b.consumedPercent / 100) * (sloWindowMs / Math.max(...b.windows));
}

/** A duration in the largest unit that keeps it readable: `43.2 min`, `1h`, `2.5d`. */
export function formatDuration(ms: number): string {
  const units: Array<[string, number]> = [['d', DAY], ['h', HOUR], ['min', MINUTE], ['s', 1000], ['ms', 1]];
  for (const [u, size] of units) if (ms >= size) return `${formatNumber(ms / size, 2)}${u === 'min' ? ' min' : u}`;
  return `${formatNumber(ms, 3)}ms`;
}

/** A number with at most `decimals` decimals, trailing zeros dropped (`0.05`, `43.2`, `1`). */
export function formatNumber(value: number, decimals: number): string {
  const fixed = value.toFixed(Math.max(0, Math.min(decimals, 10)));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** True when `written` equals `expected` within the rounding of how `written` was written. */
export function withinRounding(written: WrittenNumber, expected: number): boolean {
  // Strictly inside: `0.1%` is not the `0.05%` of a 99.95% target, though 0.05 rounds up to it.
  const half = 0.5 * 10 ** -written.decimals;
  return Math.abs(written.value - expected) < half * (1 - 1e-9);
}
