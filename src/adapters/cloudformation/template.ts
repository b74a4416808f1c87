import type { MapNode, Node } from '../../parse/node.ts';
import { get, getEntry } from '../../parse/node.ts';
import type { SourceDocument } from '../../parse/document.ts';

/** The top-level sections of a template that resolution reads. */
export interface Template {
  doc: SourceDocument;
  root: MapNode;
  parameters: MapNode | undefined;
  mappings: MapNode | undefined;
  conditions: MapNode | undefined;
  resources: MapNode | undefined;
  /** User-supplied parameter values (config `parameters`), which win over defaults. */
  parameterValues: Record<string, unknown>;
}

const asMap = (n: Node | undefined): MapNode | undefined => (n?.kind === 'map' ? n : undefined);

export function readTemplate(doc: SourceDocument, parameterValues: Record<string, unknown> = {}): Template | undefined {
  const root = asMap(doc.root);
  if (!root) return undefined;
  return {
    doc,
    root,
    parameters: asMap(get(root, 'Parameters')),
    mappings: asMap(get(root, 'Mappings')),
    conditions: asMap(get(root, 'Conditions')),
    resources: asMap(get(root, 'Resources')),
    parameterValues,
  };
}

export const hasResource = (t: Template, id: string) => getEntry(t.resources, id) !== undefined;
