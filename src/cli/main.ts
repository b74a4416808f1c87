import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Report } from '../core/finding.ts';
import { packageVersion } from '../core/package-root.ts';
import type { Problem } from '../core/problem.ts';
import { formatProblem } from '../core/problem.ts';
import { loadConfig } from '../config/load.ts';
import { mergeRuleFlags } from '../config/merge.ts';
import { printConfig } from '../config/print.ts';
import { unknownRuleProblems } from '../config/unknown-rules.ts';
import { discover } from '../discover/discover.ts';
import { formatters } from '../formatters/index.ts';
import { catalogDate } from '../iam/catalog.ts';
import { createHooks } from '../pipeline/hooks.ts';
import { lintFiles } from '../pipeline/lint.ts';
import { buildRegistry, effectiveSettings } from '../pipeline/registry.ts';
import { loadPlugins } from '../plugins/load.ts';
import { HELP, UsageError, parseCliArgs } from './args.ts';
import { listRules } from './list-rules.ts';
import { tuneCompilerFor } from './compiler-settings.ts';
import { startTiming, timingTable } from '../engine/timing.ts';

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

/** Exit code when there are problems with what the user wrote (config, policies, plugins, arguments). */
const USAGE = 2;

/** The CLI: arguments in, report out, exit code back. The only module that wires every stage together. */
export async function main(argv: string[], io: Io): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const opts = parseCliArgs(argv);
    debug = opts.debug;
    if (opts.help) return void io.stdout(HELP + '\n'), 0;
    const version = packageVersion();
    if (opts.version) return void io.stdout(`cloudseclint ${version} (IAM catalog ${catalogDate()})\n`), 0;

    const fail = (problems: Problem[]) => {
      for (const p of problems) io.stderr(`cloudseclint: ${formatProblem(p)}\n`);
      return USAGE;
    };
    const loaded = loadConfig({ cwd: io.cwd, ...(opts.config ? { configPath: opts.config } : {}) });
    if (loaded.problems.length > 0) return fail(loaded.problems);
    const merged = mergeRuleFlags(loaded.config, opts.rules);
    if (merged.problems.length > 0) return fail(merged.problems);
    const config = merged.config;

    // CLOUDSECLINT_TIMING=1 (or =N): the time per rule and per stage, to stderr at the end, as eslint's TIMING.
    const timing = io.env.CLOUDSECLINT_TIMING;
    if (timing) startTiming();
    const hooks = createHooks();
    const plugins = await loadPlugins(config.plugins, config.root, config.file);
    if (plugins.problems.length > 0) return fail(plugins.problems);
    for (const { plugin } of plugins.plugins) plugin.apply?.(hooks);
    const { registry, problems } = buildRegistry(config.policies, plugins.plugins);
    if (problems.length > 0) return fail(problems);
    const unknown = unknownRuleProblems(config, new Set(registry.metas.keys()));
    if (unknown.length > 0) return fail(unknown);

    if (opts.listRules) return void io.stdout(listRules(registry.metas, effectiveSettings(registry, config.extends, config.rules))), 0;
    if (opts.printConfig) return void io.stdout(printConfig(config, resolve(io.cwd, opts.printConfig))), 0;

    const found = await discover(opts.paths, { cwd: io.cwd, root: config.root, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize });
    if (found.missing.length > 0) throw new UsageError(`no such file, directory or matching glob: ${found.missing.join(', ')}`);
    for (const w of found.warnings) io.stderr(`cloudseclint: ${w.file}: ${w.message}\n`);
    tuneCompilerFor(found.files.length, io.env, io.stderr);

    const wanted = opts.compliance;
    // Control catalogs and their report load only for --compliance: a plain run does not pay for them.
    const complianceModules = wanted && (await Promise.all([import('../compliance/session.ts'), import('../formatters/compliance.ts')]));
    const compliance = wanted && complianceModules && complianceModules[0].startCompliance(wanted.framework, config, registry, hooks);
    const terraform = { varFiles: opts.varFiles.map((f) => resolve(io.cwd, f)), vars: opts.vars };
    const report: Report = await lintFiles({ files: found.files, skipped: found.warnings.length, config: compliance ? compliance.config : config, registry, hooks, version, terraform });
    const color = opts.color ?? (io.isTTY && !opts.output && io.env.NO_COLOR === undefined);
    const write = (text: string) => (opts.output ? writeFileSync(resolve(io.cwd, opts.output), text) : io.stdout(text));
    if (wanted && compliance) {
      const judged = compliance.finish(report, found.files);
      write(complianceModules![1].complianceFormatters[wanted.format]({ compliance: judged, color }));
      // An unparsable file leaves its controls unjudged: the run cannot vouch for them.
      return judged.summary.fail > 0 || judged.unreadable.length > 0 ? 1 : 0;
    }
    write(formatters[opts.format]({ report, rules: registry.metas, cwd: io.cwd, color }));
    if (timing) io.stderr(timingTable(Number(timing) > 1 ? Number(timing) : 10));

    const { errors, warnings } = report.summary;
    const tooManyWarnings = opts.maxWarnings !== undefined && opts.maxWarnings >= 0 && warnings > opts.maxWarnings;
    return errors > 0 || tooManyWarnings ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`cloudseclint: ${e.message}\nRun cloudseclint --help for usage.\n`);
      return USAGE;
    }
    io.stderr(`cloudseclint: internal error: ${(e as Error).message}${debug ? `\n${(e as Error).stack}` : ' (run with --debug for details)'}\n`);
    return USAGE;
  }
}
