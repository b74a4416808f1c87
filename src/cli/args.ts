import { parseArgs } from 'node:util';
import type { FormatName } from '../formatters/index.ts';

export interface CliOptions {
  paths: string[];
  format: FormatName;
  output?: string;
  config?: string;
  rules: string[];
  maxWarnings?: number;
  printConfig?: string;
  listRules: boolean;
  debug: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

const FORMATS = ['stylish', 'json', 'sarif'];

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        'print-config': { type: 'string' },
        'list-rules': { type: 'boolean' },
        debug: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}`);
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, not "${v['max-warnings']}"`);
  }
  return {
    paths: parsed.positionals,
    format: format as FormatName,
    ...(v.output ? { output: v.output } : {}),
    ...(v.config ? { config: v.config } : {}),
    rules: v.rule ?? [],
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(v['print-config'] ? { printConfig: v['print-config'] } : {}),
    listRules: v['list-rules'] ?? false,
    debug: v.debug ?? false,
    ...(v['no-color'] ? { color: false } : v.color ? { color: true } : {}),
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

export const HELP = `Usage: cloudseclint [options] [files, directories or globs...]   (default: .)

Lints AWS CloudFormation templates (JSON, YAML, SAM) and IAM policy documents for security mistakes.

Options:
  -f, --format NAME       stylish (default), json, sarif
  -o, --output FILE       write the report to FILE instead of standard output
  -c, --config FILE       use this config instead of the nearest .cloudseclintrc.json
      --rule ID=SEVERITY  set a rule to off, info, warning or error (repeatable)
      --max-warnings N    exit 1 when there are more than N warnings
      --list-rules        list every rule with its severity and exit
      --print-config FILE print the settings that apply to FILE and exit
      --color, --no-color force colours on or off (default: on for a terminal)
      --debug             print stack traces of internal errors
  -v, --version           print the version and the IAM catalog's date
  -h, --help              print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found, 2 usage, config or internal error.`;
