import { readFile } from 'node:fs/promises';

/** Read stdin to the end as UTF-8. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Read a document as UTF-8 text (invalid bytes become U+FFFD, which core reports). */
export async function readDocument(path: string): Promise<string> {
  return (await readFile(path)).toString('utf8');
}
