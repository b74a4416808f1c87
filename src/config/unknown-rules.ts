import { readFileSync } from 'node:fs';
import { parseJson } from '../parse/json.ts';
import { closest } from '../core/closest.ts';
import { withPositions } from './locate.ts';
import type { ConfigProblem, ResolvedConfig } from './types.ts';

function problem(id: string, where: string, knownIds: Set<string>, path: (string | number)[], file: string | null): ConfigProblem {
  const suggestion = closest(id, knownIds);
  const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
  return { code: 'config/unknown-rule', message: `unknown rule "${id}" in ${where}: no loaded rule has this id${hint}`, path, file };
}

// The file is read again only for positions, and only when there is something to point at.
function located(problems: ConfigProblem[], file: string | null): ConfigProblem[] {
  if (!problems.length || !file) return problems;
  try {
    return withPositions(problems, parseJson(file, readFileSync(file, 'utf8')));
  } catch {
    return problems;
  }
}

/**
 * Rule ids in the config or in `--rule` flags that no loaded rule has. They are errors because a misspelt id
 * would otherwise turn nothing off (or on) without anyone noticing.
 */
export function unknownRuleProblems(config: ResolvedConfig, knownIds: Set<string>): ConfigProblem[] {
  const cli = config.cliRules ?? {};
  const inFile: ConfigProblem[] = [];
  for (const id of Object.keys(config.rules)) {
    if (!knownIds.has(id) && !(id in cli)) inFile.push(problem(id, 'rules', knownIds, ['rules', id], config.file));
  }
  config.overrides.forEach((o, i) => {
    for (const id of Object.keys(o.rules ?? {})) {
      if (!knownIds.has(id)) inFile.push(problem(id, `overrides[${i}].rules`, knownIds, ['overrides', i, 'rules', id], config.file));
    }
  });
  const fromFlags = Object.keys(cli)
    .filter((id) => !knownIds.has(id))
    .map((id) => problem(id, '--rule', knownIds, ['--rule', id], null));
  return [...located(inFile, config.file), ...fromFlags];
}
