import type { MapNode, Node } from '../../parse/node.ts';
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
  /** User-supplied parameter values (config `parameters`), which win over defaults. */
  parameterValues: Record<string, unknown>;
}

const asMap = (n: Node | undefined): MapNode | undefined => (n?.kind === 'map' ? n : undefined);

export function readTemplate(doc: SourceDocument, parameterValues: Record<string, unknown> = {}): Template | undefined {
  const root = asMap(doc.root);
  if (!root) return undefined;
  const resources = asMap(get(root, 'Resources'));
  return {
    doc,
    root,
    parameters: asMap(get(root, 'Parameters')),
    mappings: asMap(get(root, 'Mappings')),
    conditions: asMap(get(root, 'Conditions')),
    resources,
    resourceIds: new Set(resources?.entries.map((e) => e.key)),
    parameterValues,
  };
}

