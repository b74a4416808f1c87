import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool } from './convert.ts';
import type { MapContext, Mapping } from './types.ts';
import { attr, blockItems, object, placeOf, scalar, withEntries } from './values.ts';

/**
 * Firehose delivery streams. Terraform says where records come from by the source block it has; CloudFormation
 * says it in DeliveryStreamType. `server_side_encryption` is off unless `enabled`, and then uses an AWS owned key
 * unless `key_type` says otherwise; CloudFormation encrypts exactly when DeliveryStreamEncryptionConfigurationInput
 * names a KeyType.
 */
export const FIREHOSE: Record<string, Mapping> = {
  aws_kinesis_firehose_delivery_stream: {
    cfn: 'AWS::KinesisFirehose::DeliveryStream',
    names: ['name'],
    spec: {
      name: 'DeliveryStreamName',
      kinesis_source_configuration: {
        to: 'KinesisStreamSourceConfiguration',
        block: { kinesis_stream_arn: 'KinesisStreamARN', role_arn: 'RoleARN' },
      },
      msk_source_configuration: { to: 'MSKSourceConfiguration', block: { msk_cluster_arn: 'MSKClusterARN' } },
    },
    adjust: sourceAndEncryption,
  },
};

function sourceAndEncryption(props: ObjectValue, inst: TfInstance, _ctx: MapContext, s: Scenario): Value {
  const attrs = inst.attributes(s);
  const set: [string, Value][] = [];
  const kinesis = props.entries.get('KinesisStreamSourceConfiguration');
  const msk = props.entries.get('MSKSourceConfiguration');
  if (kinesis) set.push(['DeliveryStreamType', scalar('KinesisStreamAsSource', placeOf(kinesis))]);
  else if (msk) set.push(['DeliveryStreamType', scalar('MSKAsSource', placeOf(msk))]);
  const sse = encryption(attr(attrs, 'server_side_encryption'));
  if (sse) set.push(['DeliveryStreamEncryptionConfigurationInput', sse]);
  return set.length > 0 ? withEntries(props, set) : props;
}

function encryption(block: Value | undefined): Value | undefined {
  const items = blockItems(block);
  if (items === undefined) return undefined;
  if (!Array.isArray(items)) return items;
  const sse = items[0];
  if (sse === undefined || sse.kind !== 'object') return sse;
  const enabled = attr(sse, 'enabled');
  const on = enabled === undefined ? undefined : bool(enabled);
  // Switched off (the default): the block stands, with no key type, where a finding belongs.
  if (on === undefined || (on.kind === 'scalar' && on.value !== true)) return object([], placeOf(on ?? sse));
  if (on.kind !== 'scalar') return object([['KeyType', on]], placeOf(sse));
  const entries: [string, Value][] = [['KeyType', attr(sse, 'key_type') ?? scalar('AWS_OWNED_CMK', placeOf(sse))]];
  const key = attr(sse, 'key_arn');
  if (key) entries.push(['KeyARN', key]);
  return object(entries, placeOf(sse));
}
