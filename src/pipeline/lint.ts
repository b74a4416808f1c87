import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { FileKind, FileResult, Finding, Report, Summary } from '../core/finding.ts';
import type { Path, Range } from '../core/range.ts';
import type { RuleSetting } from '../core/severity.ts';
import { adaptCloudFormation } from '../adapters/cloudformation/adapter.ts';
import { adaptIamPolicy } from '../adapters/iam/adapter.ts';
import { kindOf } from '../adapters/kind.ts';
import type { TerraformUnit } from '../adapters/terraform/adapter.ts';
import type { LoadOptions } from '../adapters/terraform/load-module.ts';
import { matchingOverrides, settingsForFile } from '../config/for-file.ts';
import { relativeToRoot } from '../config/relative-to-root.ts';
import type { ResolvedConfig } from '../config/types.ts';
import type { DiscoveredFile } from '../discover/file.ts';
import type { ActiveRule } from '../engine/run-rules.ts';
import { runRulesByFile } from '../engine/run-rules.ts';
import { displayPath } from '../discover/paths.ts';
import type { Model, Unit } from '../model/model.ts';
import type { SourceDocument } from '../parse/document.ts';
import { parseHcl } from '../parse/hcl.ts';
import { loadHclParser } from '../parse/hcl-load.ts';
import { binaryDocument, parseDocument, sniffBinary } from '../parse/index.ts';
import type { Hooks } from './hooks.ts';
import type { Registry } from './registry.ts';
import { activeRules, effectiveSettings } from './registry.ts';
import { addTime, timingEnabled } from '../engine/timing.ts';

export interface LintInput {
  files: DiscoveredFile[];
  /** Files that discovery left out (too large); counted as skipped. */
  skipped: number;
  config: ResolvedConfig;
  registry: Registry;
  hooks: Hooks;
  version: string;
  /** Text to lint instead of reading the file from disk (editors lint unsaved buffers). */
  contents?: Map<string, string>;
  /** Terraform variables from `--var-file` and `--var`. */
  terraform?: LoadOptions;
}

/** A directory's .tf and .tf.json files are one Terraform configuration, read together. */
const isTerraformFile = (path: string) => /\.tf(\.json)?$/i.test(path);

interface Parsed {
  file: DiscoveredFile;
  doc: SourceDocument;
  kind: FileKind;
}

/**
 * The pipeline after discovery: parse, adapt, evaluate, and gather the report, through the hooks. A template or
 * policy file goes through on its own, from parsing to findings, so that only one file's trees are alive at a
 * time (with hundreds of files, holding every tree at once made garbage collection the largest cost); the
 * Terraform configurations and plans of the run go through together, since a configuration spans files.
 */
