#!/usr/bin/env node
import { main, processIO } from './main.js';

function finish(code: number): void {
  process.exitCode = code;
  // An engine stopped at its time budget may still be working in the background: give stdout
  // a moment to drain, then leave instead of waiting for it (the timer never keeps us alive).
  setTimeout(() => process.exit(code), 1000).unref();
}

main(process.argv.slice(2), processIO()).then(finish, (e: unknown) => {
  process.stderr.write(`design-check: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  finish(2);
});
