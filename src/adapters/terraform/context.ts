import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { SourceDocument } from '../../parse/document.ts';
import type { ModuleConfig } from './config.ts';
import { readConfig } from './config.ts';
import { findCycles } from './cycles.ts';
import type { TfFile } from './files.ts';
import { readModuleDocuments, tfFiles } from './module-files.ts';
import type { TfProblem } from './problems.ts';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Our models' configurations, read once: they never change while the process runs. */
const MODEL_CONFIGS = new Map<string, ModuleConfig>();

/** What one load shares across the module tree: the root folder, problems, files read, evaluations under way. */
export class LoadContext {
  readonly problems: TfProblem[] = [];
  /** Documents read while loading, beyond those given: called modules' files, variable files. */
  readonly documents: SourceDocument[] = [];
  /** Evaluations under way, by what they compute: meeting one again is a reference cycle. */
  readonly active = new Set<string>();
  private readonly texts = new Map<string, string | undefined>();
  private readonly configs = new Map<string, ModuleConfig>();
  private manifest: Map<string, string> | undefined;

  /**
   * @param display names a file read while loading: like the documents given, relative to the current
   * directory when they are relative, so that findings in a called module read like those of the root.
   */
  constructor(
    readonly rootDir: string,
    readonly display: (path: string) => string = (p) => p,
  ) {}

  /** A file for `file()` and `templatefile()`: relative to the root module, as Terraform runs there; else to the module. */
  readText(path: string, moduleDir: string): string | undefined {
    const candidates = isAbsolute(path) ? [path] : [resolve(this.rootDir, path), resolve(moduleDir, path)];
    for (const p of candidates) {
      if (!this.texts.has(p)) this.texts.set(p, readSmallFile(p));
      const text = this.texts.get(p);
      if (text !== undefined) return text;
    }
    return undefined;
  }

  /**
   * The configuration of a directory, given its files (the root) or read from disk (a called module), once. A
   * model's files (data/terraform-modules) are not the user's: they are parsed once per process, and not returned
   * as documents to report in (findings on them are moved to the module call).
   */
  config(dir: string, files?: TfFile[], model = false): ModuleConfig {
    let config = this.configs.get(dir);
    if (config) return config;
    if (!files && model) {
      // Read once per process: our files have no problems to report, and a configuration is not changed once read.
      let shared = MODEL_CONFIGS.get(dir);
      if (!shared) MODEL_CONFIGS.set(dir, (shared = readConfig(dir, tfFiles(readModuleDocuments(dir)), [])));
      this.configs.set(dir, shared);
      return shared;
    }
    if (!files) {
      const docs = readModuleDocuments(dir, this.display);
      this.documents.push(...docs);
      files = tfFiles(docs);
    }
    config = readConfig(dir, files, this.problems);
    this.problems.push(...findCycles(config));
    this.configs.set(dir, config);
    return config;
  }

  /** Where `terraform init` put the modules it downloaded, by module key (`storage`, `storage.inner`). */
  installedModule(key: string): string | undefined {
    if (!this.manifest) {
      this.manifest = new Map();
      const text = readSmallFile(resolve(this.rootDir, '.terraform', 'modules', 'modules.json'));
      try {
        const data = text ? (JSON.parse(text) as { Modules?: { Key?: unknown; Dir?: unknown }[] }) : {};
        for (const m of data.Modules ?? []) {
          if (typeof m.Key === 'string' && typeof m.Dir === 'string') this.manifest.set(m.Key, resolve(this.rootDir, m.Dir));
        }
      } catch {
        // A manifest that does not parse is as good as none: the modules stay unknown.
      }
    }
    const dir = this.manifest.get(key);
    return dir && isDirectory(dir) ? dir : undefined;
  }
}

function readSmallFile(path: string): string | undefined {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > MAX_FILE_BYTES) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function isDirectory(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isDirectory();
  } catch {
    return false;
  }
}
