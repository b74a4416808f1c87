import type { SourceDocument } from '../../parse/document.ts';
import type { Unit } from '../../model/model.ts';
import { nodeToValue } from './node-value.ts';
import { policyKindOf } from './policy-kind.ts';

/** A standalone policy file becomes the same PolicyDocument object as one embedded in a template. */
export function adaptIamPolicy(doc: SourceDocument): Unit {
  const unit: Unit = { kind: 'iam-policy', file: doc.file, documents: new Map([[doc.file, doc]]), resources: [], policies: [] };
  if (!doc.root) return unit;
  const value = nodeToValue(doc.root, []);
  unit.policies.push({ kind: policyKindOf(doc.root), owner: null, name: doc.file, file: doc.file, path: [], document: () => value });
  return unit;
}
