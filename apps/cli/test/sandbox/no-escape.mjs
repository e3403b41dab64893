// A preload (`node --import ./no-escape.mjs`) that makes every network call, every child
// process and every file read outside the project root throw, and records each attempt. It runs
// in the main thread and in every worker thread started from a file (design-check's engine
// thread is one).
//
//   SANDBOX_ROOT     the project root: reads inside it are allowed (by real path: a symbolic
//                    link inside that leads out is outside)
//   SANDBOX_INSTALL  the design-check installation: its code and engines may be loaded from
//                    node_modules, dist folders and package.json files, nothing else of it
//   SANDBOX_LOG      where each attempt is appended, one JSON line (written with the original fs)
//   SANDBOX_CACHE    design-check's compile cache (the engines' compiled code, nothing of a
//                    document's): read and written there is allowed
import childProcess from 'node:child_process';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

const ROOT = process.env.SANDBOX_ROOT;
const INSTALL = process.env.SANDBOX_INSTALL;
const LOG = process.env.SANDBOX_LOG;
const CACHE = process.env.SANDBOX_CACHE;
if (!ROOT || !INSTALL || !LOG) throw new Error('no-escape.mjs needs SANDBOX_ROOT, SANDBOX_INSTALL and SANDBOX_LOG');

const append = fs.appendFileSync;
const realpath = fs.realpathSync.native;

function record(kind, what) {
  append(LOG, `${JSON.stringify({ kind, what, thread: isMainThread ? 'main' : 'worker' })}\n`);
  const e = new Error(`sandbox: ${kind} refused: ${what}`);
  e.code = 'EACCES';
  return e;
}

const inside = (root, path) => {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

/** The real path of what a call names (a path, a file: URL, a Buffer), or undefined for a file descriptor. */
function target(arg) {
  if (typeof arg === 'number' || arg === undefined || arg === null) return undefined;
  let path = arg instanceof URL ? fileURLToPath(arg) : Buffer.isBuffer(arg) ? arg.toString() : String(arg);
  path = resolve(path);
  try {
    return realpath(path);
  } catch {
    return path;
  }
}

function allowed(path) {
  if (inside(ROOT, path)) return true;
  if (CACHE && inside(CACHE, path)) return true;
  if (!inside(INSTALL, path)) return false;
  return path.includes(`${sep}node_modules${sep}`) || path.includes(`${sep}dist${sep}`) || path.endsWith(`${sep}package.json`);
}

function guardReads(obj, names, label) {
  for (const name of names) {
    const original = obj[name];
    if (typeof original !== 'function') continue;
    obj[name] = function (...args) {
      const path = target(args[0]);
      if (path !== undefined && !allowed(path)) {
        const error = record('read', `${label}.${name} ${path}`);
        // Callback APIs fail through their callback, promise APIs through their promise.
        const cb = args[args.length - 1];
        if (typeof cb === 'function' && !name.endsWith('Sync') && label === 'fs') return void process.nextTick(cb, error);
        if (label === 'fs.promises') return Promise.reject(error);
        throw error;
      }
      return original.apply(this, args);
    };
  }
}

guardReads(fs, ['readFile', 'readFileSync', 'open', 'openSync', 'createReadStream', 'readdir', 'readdirSync', 'opendir', 'opendirSync', 'cp', 'cpSync', 'copyFile', 'copyFileSync'], 'fs');
guardReads(fs.promises, ['readFile', 'open', 'readdir', 'opendir', 'cp', 'copyFile'], 'fs.promises');

/** Replace functions that would reach out by ones that record and fail (`async`: with a rejected promise, as they would). */
function refuse(obj, names, kind, label, async = false) {
  for (const name of names) {
    if (typeof obj[name] !== 'function') continue;
    obj[name] = (...args) => {
      const first = args[0];
      const what = first instanceof URL ? first.href : typeof first === 'object' && first ? JSON.stringify(first) : String(first);
      const error = record(kind, `${label}.${name} ${what}`);
      if (async) return Promise.reject(error);
      throw error;
    };
  }
}

refuse(http, ['request', 'get'], 'network', 'http');
refuse(https, ['request', 'get'], 'network', 'https');
refuse(http2, ['connect'], 'network', 'http2');
refuse(net, ['connect', 'createConnection'], 'network', 'net');
refuse(net.Socket.prototype, ['connect'], 'network', 'net.Socket');
refuse(tls, ['connect'], 'network', 'tls');
refuse(dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt', 'resolveSrv', 'reverse'], 'network', 'dns');
refuse(dns.promises, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'network', 'dns.promises', true);
refuse(globalThis, ['fetch'], 'network', 'globalThis', true);
refuse(childProcess, ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'], 'process', 'child_process');
// undici (npm) and Node's own fetch both end in net.Socket#connect, refused above; the package,
// when installed, is refused at its entry points too.
try {
  const { createRequire } = await import('node:module');
  const undici = createRequire(`${INSTALL}${sep}package.json`)('undici');
  refuse(undici, ['fetch', 'request', 'stream', 'pipeline', 'connect'], 'network', 'undici', true);
  refuse(undici.Client?.prototype ?? {}, ['request', 'connect', 'dispatch'], 'network', 'undici.Client');
} catch {
  // Not installed: nothing to refuse.
}

// ES modules import the built-in modules' functions by name (`import { readFileSync } from
// 'node:fs'`): bind those names to the guarded functions too.
const { syncBuiltinESMExports } = await import('node:module');
syncBuiltinESMExports();
