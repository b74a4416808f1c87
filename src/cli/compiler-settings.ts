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

/**
 * Below this many files, TurboFan also waits longer before it optimises a function (an interrupt budget of 300 KB
 * of bytecode run, 2.3 times V8's): in a run that short, a function that only gets hot late costs more to compile
 * than it gains. Measured with the code cache trained under each setting, medians of 13 runs (A/B interleaved):
 * the AWS samples (312 files) 475 -> 444 ms, the checkov fixtures (1068) -4%; over about two thousand files it
 * was mixed (KICS -15%, SAM +4%), so larger runs keep V8's budget.
 */
const SHORT_RUN = 1000;
const SHORT_RUN_SETTINGS = '--interrupt-budget=300000';

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
  const settings = files < SHORT_RUN ? `${SETTINGS} ${SHORT_RUN_SETTINGS}` : SETTINGS;
  (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString(settings);
  // with the code cache's message of bin/cloudseclint.js: what V8 was told, for the tests and the curious
  if (env.CLOUDSECLINT_DEBUG_CODE_CACHE === '1') stderr(`cloudseclint: compiler settings for ${files} files: ${settings}\n`);
}
