// A light entry for a CLI's first lines: start the engine threads before the rest of core loads.
export { prestartThreads } from './engine-thread.js';
export { leanThreadHeaps } from './thread-heaps.js';
