import type { FileKind } from '../core/finding.ts';
import type { Path } from '../core/range.ts';
import type { SourceDocument } from '../parse/document.ts';
import type { Scenario } from './scenario.ts';
import type { Value } from './value.ts';

export type Provider = 'cloudformation' | 'terraform' | 'iam';

/**
 * A resource in the provider-neutral model. Its type and property shape are CloudFormation's
 * (`AWS::S3::Bucket`, `BucketEncryption`…): AWS's own public schema of every resource, which the Terraform
 * adapter maps onto, so one policy reads both.
 */
export interface Resource {
  provider: Provider;
  type: string;
  /** Logical id (CloudFormation) or address (Terraform). */
  id: string;
  file: string;
  /** Path of the resource in its document (`['Resources', 'Logs']`); findings about it point at the last key. */
  path: Path;
  /** Path of its properties object; a missing property is reported here (or at `path` when there is none). */
  propertiesPath: Path;
  /** Properties resolved under a scenario; intrinsic functions evaluated where their inputs are known. */
  properties(s: Scenario): Value | undefined;
  /**
   * Terraform: the resource's own attributes, evaluated but not mapped onto CloudFormation's shape, for rules about
   * what a configuration writes rather than what it configures (a secret in any attribute, mapped or not).
   */
  sourceAttributes?(s: Scenario): Value | undefined;
  /** Name of the condition that decides whether the resource is created at all, if any. */
  condition?: string;
  /** Ids of the resources this one refers to (Ref, GetAtt, Sub, DependsOn). */
  references: Set<string>;
  /**
   * Terraform: the resources whose properties this one was merged into (an aws_s3_bucket_public_access_block into
   * its bucket), where the policies read it; absent when it names none of the configuration.
   */
  mergedInto?: string[];
}

export type PolicyKind = 'identity' | 'resource' | 'trust' | 'scp' | 'unknown';

/** An IAM policy document, embedded in a resource or standing alone in its own file. */
export interface PolicyDocument {
  kind: PolicyKind;
  /** The resource that holds it (the Role, the BucketPolicy…), or null for a standalone document. */
  owner: Resource | null;
  /** A short label of where it comes from, for messages: `Role.Policies[0]`, `AssumeRolePolicyDocument`. */
  name: string;
  file: string;
  /** Path of the document object in its source document. */
  path: Path;
  document(s: Scenario): Value | undefined;
}

/**
 * What is linted together: one CloudFormation template, one standalone policy file, later one Terraform module.
 * Findings are reported per file of the unit.
 */
export interface Unit {
  kind: FileKind;
  /** The main file (a template); Terraform units have several documents. */
  file: string;
  documents: Map<string, SourceDocument>;
  resources: Resource[];
  policies: PolicyDocument[];
}

export interface Model {
  units: Unit[];
}
