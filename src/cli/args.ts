import { parseArgs } from 'node:util';
import { closest } from '../core/closest.ts';
import { FRAMEWORK_NAMES, type FrameworkName } from '../compliance/frameworks.ts';
import type { ComplianceFormatName } from '../formatters/compliance.ts';
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
  /** Terraform `--var-file` files, in order, and `--var NAME=VALUE` pairs: they win over tfvars files in the configuration. */
  varFiles: string[];
  vars: Record<string, string>;
  /** `--compliance`: the framework to judge, and the format (narrowed to those a compliance report has). */
  compliance?: { framework: FrameworkName; format: ComplianceFormatName };
  debug: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

const FORMATS = ['stylish', 'json', 'sarif'];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  compliance: { type: 'string' },
  'var-file': { type: 'string', multiple: true },
  var: { type: 'string', multiple: true },
  debug: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
const OPTION_NAMES = Object.keys(OPTIONS);

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (e) {
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec((e as Error).message)?.[1];
    if (!unknown) throw new UsageError((e as Error).message);
    const near = closest(unknown.replace(/^-+/, ''), OPTION_NAMES);
    throw new UsageError(`unknown option ${unknown}${near ? `; did you mean --${near}?` : ''}`);
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}`);
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, not "${v['max-warnings']}"`);
  }
  const compliance = v.compliance === undefined ? undefined : complianceOption(v.compliance, format, maxWarnings);
  return {
    paths: parsed.positionals,
    format: format as FormatName,
    ...(v.output ? { output: v.output } : {}),
    ...(v.config ? { config: v.config } : {}),
    rules: v.rule ?? [],
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(v['print-config'] ? { printConfig: v['print-config'] } : {}),
    listRules: v['list-rules'] ?? false,
    varFiles: v['var-file'] ?? [],
    vars: terraformVars(v.var ?? []),
    ...(compliance ? { compliance } : {}),
    debug: v.debug ?? false,
    ...(v['no-color'] ? { color: false } : v.color ? { color: true } : {}),
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

/** `--var NAME=VALUE`, as Terraform takes it: the value is the rest after the first `=`, a later one wins. */
function terraformVars(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = eq > 0 ? pair.slice(0, eq).trim() : '';
    if (!/^[A-Za-z_][\w-]*$/.test(name)) throw new UsageError(`--var takes NAME=VALUE, not "${pair}"`);
    out[name] = pair.slice(eq + 1);
  }
  return out;
}

function complianceOption(framework: string, format: string, maxWarnings: number | undefined): CliOptions['compliance'] {
  if (!(FRAMEWORK_NAMES as string[]).includes(framework)) throw new UsageError(`unknown framework "${framework}" for --compliance; use one of ${FRAMEWORK_NAMES.join(', ')}`);
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`--compliance prints stylish or json, not ${format}`);
  // The exit code of a compliance run is about controls; a warning budget would silently mean nothing there.
  if (maxWarnings !== undefined) throw new UsageError('--max-warnings does not apply to --compliance, whose exit code says whether a control fails');
  return { framework: framework as FrameworkName, format };
}

export const HELP = `Usage: cloudseclint [options] [files, directories or globs...]   (default: .)

Lints AWS CloudFormation templates (JSON, YAML, SAM), Terraform configurations and plans, and IAM policy
documents for security mistakes.

Options:
  -f, --format NAME       stylish (default), json, sarif
  -o, --output FILE       write the report to FILE instead of standard output
  -c, --config FILE       use this config instead of the nearest .cloudseclintrc.json
      --rule ID=SEVERITY  set a rule to off, info, warning or error (repeatable)
      --max-warnings N    exit 1 when there are more than N warnings
      --compliance NAME   judge each control of fsbp, cis or wa (Well-Architected) on the files:
                          pass, fail, not applicable or not checked; exit 1 when one fails
      --var-file FILE     a Terraform variables file, after terraform.tfvars (repeatable)
      --var NAME=VALUE    a Terraform variable, winning over files (repeatable)
      --list-rules        list every rule with its severity and exit
      --print-config FILE print the settings that apply to FILE and exit
      --color, --no-color force colours on or off (default: on for a terminal)
      --debug             print stack traces of internal errors
  -v, --version           print the version and the IAM catalog's date
  -h, --help              print this help

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found, 2 usage, config or internal error.`;
