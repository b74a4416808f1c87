import { createRequire } from 'node:module';

declare const __CLOUDSECLINT_BUNDLE__: boolean | undefined;

/**
 * V8 settings for a run over many files. A run is short: most of its functions get optimised by TurboFan while it
 * runs, and on a small machine that compiling took more CPU than the lint itself (47% of the instructions of a run
 * over the AWS samples, callgrind). Without inlining, without optimising huge functions and without loop peeling,
 * TurboFan compiles far less, and the code it makes is still fast: the AWS samples lint in 0.56 s instead of
 * 0.80 s, and a run over eight times that corpus is faster too (2.46 s instead of 2.79 s).
 */
const SETTINGS = '--no-turbo-inlining --max-optimized-bytecode-size=20000 --no-turbo-loop-peeling';

/** Below this many files a run is mostly start-up, which loading node:v8 would only slow down. */
const MANY_FILES = 10;

/**
 * Applies SETTINGS for a run of the built CLI over many files. They are compiler settings, read as each
 * optimisation starts, so changing them mid-run is safe. Not in the code cache's training run: V8 takes a code
 * cache only under the flags it was made with, and runs start under the defaults. Not in tests or a library use
 * of main(), whose process is not ours to tune.
 */
export function tuneCompilerFor(files: number, env: Record<string, string | undefined>, stderr: (text: string) => void): void {
  if (typeof __CLOUDSECLINT_BUNDLE__ === 'undefined' || files < MANY_FILES) return;
  if (env.CLOUDSECLINT_WRITE_CODE_CACHE === '1') return;
  (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString(SETTINGS);
  // with the code cache's message of bin/cloudseclint.js: what V8 was told, for the tests and the curious
  if (env.CLOUDSECLINT_DEBUG_CODE_CACHE === '1') stderr(`cloudseclint: compiler settings for ${files} files: ${SETTINGS}\n`);
}
