/** Every memo made, for startUnit. */
const memos: { clear(): void }[] = [];

/**
 * A cache of what is worked out about the unit under lint (its resources by type, a policy document's statements
 * and clauses, its principals and their escalations), emptied when the engine starts on another unit.
 *
 * Not a module-level WeakMap, as such caches were: V8's scavenger (the collector of young objects) keeps alive what
 * an old WeakMap's values reach, even when their key is dead, until a full collection. A cached value reaches its
 * template's resources and resolved values, so every template of a run was copied by scavenges and promoted, and
 * freed only at the end (with the getters of TemplateResource's comment: over the AWS samples without any rule on,
 * the heap grew from 6 MB to 39 MB and scavenges took 48 ms). A map made per unit dies young with the unit.
 */
export class UnitMemo<K, V> {
  private map: Map<K, V> | undefined = undefined;

  constructor() {
    memos.push(this);
  }

  get(key: K): V | undefined {
    return this.map?.get(key);
  }

  set(key: K, value: V): void {
    (this.map ??= new Map()).set(key, value);
  }

  /** The value for `key`, made by `make` on first use in this unit. */
  getOrSet(key: K, make: () => V): V {
    const map = (this.map ??= new Map());
    let v = map.get(key);
    if (v === undefined) map.set(key, (v = make()));
    return v;
  }

  /** Forgets every entry (startUnit does it for every memo). */
  clear(): void {
    this.map = undefined;
  }
}

/** Called by the engine before it runs the rules on a unit: what was cached about the previous units goes. */
export function startUnit(): void {
  for (let i = 0; i < memos.length; i++) memos[i].clear();
}
