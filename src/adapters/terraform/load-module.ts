import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { SourceDocument } from '../../parse/document.ts';
import { loadHclParser } from '../../parse/hcl-load.ts';
import { LoadContext } from './context.ts';
import type { TfInstance } from './instance.ts';
import { ModuleInstance } from './module-instance.ts';
import { tfFiles } from './module-files.ts';
import type { TfProblem } from './problems.ts';
import type { VariableOptions } from './variables.ts';
import { rootInputs } from './variables.ts';

export type LoadOptions = VariableOptions;

export interface LoadResult {
  /** Every resource and data source instance, of the root module and of the local modules it calls. */
  instances: TfInstance[];
  /** Module-level problems: reference cycles, missing local modules, unreadable variable files, duplicates across files. */
  problems: TfProblem[];
  /**
   * Documents read beyond those given (called modules' files, variable files): findings and `via` can point
   * into them, and their own parse problems are on them.
   */
  documents: SourceDocument[];
}

/**
 * Loads a directory as one Terraform configuration: its `.tf` and `.tf.json` documents (parsed by the caller)
 * read together, variables from defaults, variable files and options, local modules followed with the
 * arguments passed in. Instances are listed at once; their attributes are evaluated when asked, per scenario.
 */
export async function loadModule(dir: string, documents: SourceDocument[], options: LoadOptions = {}): Promise<LoadResult> {
  await loadHclParser();
  const rootDir = resolve(dir);
  const relativeNames = documents.length > 0 && documents.every((d) => !isAbsolute(d.file));
  const ctx = new LoadContext(rootDir, relativeNames ? (p) => relative(process.cwd(), p).split(sep).join('/') || '.' : undefined);
  const config = ctx.config(rootDir, tfFiles(documents));
  const root = new ModuleInstance(ctx, config, '', [], [], rootDir, [rootDir]);
  root.inputs = rootInputs(root, options, ctx.problems);
  const instances = root.instances();
  return { instances, problems: ctx.problems, documents: ctx.documents };
}
