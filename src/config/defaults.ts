import type { Preset } from './types.ts';

export const CONFIG_FILE_NAME = '.cloudseclintrc.json';

export const DEFAULT_EXTENDS: readonly Preset[] = ['cloudseclint:recommended'];

/** Files linted when a folder is walked and the config sets no `include` (.tf.json is among the JSON). */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.{json,yaml,yml,template,tf}'];

/** Never linted, whatever the config says: dependencies, VCS data, and generated deployment artefacts. */
export const ALWAYS_EXCLUDE: readonly string[] = [
  '**/node_modules/**',
  '**/.git/**',
  '**/cdk.out/asset.*/**',
  '**/.terraform/**',
  // The config itself is JSON but never a template: leave it out rather than count it as skipped.
  '**/.cloudseclintrc.json',
];

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
