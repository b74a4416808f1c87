import type { FileKind, Report } from '../core/finding.ts';
import type { Catalog, Control } from './catalog.ts';
import type { FrameworkName } from './frameworks.ts';
import type { Inventory } from './inventory.ts';
import type { ComplianceReport, ComplianceSummary, ControlFinding, ControlResult } from './types.ts';

export interface ComplianceInput {
  framework: FrameworkName;
  catalog: Catalog;
  report: Report;
  inventory: Inventory;
  /** Rule ids by control id (implementersOf). */
  implementers: Map<string, string[]>;
  /** Rules the config turned off for some file scanned (disabledRules). */
  disabled: Set<string>;
  /** The resource types each rule looks at (examinedTypes); a rule not in it may look at anything. */
  examined: Map<string, Set<string>>;
  /** The kinds of file each rule judges, for rules that judge only some (RuleMeta.formats). */
  formats?: Map<string, FileKind[]>;
  /** Rules whose silence does not show their controls met (RuleMeta.confirms false). */
  unconfirming?: Set<string>;
}

/**
 * Judges each control on the lint report. A finding is evidence against a control only when it is about a
 * resource of one of the control's types (a public S3 bucket policy says nothing about Lambda.1, though the same
 * rule implements both), or about something whose type cannot be told. The order of the tests matters: a
 * finding fails a control even where the rest would not apply; a control that no template can show is never
 * passed; and a pass needs every rule of the control to have run, and every type of it present to have been
 * looked at by one of them.
 */
export function evaluateCompliance({ framework, catalog, report, inventory, implementers, disabled, examined, formats = new Map(), unconfirming = new Set() }: ComplianceInput): ComplianceReport {
  const byRule = new Map<string, ControlFinding[]>();
  for (const result of report.results)
    for (const f of result.findings) {
      if (f.suppressed) continue;
      const list = byRule.get(f.ruleId) ?? [];
      list.push({ ...f, file: result.file });
      byRule.set(f.ruleId, list);
    }

  const judge = (control: Control): ControlResult => {
    const rules = implementers.get(control.id) ?? [];
    const types = new Set(control.resourceTypes);
    const findings = rules.flatMap((id) => byRule.get(id) ?? []).filter((f) => {
      const type = inventory.typeOf(f.file, f.resource);
      return type === undefined || types.has(type);
    });
    const off = rules.filter((id) => disabled.has(id));
    const base = { id: control.id, title: control.title, rules, disabled: off, findings };
    if (findings.length > 0) return { ...base, status: 'fail' };
    if (types.size === 0) return { ...base, status: 'not-checked', reason: control.note ?? 'about the account, which templates do not show' };
    const present = control.resourceTypes.filter((t) => inventory.types.has(t));
    if (present.length === 0) return { ...base, status: 'not-applicable' };
    if (rules.length === 0) return { ...base, status: 'not-checked', reason: 'no cloudseclint rule implements it' };
    if (off.length > 0) return { ...base, status: 'not-checked', reason: `disabled by config: ${off.join(', ')}` };
    // A type is examined when, in every kind of file it is defined in, a rule looks at it there.
    const looksAt = (id: string, t: string, kind: FileKind) => (examined.get(id)?.has(t) ?? true) && (formats.get(id)?.includes(kind) ?? true);
    const unexamined = present.flatMap((t) => {
      if (!rules.some((id) => examined.get(id)?.has(t) ?? true)) return [t];
      // `AWS::S3::Bucket in cloudformation files` when its rules judge the type in other kinds of file only
      const missed = [...(inventory.kindsOf?.(t) ?? [])].filter((kind) => !rules.some((id) => looksAt(id, t, kind)));
      return missed.length === 0 ? [] : [`${t} in ${missed.join(' and ')} files`];
    });
    if (unexamined.length > 0) return { ...base, status: 'not-checked', reason: `its rules do not look at ${unexamined.join(', ')}` };
    const silent = rules.filter((id) => unconfirming.has(id));
    if (silent.length > 0) return { ...base, status: 'not-checked', reason: `nothing found, but ${silent.join(', ')} cannot tell a missing setup from one made elsewhere` };
    return { ...base, status: 'pass' };
  };

  const controls = catalog.controls.map(judge);
  return {
    tool: report.tool,
    framework: { id: framework, title: catalog.title, ...(catalog.version ? { version: catalog.version } : {}) },
    files: report.results.length,
    unreadable: report.results
      .filter((r) => r.kind === 'unknown')
      .map((r) => ({ file: r.file, message: r.findings.find((f) => f.ruleId === 'parse-error')?.message ?? 'could not be parsed' })),
    controls,
    summary: summarize(controls),
  };
}

function summarize(controls: ControlResult[]): ComplianceSummary {
  const count = (s: ControlResult['status']) => controls.filter((c) => c.status === s).length;
  return { controls: controls.length, fail: count('fail'), pass: count('pass'), notChecked: count('not-checked'), notApplicable: count('not-applicable') };
}
