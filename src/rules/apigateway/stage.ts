import type { Path } from '../../core/range.ts';
import type { Resource } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/**
 * An API Gateway stage as the rules on stage settings read it, whichever resource creates it: a REST stage
 * (AWS::ApiGateway::Stage, a Deployment with a StageName, whose settings are its StageDescription, a SAM Api), or
 * an HTTP or WebSocket stage (AWS::ApiGatewayV2::Stage, a SAM HttpApi).
 */
export interface Stage {
  resource: Resource;
  /** 1: REST APIs; 2: HTTP and WebSocket APIs, whose settings are named differently. */
  version: 1 | 2;
  /** The object that holds the settings; undefined for a Deployment that has no StageDescription. */
  settings: Value | undefined;
  /** Where a missing setting is reported. */
  path: Path;
  file: string;
}

const SHAPES: Record<string, { version: 1 | 2; under?: string }> = {
  'AWS::ApiGateway::Stage': { version: 1 },
  'AWS::ApiGateway::Deployment': { version: 1, under: 'StageDescription' },
  'AWS::Serverless::Api': { version: 1 },
  'AWS::ApiGatewayV2::Stage': { version: 2 },
  'AWS::Serverless::HttpApi': { version: 2 },
};

export const STAGE_TYPES = Object.keys(SHAPES);

/**
 * The types stageOf reads a stage from, for a rule's resourceTypes hint: those of one API version (all when none
 * is given), less the ones the rule skips.
 */
export function stageTypes(version?: 1 | 2, ...except: string[]): ReadonlySet<string> {
  return new Set(STAGE_TYPES.filter((t) => (version === undefined || SHAPES[t].version === version) && !except.includes(t)));
}

/**
 * The stage a resource creates, or undefined when it creates none (a Deployment without StageName) or when its
 * settings are only known at deploy time.
 */
export function stageOf(r: Resource, s: Scenario): Stage | undefined {
  const shape = SHAPES[r.type];
  if (!shape) return undefined;
  const props = r.properties(s);
  if (props === undefined || props.kind !== 'object') return undefined;
  if (!shape.under) return { resource: r, version: shape.version, settings: props, path: props.path, file: props.file ?? r.file };
  if (field(props, 'StageName') === undefined) return undefined;
  const under = field(props, shape.under);
  if (under?.kind === 'unknown') return undefined;
  return { resource: r, version: shape.version, settings: under, path: under?.path ?? [...props.path, shape.under], file: under?.file ?? props.file ?? r.file };
}

/** A value that says nothing: absent, null or an empty string (Terraform writes "" for "not set"). */
export const isBlank = (v: Value | undefined): boolean => v === undefined || (v.kind === 'scalar' && (v.value === null || v.value === ''));
