import type { Finding, RelatedLocation } from '../core/finding.ts';
import type { Location } from '../core/range.ts';
import { formatMessage } from '../core/rule-meta.ts';
import type { Severity } from '../core/severity.ts';
import type { Unit } from '../model/model.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Via } from '../model/value.ts';
import { firstBranch } from '../model/scenario.ts';
import type { SourceDocument } from '../parse/document.ts';
import { locate } from '../parse/document.ts';
import type { Run } from './explore.ts';
import { explore } from './explore.ts';
import { scenarioLabel } from './merge-scenarios.ts';
import type { ReportDescriptor, Rule, RuleContext } from './rule.ts';

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options?: Record<string, unknown>;
}

/** Runs the rules over one unit of the model; returns its findings, each located by the core from its path. */
export function runRules(unit: Unit, rules: ActiveRule[]): Finding[] {
  const findings: Finding[] = [];
  for (const active of rules) {
    let scenario: Scenario = firstBranch;
    let sink: ReportDescriptor[] = [];
    const ctx: RuleContext = {
      unit,
      get scenario() {
        return scenario;
      },
      options: active.options ?? {},
      report: (d) => void sink.push(d),
    };
    const visitors = active.rule.create(ctx);
    const visit = (call: () => void) => {
      const { runs, truncated } = explore((s) => {
        scenario = s;
        sink = [];
        call();
        return sink;
      });
      findings.push(...mergeRuns(unit, active, runs, truncated));
    };
    if (visitors.unit) visit(() => visitors.unit!(unit));
    if (visitors.resource) for (const r of unit.resources) visit(() => visitors.resource!(r));
    if (visitors.policyDocument) for (const d of unit.policies) visit(() => visitors.policyDocument!(d));
  }
  return findings;
}

function mergeRuns(unit: Unit, active: ActiveRule, runs: Run<ReportDescriptor[]>[], truncated: boolean): Finding[] {
  const byKey = new Map<string, { finding: Finding; runs: Set<number> }>();
  runs.forEach((run, i) => {
    for (const d of run.result) {
      const finding = toFinding(unit, active, d);
      const key = `${finding.messageId}\u0000${finding.message}\u0000${JSON.stringify(finding.location.path)}\u0000${finding.location.start.line}:${finding.location.start.column}`;
      const entry = byKey.get(key);
      if (entry) entry.runs.add(i);
      else byKey.set(key, { finding, runs: new Set([i]) });
    }
  });
  const out: Finding[] = [];
  for (const { finding, runs: withIt } of byKey.values()) {
    const label = scenarioLabel(runs, withIt);
    out.push(label ? { ...finding, scenario: label + (truncated ? ' (branches not all explored)' : '') } : finding);
  }
  return out;
}

function toFinding(unit: Unit, active: ActiveRule, d: ReportDescriptor): Finding {
  const meta = active.rule.meta;
  const template = meta.messages[d.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId "${d.messageId}"`);
  const file = d.file ?? unit.file;
  const doc = unit.documents.get(file);
  return {
    ruleId: meta.id,
    messageId: d.messageId,
    severity: active.severity,
    message: formatMessage(template, d.data),
    resource: d.resource ?? null,
    location: locateIn(doc, d.path, d.key),
    ...(d.related && d.related.length > 0 ? { related: d.related.map((v) => relatedOf(unit, file, v)) } : {}),
  };
}

function locateIn(doc: SourceDocument | undefined, path: (string | number)[], key?: boolean): Location {
  if (!doc) return { path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return locate(doc, path, { key: key ?? false });
}

function relatedOf(unit: Unit, file: string, v: Via): RelatedLocation {
  const f = v.file ?? file;
  const location: Location = v.range ? { path: v.path, start: v.range.start, end: v.range.end } : locateIn(unit.documents.get(f), v.path);
  return { message: v.message, ...(f !== unit.file ? { file: f } : {}), location };
}
