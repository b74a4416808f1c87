import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import validate, { schema } from '../generated/validate-config.js';
import { findConfig } from './find.ts';
import { withPositions } from './locate.ts';
import { parseConfigText } from './parse-config.ts';
import { resolveConfig } from './resolve.ts';
import { schemaProblems } from './schema-problems.ts';
import type { ConfigFile, ConfigProblem, ResolvedConfig } from './types.ts';

function missingPolicyFolders(config: ResolvedConfig, input: ConfigFile, file: string): ConfigProblem[] {
  return config.policies.flatMap((folder, i) =>
    statSync(folder, { throwIfNoEntry: false })?.isDirectory()
      ? []
      : [{ code: 'config/missing-folder', message: `policies folder ${input.policies![i]} does not exist (${folder})`, path: ['policies', i], file }],
  );
}

/**
 * Finds, reads and validates the config. When the file cannot be read, parsed or validated, the config returned
 * is the defaults for its folder, never a half-valid mix. Every problem is an error: callers report them and stop.
 */
export function loadConfig(opts: { cwd: string; configPath?: string }): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const cwd = resolve(opts.cwd);
  const found = findConfig({ cwd, configPath: opts.configPath });
  if (found.problem) return { config: resolveConfig({}, null, cwd), problems: [found.problem] };
  const file = found.file;
  if (file === null) return { config: resolveConfig({}, null, cwd), problems: [] };

  const root = dirname(file);
  const fallback = resolveConfig({}, file, root);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { config: fallback, problems: [{ code: 'config/unreadable', message: `cannot read config file (${reason})`, path: [], file }] };
  }
  const parsed = parseConfigText(file, text);
  if (parsed.problems.length) return { config: fallback, problems: parsed.problems };
  if (!validate(parsed.value)) {
    return { config: fallback, problems: withPositions(schemaProblems(validate.errors ?? [], parsed.value, schema, file), parsed.doc) };
  }
  const input = parsed.value as ConfigFile;
  const config = resolveConfig(input, file, root);
  return { config, problems: withPositions(missingPolicyFolders(config, input, file), parsed.doc) };
}