export async function lintFiles(input: LintInput): Promise<Report> {
  const { hooks, config, registry } = input;
  // A hook nobody taps is not called: tapable compiles each hook's caller on its first call, and every await is a
  // turn of the event loop, per file for `document` and `model`.
  const files = hooks.files.isUsed() ? await hooks.files.promise(input.files) : input.files;
  let skipped = input.skipped;
  if (files.some((f) => isTerraformFile(f.absolute))) await loadHclParser();

  const results = new Map<string, FileResult>();
  const displayByAbsolute = new Map<string, string>();
  // A plan beside its configuration reports the same .tf lines as the configuration itself: once is enough.
  const seen = new Set<string>();
  const emit = (file: string, f: Finding) => {
    const out = hooks.finding.isUsed() ? hooks.finding.call(f, { file }) : f;
    if (!out) return;
    const key = `${file}\u0000${out.ruleId}\u0000${out.message}\u0000${out.location.start.line}:${out.location.start.column}`;
    if (seen.has(key)) return;
    seen.add(key);
    // Files a Terraform unit reads beyond those discovered (a called module, a variable file) get results too.
    let result = results.get(file);
    if (!result) results.set(file, (result = { file, kind: 'terraform', findings: [] }));
    result.findings.push(out);
  };
  const settingsOf = new Map<string, { rules: Map<string, RuleSetting>; parameters: Record<string, unknown> }>();
  // Files whose overrides set the same rules share one settings map (and so one list of active rules below):
  // most runs have one or two distinct sets for hundreds of files.
  const distinctSettings = new Map<string, Map<string, RuleSetting>>();
  // Files matched by the same overrides have the same settings: worked out once per set of overrides.
  const byOverrides = new Map<string, { rules: Map<string, RuleSetting>; parameters: Record<string, unknown> }>();
  const settingsOfFile = (file: DiscoveredFile) => {
    let s = settingsOf.get(file.display);
    if (!s) {
      const fromRoot = relativeToRoot(config, file.absolute);
      const overrides = config.overrides.length === 0 ? '' : matchingOverrides(config, fromRoot).join(',');
      s = byOverrides.get(overrides);
      if (!s) {
        const own = settingsForFile(config, fromRoot);
        const key = JSON.stringify(own.rules);
        let rules = distinctSettings.get(key);
        if (!rules) distinctSettings.set(key, (rules = effectiveSettings(registry, config.extends, own.rules)));
        byOverrides.set(overrides, (s = { rules, parameters: { ...config.parameters, ...own.parameters } }));
      }
      settingsOf.set(file.display, s);
    }
    return s;
  };
  const defaults = effectiveSettings(registry, config.extends, config.rules);
  const settingsFor = (display: string) => settingsOf.get(display)?.rules ?? defaults;
  // Units name their files as discovery gave them (absolute, normalised): looked up as they are before resolving.
  const displayOf = (file: string) => displayByAbsolute.get(file) ?? displayByAbsolute.get(resolve(file)) ?? (results.has(file) ? file : isAbsolute(file) ? displayPath(file, process.cwd()) : file);
  // Problems found while reading (parse errors, Terraform cycles…) are findings of the engine's own rules.
  const emitProblem = (file: string, problem: { ruleId: string; message: string; path: Path; range: Range }) => {
    const s = settingsFor(file).get(problem.ruleId);
    const meta = registry.metas.get(problem.ruleId);
    if (!s || s === 'off' || !meta) return;
    const location = { path: problem.path, start: problem.range.start, end: problem.range.end };
    emit(file, { ruleId: problem.ruleId, messageId: Object.keys(meta.messages)[0], severity: s, message: problem.message, resource: null, location });
  };
  const modelOf = (units: Unit[]): Model | Promise<Model> => (hooks.model.isUsed() ? hooks.model.promise({ units }) : { units });
  const lintModel = (model: Model) => {
    for (const unit of model.units) {
      // A Terraform unit spans files whose settings may differ: the rules on in any of them run, and each finding
      // takes the setting of the file it is in.
      const unitFiles = [...new Set([unit.file, ...unit.documents.keys()])].map(displayOf);
      for (const { file, finding } of runRulesByFile(unit, rulesOnIn(registry, unitFiles.map(settingsFor)))) {
        const display = displayOf(file);
        const s = settingsFor(display).get(finding.ruleId);
        if (s && s !== 'off') emit(display, { ...finding, severity: s });
      }
    }
  };

  const timed = timingEnabled();
  const together: Parsed[] = [];
  for (const file of files) {
    const terraform = isTerraformFile(file.absolute);
    const reading = timed ? performance.now() : 0;
    // A file found by walking a folder whose text names nothing a template, a policy or a plan is made of is not
    // parsed at all (Kubernetes manifests, workflows, package.json…): it would only be skipped after parsing.
    // Unless a plugin taps `document`, which may make anything of any document.
    const sniff = !terraform && !file.explicit && !hooks.document.isUsed();
    let doc = readAndParse(file, input.contents, terraform, sniff);
    if (timed) addTime('(read and parse)', reading);
    if (!doc) {
      skipped++;
      continue;
    }
    if (hooks.document.isUsed()) doc = await hooks.document.promise(doc);
    const kind = terraform ? 'terraform' : kindOf(doc.root);
    // Other JSON and YAML (package.json, Kubernetes manifests, tsconfig with comments…) is not ours to judge. A
    // file that could not be read is reported when it was named on the command line or looks like a template
    // or a policy, since it may well be a broken one.
    if (kind === 'unknown' && (doc.root !== undefined || !(file.explicit || looksLikeOurs(doc.text)))) {
      skipped++;
      continue;
    }
    results.set(file.display, { file: file.display, kind, findings: [] });
    displayByAbsolute.set(file.absolute, file.display);
    const settings = settingsOfFile(file);
    for (const problem of doc.problems) emitProblem(file.display, problem);
    if (kind === 'terraform' || kind === 'terraform-plan') together.push({ file, doc, kind });
    else if (doc.root && kind !== 'unknown') {
      const adapting = timed ? performance.now() : 0;
      const unit = kind === 'iam-policy' ? adaptIamPolicy(doc) : adaptCloudFormation(doc, { parameters: settings.parameters });
      if (timed) addTime('(adapt)', adapting);
      const model = modelOf([unit]);
      lintModel(model instanceof Promise ? await model : model);
    }
  }
  if (together.length > 0) {
    const adapting = timed ? performance.now() : 0;
    const adapted = await adaptTerraform(together, input.terraform ?? {});
    if (timed) addTime('(Terraform: load and adapt)', adapting);
    for (const problem of adapted.problems) emitProblem(displayOf(problem.file), problem);
    lintModel(await modelOf(adapted.units));
  }

  const ordered = [...results.values()];
  for (const r of ordered) sortFindings(r.findings);
  const report: Report = { version: 1, tool: { name: 'cloudseclint', version: input.version }, results: ordered, summary: summarize(ordered, skipped) };
  return hooks.report.isUsed() ? hooks.report.promise(report) : report;
}

