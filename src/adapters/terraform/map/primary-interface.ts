import type { Value } from '../../../model/value.ts';
import { bool } from './convert.ts';
import { list, object, placeOf, scalar } from './values.ts';

/**
 * aws_instance's associate_public_ip_address is, in CloudFormation, a setting of the primary network interface
 * (DeviceIndex 0): written there, so one rule reads instances, launch templates and configurations alike.
 */
export const primaryInterface = (v: Value): Value => {
  const at = placeOf(v);
  return list([object([['AssociatePublicIpAddress', bool(v)], ['DeviceIndex', scalar(0, at)]], at)], at);
};
