import { resolve } from 'node:path';
import type { Decl } from './config.ts';
import { isDirectory } from './context.ts';
import type { ModuleInstance } from './module-instance.ts';
import type { TfProblem } from './problems.ts';
import { registryModel, type ModelChoice } from './registry-models.ts';

/** `model`: the folder is our model of a registry module (data/terraform-modules), not the module's code. */
export type Source = { dir: string; model?: boolean; defaults?: ModelChoice['defaults'] } | { missing: TfProblem } | { remote: string };

/**
 * Where a module call's code is. A local path (`./x`, `../x`) must exist: a missing one is a warning. Anything
 * else (registry, git, S3…) is used when `terraform init` has put it under .terraform/modules; otherwise a
 * public registry module we have a model of, at a version the model covers, is read from the model; otherwise
 * the module is unknown, which is not an error.
 */
export function moduleSource(caller: ModuleInstance, name: string, decl: Decl): Source {
  const attr = decl.attrs.get('source');
  const source = attr?.expr.kind === 'literal' && typeof attr.expr.value === 'string' ? attr.expr.value : undefined;
  if (source === undefined) return { remote: '(no literal source)' };
  if (/^\.\.?([\\/]|$)/.test(source)) {
    const dir = resolve(caller.dir, source);
    if (isDirectory(dir)) return { dir };
    const at = attr!;
    return {
      missing: {
        ruleId: 'terraform/module-not-found',
        severity: 'warning',
        message: `Module "${name}": no directory at "${source}" (${dir}); its resources are not linted and its outputs are unknown`,
        file: decl.file.path,
        path: at.path,
        range: decl.file.range(at.expr.start, at.expr.end),
      },
    };
  }
  const installed = caller.ctx.installedModule([...caller.callNames, name].join('.'));
  if (installed) return { dir: installed };
  const version = decl.attrs.get('version');
  if (version && !(version.expr.kind === 'literal' && typeof version.expr.value === 'string')) return { remote: source };
  const model = registryModel(source, version?.expr.kind === 'literal' ? String(version.expr.value) : undefined);
  return model ? { dir: model.dir, model: true, defaults: model.defaults } : { remote: source };
}
