import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { packageRoot } from '../../core/package-root.ts';
import { admittedMajors } from './version-constraint.ts';

/**
 * Our models of public registry modules (`terraform-aws-modules/<name>/aws`), written in HCL under
 * data/terraform-modules/<name>/: what a call creates when `terraform init` has not downloaded the module.
 * models.json lists them with the major versions each one is faithful to.
 */
interface ModelIndex {
  [name: string]: {
    majors: number[];
    /**
     * Defaults of inputs that changed between the majors a model covers: the model leaves such an input without a
     * default (unknown), and a call whose version admits a single major gets that major's default here.
     */
    defaults?: { [major: string]: { [input: string]: string | number | boolean | null } };
  };
}

/** The model for a call, and the defaults of its major's inputs when the version admits only one major. */
export interface ModelChoice {
  dir: string;
  defaults: { [input: string]: string | number | boolean | null };
}

let index: ModelIndex | undefined;
let root: string | undefined;

export function modelsRoot(): string {
  return (root ??= join(packageRoot(), 'data', 'terraform-modules'));
}

function models(): ModelIndex {
  if (!index) {
    try {
      index = JSON.parse(readFileSync(join(modelsRoot(), 'models.json'), 'utf8')) as ModelIndex;
    } catch {
      index = {};
    }
  }
  return index;
}

/** Whether a folder is (in) one of our models: a model may call its own submodules by a local path. */
export function isModelDir(dir: string): boolean {
  return dir.startsWith(modelsRoot() + sep);
}

/** Whether a file is one of our models' (its values are relocated to the module call before anyone sees them). */
export function isModelFile(file: string | undefined): boolean {
  return file !== undefined && file.startsWith(modelsRoot() + sep);
}

/**
 * Our model for a module call's `source` and `version`, or undefined. A submodule (`…/aws//modules/x`) is not
 * modelled; a version constraint must admit only majors the model covers. A call without `version` gets the latest
 * release, which may be a major newer than the model (defaults do change between majors: alb 9 drops invalid
 * headers by default, s3-bucket 4 blocks public access): it is not modelled either.
 */
export function registryModel(source: string, version: string | undefined): ModelChoice | undefined {
  const m = /^(?:registry\.terraform\.io\/)?terraform-aws-modules\/([a-z0-9-]+)\/aws$/i.exec(source);
  if (!m) return undefined;
  const name = m[1].toLowerCase();
  const model = Object.hasOwn(models(), name) ? models()[name] : undefined;
  if (!model) return undefined;
  if (version === undefined) return undefined;
  const majors = admittedMajors(version);
  if (!majors || majors.length === 0 || !majors.every((v) => model.majors.includes(v))) return undefined;
  const defaults = majors.length === 1 ? (model.defaults?.[String(majors[0])] ?? {}) : {};
  return { dir: join(modelsRoot(), name), defaults };
}
