import type { Unit } from '../model/model.ts';
import { formatTokens } from './arn-pattern.ts';
import type { GlobToken } from './glob-intersect.ts';
import { star } from './glob-intersect.ts';
import { resourceType } from './resource-types.ts';

/** Pseudo parameters whose values never hold `/` or `:` (AWS::StackId and AWS::NotificationARNs do). */
const PSEUDO = new Set(['AWS::AccountId', 'AWS::Region', 'AWS::Partition', 'AWS::URLSuffix', 'AWS::StackName']);

/**
 * What `Ref` and `Fn::GetAtt` give for resource types common in policies: a bare name, or the ARN of a catalog
 * resource type (service and type name), so `${Bucket.Arn}/*` is known to be objects, never the bucket.
 */
const SHAPES: Record<string, { ref?: 'name' | 'arn'; arnAttribute?: string; arn: [string, string] }> = {
  'AWS::S3::Bucket': { ref: 'name', arnAttribute: 'Arn', arn: ['s3', 'bucket'] },
  'AWS::DynamoDB::Table': { ref: 'name', arnAttribute: 'Arn', arn: ['dynamodb', 'table'] },
  'AWS::Lambda::Function': { ref: 'name', arnAttribute: 'Arn', arn: ['lambda', 'function'] },
  'AWS::IAM::Role': { ref: 'name', arnAttribute: 'Arn', arn: ['iam', 'role'] },
  'AWS::KMS::Key': { ref: 'name', arnAttribute: 'Arn', arn: ['kms', 'key'] },
  'AWS::Kinesis::Stream': { ref: 'name', arnAttribute: 'Arn', arn: ['kinesis', 'stream'] },
  'AWS::SQS::Queue': { arnAttribute: 'Arn', arn: ['sqs', 'queue'] },
  'AWS::SNS::Topic': { ref: 'arn', arnAttribute: 'TopicArn', arn: ['sns', 'topic'] },
  'AWS::StepFunctions::StateMachine': { ref: 'arn', arnAttribute: 'Arn', arn: ['states', 'statemachine'] },
  'AWS::ECR::Repository': { arnAttribute: 'Arn', arn: ['ecr', 'repository'] },
};
const NAME = [star(':/')];

/**
 * The shape of a value only known at deploy time, as glob tokens: a single name for a pseudo parameter or the Ref
 * of a bucket, the catalog's ARN format for the Arn of a table; undefined when nothing is known of it (a
 * parameter, an import), which may be anything, even a whole ARN or `*`.
 */
export function symbolTokens(unit: Unit): (symbol: string) => GlobToken[] | undefined {
  const types = new Map(unit.resources.map((r) => [r.id, r.type]));
  const arnOf = (id: string) => {
    const shape = SHAPES[types.get(id) ?? ''];
    const type = shape && resourceType(...shape.arn);
    return type ? formatTokens(type.arn) : undefined;
  };
  return (symbol) => {
    if (PSEUDO.has(symbol)) return NAME;
    const ref = /^Ref (\S+)$/.exec(symbol);
    if (ref) {
      const shape = SHAPES[types.get(ref[1]) ?? ''];
      return shape?.ref === 'name' ? NAME : shape?.ref === 'arn' ? arnOf(ref[1]) : undefined;
    }
    const att = /^Fn::GetAtt ([^.\s]+)\.(\S+)$/.exec(symbol);
    if (att && SHAPES[types.get(att[1]) ?? '']?.arnAttribute === att[2]) return arnOf(att[1]);
    return undefined;
  };
}
