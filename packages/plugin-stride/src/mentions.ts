/** Whether a threat names an asset: the words of the asset's name found in the threat's row. */

/** Words that name no particular asset. */
const STOP = new Set(
  'a an the of and or for in on to with by from at as via per its their our any all each other e g eg i e ie incl including includes include may hold holds contain contains containing such like etc data information info service services system systems store stored new existing with without after before into than then when where which that this these those using used only also not are is be was were will can should must'.split(' '),
);

/** The significant words of a text, lower case (at least three characters, or an acronym like `PII`, `PAN`). */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w));
}

/** Two words match when equal, or when the shorter (4+ letters) starts the longer (`index` / `indexes`, `refund` / `refundable`). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/**
 * True when `text` names the asset: any significant word of the asset's name, its
 * parenthesised aside included (`Merchant funds (refundable balance)`), is in the text.
 * `text` may be every threat at once: a word in any of them names the asset.
 */
export function mentions(text: string | Set<string>, asset: string): boolean {
  const inText = typeof text === 'string' ? new Set(words(text)) : text;
  return words(asset).some((w) => inText.has(w) || [...inText].some((t) => sameWord(w, t)));
}
