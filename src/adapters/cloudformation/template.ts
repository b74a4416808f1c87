import type { MapEntry, MapNode, Node } from '../../parse/node.ts';
import { get } from '../../parse/node.ts';
import type { SourceDocument } from '../../parse/document.ts';

/** The top-level sections of a template that resolution reads. */
export interface Template {
  doc: SourceDocument;
  root: MapNode;
  parameters: MapNode | undefined;
  mappings: MapNode | undefined;
  conditions: MapNode | undefined;
  resources: MapNode | undefined;
  /** Logical ids of the resources, for constant-time reference checks in large templates. */
  resourceIds: Set<string>;
  /** Parameters by name (the last of duplicates, as getEntry), for constant-time lookups of every Ref. */
  parameterEntries: Map<string, MapEntry>;
  /** User-supplied parameter values (config `parameters`), which win over defaults. */
  parameterValues: Record<string, unknown>;
}

const asMap = (n: Node | undefined): MapNode | undefined => (n?.kind === 'map' ? n : undefined);

export function readTemplate(doc: SourceDocument, parameterValues: Record<string, unknown> = {}): Template | undefined {
  const root = asMap(doc.root);
  if (!root) return undefined;
  const resources = asMap(get(root, 'Resources'));
  const parameters = asMap(get(root, 'Parameters'));
  return {
    doc,
    root,
    parameters,
    mappings: asMap(get(root, 'Mappings')),
    conditions: asMap(get(root, 'Conditions')),
    resources,
    resourceIds: new Set(resources?.entries.map((e) => e.key)),
    parameterEntries: new Map(parameters?.entries.map((e) => [e.key, e])),
    parameterValues,
  };
}

