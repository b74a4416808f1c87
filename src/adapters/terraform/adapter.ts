import type { FileKind } from '../../core/finding.ts';
import type { Unit } from '../../model/model.ts';
import type { SourceDocument } from '../../parse/document.ts';
import type { TfInstance } from './instance.ts';
import { mapInstances } from './map/index.ts';

/**
 * A Terraform configuration (a directory of .tf and .tf.json files with the modules it calls) or a plan, as one
 * unit: IAM aggregation and merged resources need all of it at once. `file` names the unit (the directory, or the
 * plan file); each finding is reported in the file its value came from.
 */
export function adaptTerraform(instances: TfInstance[], documents: Map<string, SourceDocument>, file: string, kind: FileKind = 'terraform'): Unit {
  const { resources, policies } = mapInstances(instances);
  return { kind, file, documents, resources, policies };
}