/** The Terraform adapter loads only when a run has Terraform files or plans. */
const terraformAdapter = () => import('../adapters/terraform/adapter.ts');

const looksLikeOurs = (text: string) => /AWSTemplateFormatVersion|["']?(Resources|Statement)["']?\s*:/.test(text);

/**
 * Words that any file kindOf() accepts must contain: a template's Resources, AWSTemplateFormatVersion or SAM
 * transform, a policy's Statement or Version date, a plan's top-level keys. A superset of looksLikeOurs.
 */
const MAY_BE_OURS = /AWSTemplateFormatVersion|Resources|AWS::Serverless|Statement|20(?:12|08)-10-17|format_version|planned_values|resource_changes|configuration/;

/** The parsed file; undefined when `sniff` is set and its text cannot be ours (see MAY_BE_OURS). */
function readAndParse(file: DiscoveredFile, contents: Map<string, string> | undefined, terraform: boolean, sniff = false): SourceDocument | undefined {
  const parse = (text: string) => {
    if (sniff && !MAY_BE_OURS.test(text)) return undefined;
    return terraform && !/\.json$/i.test(file.absolute) ? parseHcl(file.display, text) : parseDocument(file.display, text);
  };
  const given = contents?.get(file.absolute);
  if (given !== undefined) return parse(given);
  const buf = readFileSync(file.absolute);
  if (sniffBinary(buf)) return sniff ? undefined : binaryDocument(file.display);
  return parse(buf.toString('utf8'));
}

/** The units of the run's Terraform: one per plan, and one per configuration (a directory of .tf files). */
async function adaptTerraform(parsed: Parsed[], terraform: LoadOptions): Promise<{ units: Unit[]; problems: TerraformUnit['problems'] }> {
  const tf = await terraformAdapter();
  const units: Unit[] = [];
  const problems: TerraformUnit['problems'] = [];
  const directories = new Map<string, Parsed[]>();
  for (const p of parsed) {
    if (p.kind === 'terraform') {
      const dir = dirname(p.file.absolute);
      directories.set(dir, [...(directories.get(dir) ?? []), p]);
    } else if (p.doc.root) units.push((await tf.planUnit(p.doc, p.file.absolute, terraform)).unit);
  }
  const configurations: { dir: string; units: TerraformUnit[] }[] = [];
  for (const [dir, group] of directories) configurations.push({ dir, units: await tf.terraformUnits(dir, dirname(group[0].file.display), group.map((p) => p.doc), terraform) });
  // A folder another configuration calls as a module is linted through its callers, with the arguments they pass,
  // not a second time as a configuration of its own with its variables unset.
  const called = new Set(configurations.flatMap((c) => c.units.flatMap((t) => t.modules.filter((m) => m !== c.dir))));
  for (const c of configurations) {
    if (called.has(c.dir)) continue;
    for (const t of c.units) {
      units.push(t.unit);
      problems.push(...t.problems);
    }
  }
  return { units, problems };
}

/** The active rules of one settings map, computed once per map. */
const activeOf = new WeakMap<Map<string, RuleSetting>, ActiveRule[]>();

/** Every rule on in at least one of the settings, once. */
function rulesOnIn(registry: Registry, settings: Map<string, RuleSetting>[]): ActiveRule[] {
  const distinct = new Set(settings);
  if (distinct.size === 1) {
    const [only] = distinct;
    let active = activeOf.get(only);
    if (!active) activeOf.set(only, (active = activeRules(registry, only)));
    return active;
  }
  const out = new Map<string, ActiveRule>();
  for (const s of new Set(settings)) for (const a of activeRules(registry, s)) if (!out.has(a.rule.meta.id)) out.set(a.rule.meta.id, a);
  return [...out.values()];
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

function summarize(results: FileResult[], skipped: number): Summary {
  const s: Summary = { files: results.length, skipped, errors: 0, warnings: 0, infos: 0 };
  for (const r of results)
    for (const f of r.findings) {
      if (f.suppressed) continue;
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  return s;
}
