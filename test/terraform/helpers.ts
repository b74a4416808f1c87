import type { TfInstance } from '../../src/adapters/terraform/instance.ts';
import type { LoadOptions, LoadResult } from '../../src/adapters/terraform/load-module.ts';
import { loadModule } from '../../src/adapters/terraform/load-module.ts';
import { readModuleDocuments } from '../../src/adapters/terraform/module-files.ts';
import { explore } from '../../src/model/explore.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { firstBranch } from '../../src/model/scenario.ts';
import type { Value } from '../../src/model/value.ts';
import { locate } from '../../src/parse/document.ts';
import type { SourceDocument } from '../../src/parse/document.ts';
import { loadHclParser } from '../../src/parse/hcl.ts';
import { tempTree } from '../discover/temp-tree.ts';

export type Loaded = LoadResult & { dir: string; docs: SourceDocument[] };

export const tree = tempTree;

/** Loads a folder as `loadModule` would get it from the CLI: its own .tf and .tf.json files parsed. */
export async function load(dir: string, options: LoadOptions = {}): Promise<Loaded> {
  await loadHclParser();
  const own = readModuleDocuments(dir);
  const r = await loadModule(dir, own, options);
  return { ...r, dir, docs: [...own, ...r.documents] };
}

export async function loadFiles(files: Record<string, string>, options: LoadOptions = {}): Promise<Loaded> {
  return load(tree(files), options);
}

export function instance(r: LoadResult, address: string): TfInstance {
  const found = r.instances.find((i) => i.address === address);
  if (!found) throw new Error(`no instance ${address}; have ${r.instances.map((i) => i.address).join(', ')}`);
  return found;
}

/** A value as plain JS, unknowns as `<symbol>` (with their parts joined, `${…}` for each unknown part). */
export function show(v: Value | undefined): unknown {
  if (!v) return undefined;
  switch (v.kind) {
    case 'scalar':
      return v.value;
    case 'unknown':
      return v.parts ? '<' + v.parts.map((p) => (typeof p === 'string' ? p : '${' + p.symbol + '}')).join('') + '>' : `<${v.symbol}>`;
    case 'list':
      return v.items.map(show);
    case 'object':
      return Object.fromEntries([...v.entries].map(([k, i]) => [k, show(i)]));
  }
}

export function attrs(r: LoadResult, address: string, s: Scenario = firstBranch): unknown {
  return show(instance(r, address).attributes(s));
}

/** Every scenario of an instance: the labels of the choices taken and the attributes shown. */
export function branches(r: LoadResult, address: string): { when: string; value: unknown }[] {
  const inst = instance(r, address);
  return explore((s) => show(inst.attributes(s))).runs.map((run) => ({ when: run.decisions.map((d) => d.labels[d.index]).join(' and '), value: run.result }));
}

/** Follows keys and indexes into a value. */
export function dig(v: Value | undefined, ...keys: (string | number)[]): Value | undefined {
  let cur = v;
  for (const k of keys) {
    if (!cur) return undefined;
    if (typeof k === 'number') cur = cur.kind === 'list' ? cur.items[k] : undefined;
    else cur = cur.kind === 'object' ? cur.entries.get(k) : undefined;
  }
  return cur;
}

/** `file:line:column` where a finding on this value would point (the file's basename). */
export function where(r: Loaded, v: Value): string {
  const doc = r.docs.find((d) => d.file === v.file);
  if (!doc) return `${v.file}:?`;
  const loc = locate(doc, v.path);
  return `${v.file!.split('/').pop()}:${loc.start.line}:${loc.start.column}`;
}

/** Where each `via` of a value points, as `message @ file:line:column`. */
export function vias(v: Value | undefined): string[] {
  return (v?.via ?? []).map((x) => `${x.message} @ ${x.file?.split('/').pop()}:${x.range?.start.line}:${x.range?.start.column}`);
}
