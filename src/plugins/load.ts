import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem } from '../core/problem.ts';
import { metaProblems } from '../core/rule-meta.ts';
import type { LoadedPlugin, Plugin } from './types.ts';
import { dynamicImport } from '../core/dynamic-import.ts';


/**
 * Imports the plugins the user listed, and only those: a path (relative to the config's folder) or a package
 * resolved from there. A plugin with incomplete rule metadata is refused with a problem naming the rule.
 */
export async function loadPlugins(specs: string[], root: string, configFile: string | null): Promise<{ plugins: LoadedPlugin[]; problems: Problem[] }> {
  const plugins: LoadedPlugin[] = [];
  const problems: Problem[] = [];
  for (const [i, spec] of specs.entries()) {
    const bad = (message: string) => problems.push({ code: 'plugin/invalid', message: `plugin "${spec}": ${message}`, path: ['plugins', i], file: configFile });
    let file: string;
    try {
      file = spec.startsWith('.') || isAbsolute(spec) ? resolve(root, spec) : createRequire(resolve(root, 'noop.js')).resolve(spec);
    } catch {
      bad('cannot be found (not a file, nor a package installed where the config is)');
      continue;
    }
    let mod: { default?: unknown };
    try {
      mod = await dynamicImport<{ default?: unknown }>(pathToFileURL(file).href);
    } catch (e) {
      bad(`failed to load: ${(e as Error).message}`);
      continue;
    }
    const plugin = (mod.default ?? mod) as Plugin;
    if (!plugin || typeof plugin !== 'object' || !plugin.meta || typeof plugin.meta.name !== 'string') {
      bad('does not export a plugin object with meta.name');
      continue;
    }
    const ruleProblems = (plugin.rules ?? []).flatMap((r, ri) => {
      const ps = metaProblems(r?.meta);
      if (typeof r?.create !== 'function') ps.push('create is not a function');
      return ps.map((m) => `rules[${ri}] (${r?.meta?.id ?? 'no id'}): ${m}`);
    });
    if (ruleProblems.length > 0) {
      ruleProblems.forEach(bad);
      continue;
    }
    if (plugin.apply !== undefined && typeof plugin.apply !== 'function') {
      bad('apply is not a function');
      continue;
    }
    plugins.push({ plugin, policies: (plugin.policies ?? []).map((p) => resolve(dirname(file), p)) });
  }
  return { plugins, problems };
}
