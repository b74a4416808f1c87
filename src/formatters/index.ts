import { json } from './json.ts';
import { sarif } from './sarif.ts';
import { stylish } from './stylish.ts';
import type { Formatter } from './types.ts';

/** Every output format by its `--format` name; a new format is one module and one entry here. */
export const formatters = { stylish, json, sarif } satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export type { FormatInput, Formatter } from './types.ts';
