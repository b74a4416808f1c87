type Version = [number, number, number];

interface Bound {
  v: Version;
  inclusive: boolean;
}

const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** `3`, `3.7`, `v3.7.0`, `3.7.0-beta1` → the numbers given (pre-release and build suffixes dropped). */
function parseVersion(text: string): number[] | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+][0-9A-Za-z.-]*)?$/.exec(text.trim());
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter((p) => p !== undefined).map(Number);
}

const full = (parts: number[]): Version => [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];

/**
 * The major versions a Terraform version constraint (`3.7.0`, `~> 3.0`, `>= 3.1, < 5`) admits, or undefined
 * when it does not parse or admits every major from some point on (no upper bound): the caller cannot then tell
 * which major `terraform init` would pick. `!=` clauses exclude single versions and are ignored here.
 */
export function admittedMajors(constraint: string): number[] | undefined {
  let lower: Bound = { v: [0, 0, 0], inclusive: true };
  let upper: Bound | undefined;
  const raise = (b: Bound) => {
    const c = cmp(b.v, lower.v);
    if (c > 0 || (c === 0 && !b.inclusive)) lower = b;
  };
  const cap = (b: Bound) => {
    const c = upper ? cmp(b.v, upper.v) : -1;
    if (!upper || c < 0 || (c === 0 && !b.inclusive)) upper = b;
  };
  for (const clause of constraint.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*(\S+)\s*$/.exec(clause);
    if (!m) return undefined;
    const op = m[1] ?? '=';
    const parts = parseVersion(m[2]);
    if (!parts) return undefined;
    const v = full(parts);
    switch (op) {
      case '=':
        raise({ v, inclusive: true });
        cap({ v, inclusive: true });
        break;
      case '>=':
        raise({ v, inclusive: true });
        break;
      case '>':
        raise({ v, inclusive: false });
        break;
      case '<=':
        cap({ v, inclusive: true });
        break;
      case '<':
        cap({ v, inclusive: false });
        break;
      case '~>': {
        // Only the rightmost number given may grow: `~> 3.0` allows 3.x, `~> 3.7.0` allows 3.7.x, and `~> 3`
        // allows 3 and every later major (Terraform's pessimistic operator), so it sets no upper bound.
        raise({ v, inclusive: true });
        if (parts.length === 1) break;
        const top: Version = parts.length >= 3 ? [v[0], v[1] + 1, 0] : [v[0] + 1, 0, 0];
        cap({ v: top, inclusive: false });
        break;
      }
      case '!=':
        break;
    }
  }
  if (!upper) return undefined;
  const c = cmp(lower.v, upper.v);
  if (c > 0 || (c === 0 && !(lower.inclusive && upper.inclusive))) return [];
  // An exclusive upper bound at M.0.0 admits nothing of major M.
  const top = !upper.inclusive && upper.v[1] === 0 && upper.v[2] === 0 ? upper.v[0] - 1 : upper.v[0];
  const out: number[] = [];
  for (let major = lower.v[0]; major <= top; major++) out.push(major);
  return out;
}
