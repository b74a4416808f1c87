import type { Mapping } from './types.ts';

/** Timestream databases, whose key encrypts every table in them. */
export const TIMESTREAM: Record<string, Mapping> = {
  aws_timestreamwrite_database: {
    cfn: 'AWS::Timestream::Database',
    names: ['database_name'],
    spec: { database_name: 'DatabaseName', kms_key_id: 'KmsKeyId' },
  },
};
