import { basename, dirname, isAbsolute } from 'node:path';
import { toStr } from '../convert.ts';
import { EvalError } from '../eval-error.ts';
import { parseTemplateString } from '../template-string.ts';
import { scalar, unknownAt } from '../values.ts';
import { arity, entries, str, strict } from './args.ts';
import type { Fn, FnContext } from './types.ts';

/** Terraform reads relative paths from the directory it runs in: the root module's. */
function read(path: string, ctx: FnContext): string | undefined {
  return ctx.sc.mod.ctx.readText(path, ctx.sc.mod.dir);
}

export const FILES: Record<string, Fn> = {
  file(args, ctx) {
    arity(args, 1);
    const path = toStr(args[0]);
    if (path === undefined) return unknownAt(ctx.at, ctx.symbol);
    const text = read(path, ctx);
    if (text === undefined) throw new EvalError(`file: cannot read "${path}"`);
    return scalar(text, ctx.at);
  },
  fileexists: strict((args, ctx) => scalar(read(str(args[0]), ctx) !== undefined, ctx.at)),
  templatefile(args, ctx) {
    arity(args, 2);
    const path = toStr(args[0]);
    const vars = entries(args[1]);
    if (path === undefined || !vars) return unknownAt(ctx.at, ctx.symbol);
    const text = read(path, ctx);
    if (text === undefined) throw new EvalError(`templatefile: cannot read "${path}"`);
    const expr = parseTemplateString(text, { start: 0, end: 0, path: ctx.at.path });
    if (!expr) throw new EvalError(`templatefile: "${path}" is not a valid template`);
    return ctx.evaluate(expr, { ...ctx.sc, vars, closed: true, instance: undefined, depth: ctx.sc.depth + 1 });
  },
  basename: strict((args, ctx) => scalar(basename(str(args[0])), ctx.at)),
  dirname: strict((args, ctx) => scalar(dirname(str(args[0])), ctx.at)),
  abspath: strict((args, ctx) => {
    const p = str(args[0]);
    return isAbsolute(p) ? scalar(p, ctx.at) : unknownAt(ctx.at, ctx.symbol);
  }),
};
