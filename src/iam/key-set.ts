/**
 * Names as the catalog writes them, some with placeholders (`aws:ResourceTag/${TagKey}`,
 * `s3:ExistingObjectTag/<key>`, `ssm:resourceTag/tag-key`, `glacier:ResourceTag/`), looked up without case: a
 * placeholder stands for any non-empty text.
 */
export class KeySet<T> {
  private readonly exact = new Map<string, T>();
  private readonly patterns: [RegExp, T][] = [];
  private readonly all: string[] = [];

  constructor(entries: Iterable<[string, T]>) {
    for (const [written, value] of entries) {
      this.all.push(written);
      const name = written.replace(/\/(tag-key)?$/, '/${TagKey}');
      if (/\$\{|<[^>]+>/.test(name)) this.patterns.push([KeySet.pattern(name), value]);
      else this.exact.set(name.toLowerCase(), value);
    }
  }

  /** A name with placeholders as a case-insensitive regular expression. */
  static pattern(name: string): RegExp {
    const body = name
      .split(/\$\{[^}]*\}|<[^>]+>/)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    return new RegExp(`^${body}$`, 'i');
  }

  get(name: string): T | undefined {
    return this.exact.get(name.toLowerCase()) ?? this.patterns.find(([re]) => re.test(name))?.[1];
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  names(): string[] {
    return this.all;
  }
}
