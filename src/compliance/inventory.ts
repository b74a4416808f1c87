import type { FileKind } from '../core/finding.ts';
import type { Model, PolicyKind } from '../model/model.ts';

/** What the files scanned define, to tell which controls apply and which resource a finding is about. */
export interface Inventory {
  /** Resource types present. */
  types: Set<string>;
  /** The kinds of file each type present is defined in (a bucket may be in a template and in Terraform). */
  kindsOf?(type: string): Set<FileKind>;
  /** The type of the resource a finding reported in `file` is about, when it can be told. */
  typeOf(file: string, resource: string | null): string | undefined;
}

/**
 * A policy file on its own is deployed as one of these. A resource policy could belong to any service, so it has
 * no type: its findings then count toward every control their rule implements rather than none.
 */
const STANDALONE_TYPE: Partial<Record<PolicyKind, string>> = {
  identity: 'AWS::IAM::ManagedPolicy',
  trust: 'AWS::IAM::Role',
};

export function inventoryOf(model: Model): Inventory {
  const types = new Set<string>();
  const kinds = new Map<string, Set<FileKind>>();
  const addType = (type: string, kind: FileKind) => {
    types.add(type);
    let k = kinds.get(type);
    if (!k) kinds.set(type, (k = new Set()));
    k.add(kind);
  };
  const byResource = new Map<string, string>();
  const standalone = new Map<string, string>();
  const key = (file: string, id: string) => `${file}\0${id}`;
  for (const unit of model.units) {
    for (const r of unit.resources) {
      addType(r.type, unit.kind);
      // Findings are filed under the unit's main file; a Terraform resource may live in another of its files.
      byResource.set(key(unit.file, r.id), r.type);
      byResource.set(key(r.file, r.id), r.type);
    }
    for (const p of unit.policies) {
      const type = p.owner === null ? STANDALONE_TYPE[p.kind] : undefined;
      if (!type) continue;
      addType(type, unit.kind);
      standalone.set(p.file, type);
    }
  }
  return {
    types,
    kindsOf: (type) => kinds.get(type) ?? new Set(),
    typeOf: (file, resource) => (resource === null ? standalone.get(file) : byResource.get(key(file, resource))),
  };
}
