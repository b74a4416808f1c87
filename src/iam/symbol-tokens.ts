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
 * The same shapes for Terraform, whose references name an attribute of the resource's address
 * (`aws_s3_bucket.logs.arn`, `module.a.aws_kms_key.k[0].key_id`): the attributes holding a bare name or the ARN,
 * by Terraform type (aws_kinesis_stream's and aws_sns_topic's `id` is the ARN; a queue's is its URL).
 */
const TF_SHAPES: Record<string, Record<string, 'name' | 'arn'>> = {
  aws_s3_bucket: { id: 'name', bucket: 'name', arn: 'arn' },
  aws_dynamodb_table: { id: 'name', name: 'name', arn: 'arn' },
  aws_lambda_function: { id: 'name', function_name: 'name', arn: 'arn' },
  aws_iam_role: { id: 'name', name: 'name', arn: 'arn' },
  aws_kms_key: { id: 'name', key_id: 'name', arn: 'arn' },
  aws_kinesis_stream: { name: 'name', id: 'arn', arn: 'arn' },
  aws_sqs_queue: { arn: 'arn' },
  aws_sns_topic: { id: 'arn', arn: 'arn' },
  aws_sfn_state_machine: { id: 'arn', arn: 'arn' },
  aws_ecr_repository: { arn: 'arn' },
};

/** `module.a.aws_kms_key.k[0]` → `aws_kms_key`. */
const terraformType = (address: string) => /^(?:module\.[^.]+\.)*([\w-]+)\./.exec(address)?.[1] ?? '';

/**
 * The shape of a value only known at deploy time, as glob tokens: a single name for a pseudo parameter or the Ref
 * of a bucket, the catalog's ARN format for the Arn of a table; undefined when nothing is known of it (a
 * parameter, an import), which may be anything, even a whole ARN or `*`.
 */
export function symbolTokens(unit: Unit): (symbol: string) => GlobToken[] | undefined {
  const types = new Map(unit.resources.map((r) => [r.id, r.type]));
  const terraform = new Set(unit.resources.filter((r) => r.provider === 'terraform').map((r) => r.id));
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
    const tf = /^(.+)\.([\w-]+)$/.exec(symbol);
    const holds = tf && terraform.has(tf[1]) ? TF_SHAPES[terraformType(tf[1])]?.[tf[2]] : undefined;
    return holds === 'name' ? NAME : holds === 'arn' ? arnOf(tf![1]) : undefined;
  };
}
