import type { RuleSetting } from '../core/severity.ts';

/**
 * Built-in rule sets. `fsbp` and `cis` are read from each rule's `references`, so a policy joins them by citing a
 * control, never by being listed somewhere else.
 */
export type Preset = 'cloudseclint:recommended' | 'cloudseclint:all' | 'cloudseclint:fsbp' | 'cloudseclint:cis';

export interface Override {
  /** Globs, relative to the config file's folder. */
  files: string[];
  rules?: Record<string, RuleSetting>;
  parameters?: Record<string, unknown>;
}

/** `.cloudseclintrc.json` as the user writes it (validated by schemas/config.schema.json). */
export interface ConfigFile {
  $schema?: string;
  extends?: Preset | Preset[];
  rules?: Record<string, RuleSetting>;
  include?: string[];
  exclude?: string[];
  policies?: string[];
  plugins?: string[];
  parameters?: Record<string, unknown>;
  overrides?: Override[];
  maxFileSize?: number;
}

/** Config after finding, validating and merging: paths absolute, defaults filled in. */
export interface ResolvedConfig {
  /** The config file used, if any. */
  file: string | null;
  /** Folder that relative globs and paths in the config are resolved against (the config's, or the cwd). */
  root: string;
  extends: Preset[];
  rules: Record<string, RuleSetting>;
  include: string[];
  exclude: string[];
  policies: string[];
  plugins: string[];
  parameters: Record<string, unknown>;
  overrides: Override[];
  maxFileSize: number;
  /**
   * Settings from `--rule` flags. They are in `rules` too, and are kept apart so that they win over `overrides`
   * (a flag is the most specific thing a user can say) and so that an unknown id is blamed on the flag.
   */
  cliRules?: Record<string, RuleSetting>;
}

export interface ConfigProblem {
  code: string;
  message: string;
  /** JSON path of the offending key in the config file. */
  path: (string | number)[];
  /** The config file, or null for a problem with a command-line flag. */
  file: string | null;
  /** 1-based position of the offending key in `file`, when known. */
  line?: number;
  column?: number;
}
