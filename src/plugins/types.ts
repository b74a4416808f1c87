import type { Rule } from '../engine/rule.ts';
import type { Hooks } from '../pipeline/hooks.ts';

/** What a plugin module exports (as default): eslint-style, with policies folders and hook taps. */
export interface Plugin {
  meta: { name: string; version?: string };
  /** Folders of declarative policies, absolute or relative to the plugin module. */
  policies?: string[];
  rules?: Rule[];
  apply?(hooks: Hooks): void;
}

export interface LoadedPlugin {
  plugin: Plugin;
  /** Policies folders, absolute. */
  policies: string[];
}
