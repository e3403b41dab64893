import type { ChildProcessWithoutNullStreams } from 'node:child_process';

/** A JSON-RPC message as LSP sends it. */
export interface RpcMessage {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

/** Reject after `ms` with a message that says what was awaited. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The client half of LSP over stdio, as an editor speaks it: `Content-Length` framed JSON-RPC,
 * requests matched to responses by id, server requests answered with `null`.
 */
export class LspClient {
  /** Every message the server sent, in order. */
  readonly received: RpcMessage[] = [];
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Set<{ match: (m: RpcMessage) => boolean; resolve: (m: RpcMessage) => void }>();

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = /Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'));
      if (!length) throw new Error(`LSP header without Content-Length: ${this.buffer.subarray(0, end).toString()}`);
      const start = end + 4;
      const size = Number(length[1]);
      if (this.buffer.length < start + size) return;
      const message = JSON.parse(this.buffer.subarray(start, start + size).toString('utf8')) as RpcMessage;
      this.buffer = this.buffer.subarray(start + size);
      this.dispatch(message);
    }
  }

  private dispatch(message: RpcMessage): void {
    this.received.push(message);
    // A request from the server (workspace/configuration, client/registerCapability, …).
    if (message.method && message.id !== undefined) this.send({ jsonrpc: '2.0', id: message.id, result: null });
    for (const w of this.waiting) {
      if (w.match(message)) {
        this.waiting.delete(w);
        w.resolve(message);
      }
    }
  }

  private send(message: RpcMessage): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  /** Wait for a message from the server, at most `ms`. Messages already received count. */
  waitFor(match: (m: RpcMessage) => boolean, ms: number, what: string): Promise<RpcMessage> {
    const seen = this.received.find(match);
    if (seen) return Promise.resolve(seen);
    return within(new Promise<RpcMessage>((resolve) => this.waiting.add({ match, resolve })), ms, what);
  }

  /** Send a request and wait for its response, at most `ms`. */
  async request(method: string, params: unknown, ms: number): Promise<any> {
    const id = this.nextId++;
    const reply = this.waitFor((m) => m.id === id && !m.method, ms, `the response to ${method}`);
    this.send({ jsonrpc: '2.0', id, method, params });
    const message = await reply;
    if (message.error) throw new Error(`${method} failed: ${message.error.message}`);
    return message.result;
  }

  /** Send a notification. */
  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }
}
