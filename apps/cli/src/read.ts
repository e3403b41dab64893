import { readFileSync } from 'node:fs';

/** Read stdin to the end as UTF-8. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Read a document's bytes; `toString('utf8')` makes them text (invalid bytes become U+FFFD, which
 * core reports). Read in one call: for hundreds of small files the round trips of asynchronous
 * reads cost more than the reads.
 */
export async function readDocument(path: string): Promise<Buffer> {
  return readFileSync(path);
}
