import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FileKind } from '../../core/finding.ts';
import type { Unit } from '../../model/model.ts';
import type { SourceDocument } from '../../parse/document.ts';
import type { TfInstance } from './instance.ts';
import type { LoadOptions } from './load-module.ts';
import { loadModule } from './load-module.ts';
import { mapInstances } from './map/index.ts';
import { readModuleDocuments } from './module-files.ts';
import { planInstances } from './plan.ts';
import { pointAtSource } from './plan-source.ts';
import type { TfProblem } from './problems.ts';

/**
 * A Terraform configuration (a directory of .tf and .tf.json files with the modules it calls) or a plan, as one
 * unit: IAM aggregation and merged resources need all of it at once. `file` names the unit (the directory, or the
 * plan file); each finding is reported in the file its value came from.
 */
export function adaptTerraform(instances: TfInstance[], documents: Map<string, SourceDocument>, file: string, kind: FileKind = 'terraform'): Unit {
  const { resources, policies } = mapInstances(instances);
  return { kind, file, documents, resources, policies };
}

export interface TerraformUnit {
  unit: Unit;
  /** Problems of the configuration as a whole (cycles, missing modules, unreadable variable files). */
  problems: TfProblem[];
  /** Directories it read as local modules: linted through it, with the arguments it passes. */
  modules: string[];
}

/**
 * The configurations in one directory's documents: one, as Terraform reads a directory. A folder whose files
 * declare the same resource (or module, variable…) twice is not one configuration Terraform would accept
 * (fixture folders hold alternative versions of one configuration side by side): each file is then read as its
 * own.
 */
export async function terraformUnits(dir: string, displayDir: string, documents: SourceDocument[], options: LoadOptions): Promise<TerraformUnit[]> {
  const groups = declaresTwice(documents) ? documents.map((d) => ({ docs: [d], name: d.file })) : [{ docs: documents, name: displayDir }];
  const out: TerraformUnit[] = [];
  for (const g of groups) {
    const loaded = await loadModule(dir, g.docs, options);
    const all = new Map([...g.docs, ...loaded.documents].map((d) => [d.file, d]));
    const modules = [...new Set(loaded.documents.filter((d) => /\.tf(\.json)?$/i.test(d.file)).map((d) => resolve(dirname(d.file))))];
    out.push({ unit: adaptTerraform(loaded.instances, all, g.name), problems: loaded.problems, modules });
  }
  return out;
}

/**
 * A plan as a unit. When the configuration it was planned from is beside it (its .tf files in the same
 * directory), findings point at the .tf source; otherwise at the plan's JSON.
 */
export async function planUnit(doc: SourceDocument, absolute: string, options: LoadOptions): Promise<TerraformUnit> {
  let instances = planInstances(doc);
  const documents = new Map([[doc.file, doc]]);
  const dir = dirname(absolute);
  const sources = existsSync(dir) ? readModuleDocuments(dir) : [];
  if (sources.length > 0 && instances.length > 0) {
    const loaded = await loadModule(dir, sources, options);
    instances = pointAtSource(instances, loaded.instances);
    for (const d of [...sources, ...loaded.documents]) documents.set(d.file, d);
  }
  // The source's own problems are reported when its files are linted; the plan has none of its own.
  return { unit: adaptTerraform(instances, documents, doc.file, 'terraform-plan'), problems: [], modules: [] };
}

const NAMED_BLOCKS = new Set(['resource', 'data', 'module', 'variable', 'output']);

/** Whether two documents declare the same resource, data source, module call, variable or output. */
function declaresTwice(documents: SourceDocument[]): boolean {
  if (documents.length < 2) return false;
  const seen = new Set<string>();
  for (const doc of documents) {
    const mine = new Set<string>();
    const root = doc.root?.kind === 'map' ? doc.root : undefined;
    for (const section of root?.entries ?? []) {
      if (!NAMED_BLOCKS.has(section.key) || section.value.kind !== 'map') continue;
      for (const entry of section.value.entries) {
        if (section.key !== 'resource' && section.key !== 'data') mine.add(`${section.key}.${entry.key}`);
        else if (entry.value.kind === 'map') for (const name of entry.value.entries) mine.add(`${section.key}.${entry.key}.${name.key}`);
      }
    }
    for (const k of mine) {
      if (seen.has(k)) return true;
      seen.add(k);
    }
  }
  return false;
}
