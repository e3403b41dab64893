// No import of core here: the replay of a cached run (fast.ts) loads this module and nothing of core.

/**
 * Read stdin to its end, or up to `maxBytes` and one byte more: what is past the limit is not
 * kept (a stream that never ends does not hang the run), and the caller reports the size.
 */
export async function readStdin(maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}
