import type { HclAttribute, HclBlock, HclBody } from '../../parse/hcl-ast.ts';
import type { TfFile } from './files.ts';
import { overrideBody } from './overrides.ts';
import type { TfProblem } from './problems.ts';

/** A block of a configuration with the file it is in and its attributes by name. */
export interface Decl {
  block: HclBlock;
  file: TfFile;
  body: HclBody;
  attrs: Map<string, HclAttribute>;
}

export interface LocalDecl {
  attr: HclAttribute;
  file: TfFile;
}

/** What one directory (one Terraform module) declares, all its files read together. */
export interface ModuleConfig {
  dir: string;
  files: TfFile[];
  variables: Map<string, Decl>;
  locals: Map<string, LocalDecl>;
  /** Managed resources by `type.name`. */
  resources: Map<string, Decl>;
  /** Data sources by `type.name`. */
  data: Map<string, Decl>;
  modules: Map<string, Decl>;
  outputs: Map<string, Decl>;
}

export function decl(block: HclBlock, file: TfFile, body: HclBody = block.body): Decl {
  const attrs = new Map<string, HclAttribute>();
  for (const item of body.items) if (item.kind === 'attribute') attrs.set(item.name, item);
  return { block, file, body, attrs };
}

/** Override files (`override.tf`, `*_override.tf`) merge into the blocks the other files declare. */
const isOverride = (path: string) => /(^|[\\/])(override|[^\\/]*_override)\.tf(\.json)?$/.test(path);

export function readConfig(dir: string, files: TfFile[], problems: TfProblem[]): ModuleConfig {
  const config: ModuleConfig = {
    dir,
    files,
    variables: new Map(),
    locals: new Map(),
    resources: new Map(),
    data: new Map(),
    modules: new Map(),
    outputs: new Map(),
  };
  const ordered = [...files.filter((f) => !isOverride(f.path)), ...files.filter((f) => isOverride(f.path))];
  for (const file of ordered) {
    const override = isOverride(file.path);
    for (const item of file.body.items) {
      if (item.kind !== 'block') continue;
      const table = tableOf(config, item);
      if (item.type === 'locals') {
        for (const a of item.body.items) {
          if (a.kind !== 'attribute') continue;
          const earlier = config.locals.get(a.name);
          if (earlier && !override) problems.push(duplicate(`local.${a.name}`, earlier.file, earlier.attr.start, file, a));
          config.locals.set(a.name, { attr: a, file });
        }
        continue;
      }
      if (!table) continue;
      const key = item.labels.join('.');
      const earlier = table.get(key);
      if (earlier && override) table.set(key, decl(earlier.block, earlier.file, overrideBody(earlier.body, item.body)));
      else {
        // Within one file the parser has reported it already.
        if (earlier && earlier.file !== file) problems.push(duplicate(`${item.type} ${key}`, earlier.file, earlier.block.start, file, item));
        if (!override || !earlier) table.set(key, decl(item, file));
      }
    }
  }
  return config;
}

function tableOf(config: ModuleConfig, b: HclBlock): Map<string, Decl> | undefined {
  const want = b.type === 'resource' || b.type === 'data' ? 2 : 1;
  if (b.labels.length !== want) return undefined;
  switch (b.type) {
    case 'resource':
      return config.resources;
    case 'data':
      return config.data;
    case 'module':
      return config.modules;
    case 'variable':
      return config.variables;
    case 'output':
      return config.outputs;
  }
  return undefined;
}

function duplicate(what: string, firstFile: TfFile, firstStart: number, file: TfFile, item: HclBlock | HclAttribute): TfProblem {
  const first = firstFile.range(firstStart, firstStart);
  return {
    ruleId: 'parse/duplicate-key',
    severity: 'error',
    message: `Duplicate ${what}: already declared in ${firstFile.path} on line ${first.start.line}; the last one is used`,
    file: file.path,
    path: item.path,
    range: file.range(item.start, item.kind === 'block' ? item.headerEnd : item.start + item.name.length),
  };
}
