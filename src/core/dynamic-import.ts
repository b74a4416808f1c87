/**
 * Set by bin/cloudseclint.js when it runs the dist bundle: an `import()` made from a normally loaded module.
 * The bundle is compiled from V8's code cache with vm.Script, and on node 20 functions restored from a code
 * cache lose the script's dynamic import callback ("A dynamic import callback was not specified"), so the
 * bundle's own `import()` cannot load a plugin or web-tree-sitter.
 */
declare const __cslDynamicImport: ((specifier: string) => Promise<unknown>) | undefined;

/** `import(specifier)` that also works from the code-cached bundle. Takes a URL or a bare package name. */
export function dynamicImport<T = unknown>(specifier: string): Promise<T> {
  if (typeof __cslDynamicImport === 'function') return __cslDynamicImport(specifier) as Promise<T>;
  return import(specifier) as Promise<T>;
}
