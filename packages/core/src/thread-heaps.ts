// The heaps the engine threads start with (engine-thread.ts), in two settings: the default, and a
// lean one for a process in which V8's concurrent marking is off.

/**
 * The heap the artifact engines' thread starts with. V8 lets a heap grow up to four times its live
 * size between two full collections when its limit is 2 GiB, and less the lower the limit: with
 * Redocly, Spectral and TypeScript loaded (about 65 MB live), the thread's heap reached 310 MB in
 * a batch of 500 designs at 2 GiB, 140–160 MB at 768 MiB, 110–120 MB at 512 MiB (the lean
 * setting, {@link leanThreadHeaps}). Work that runs out of it is run again, once, in a thread with
 * the full 2 GiB (`ENGINE_THREAD_MEMORY_MB`, which the thread then keeps). docs/performance.md
 * has what each cost in time: with V8's concurrent marking on, 768 MiB cost 2–7 %.
 */
export const ENGINES_START_MEMORY_MB = 768;
export const ENGINES_LEAN_START_MEMORY_MB = 512;

/**
 * The young generations of the parser and engines' threads (undefined: V8's default for a thread,
 * 48 MiB). With concurrent marking a larger one for the parser paid: 100 designs 6.7–7.3 s against
 * 7.5–8.1 s with the default. Without it (the lean setting), 500 designs on two cores, 3 rounds
 * each in turn: the lean sizes with the engines' 512 MiB, 440–454 MB and 25.9–27.1 s, against
 * 540–549 MB and 24.4–25.2 s with the others. Since a design is parsed in pieces (model/pieces.ts)
 * the parser holds little between two collections of its young generation: 16 MiB instead of 32
 * took 423–437 MB against 433–463 MB, for 0.3–0.5 s more in 27–31 s (docs/performance.md).
 */
const YOUNG_GENERATION_MB = { parser: 96, engines: undefined };
const LEAN_YOUNG_GENERATION_MB = { parser: 16, engines: 24 };

let lean = false;

/**
 * Start the threads from now on with smaller heaps, for a process in which V8's concurrent
 * marking is off (the CLI's choice on machines of few cores): with the marking on, smaller heaps
 * cost about 15 % more time, without it about 5 %, for 90–100 MB less at 500 designs.
 */
export function leanThreadHeaps(): void {
  lean = true;
}

/** The young generation of a thread started now, in MiB (undefined: V8's default). */
export function youngGenerationMb(parser: boolean): number | undefined {
  const sizes = lean ? LEAN_YOUNG_GENERATION_MB : YOUNG_GENERATION_MB;
  return parser ? sizes.parser : sizes.engines;
}

/** The heap of the artifact engines' thread started now, in MiB. */
export function enginesStartMb(): number {
  return lean ? ENGINES_LEAN_START_MEMORY_MB : ENGINES_START_MEMORY_MB;
}
