import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool, num } from './convert.ts';
import type { MapContext, Mapping } from './types.ts';
import { attr, blockItems, list, placeOf, scalar, withEntries } from './values.ts';

/**
 * CloudFormation lists the second factors a pool offers in EnabledMfas; Terraform turns each on with a block of its
 * own. An unknown block (a dynamic one) leaves the list unknown rather than shorter.
 */
function enabledMfas(props: ObjectValue, inst: TfInstance, _ctx: MapContext, s: Scenario): Value {
  const attrs = inst.attributes(s);
  const items: Value[] = [];
  for (const [block, factor] of [
    ['software_token_mfa_configuration', 'SOFTWARE_TOKEN_MFA'],
    ['email_mfa_configuration', 'EMAIL_OTP'],
  ] as const) {
    const blocks = blockItems(attr(attrs, block));
    if (blocks === undefined) continue;
    if (!Array.isArray(blocks)) return withEntries(props, [['EnabledMfas', blocks]]);
    const first = blocks[0];
    if (first === undefined) continue;
    // The email block has no switch: declaring it offers the factor. The software token block has `enabled`.
    const enabled = block === 'email_mfa_configuration' ? undefined : attr(first, 'enabled');
    if (enabled?.kind === 'unknown') return withEntries(props, [['EnabledMfas', enabled]]);
    const on = enabled === undefined ? undefined : bool(enabled);
    if (on !== undefined && !(on.kind === 'scalar' && on.value === true)) continue;
    items.push(scalar(factor, placeOf(enabled ?? first)));
  }
  const sms = blockItems(attr(attrs, 'sms_configuration'));
  if (Array.isArray(sms) && sms.length > 0) items.unshift(scalar('SMS_MFA', placeOf(sms[0])));
  return items.length === 0 ? props : withEntries(props, [['EnabledMfas', list(items, placeOf(items[0]))]]);
}

/** Cognito user pools. */
export const COGNITO: Record<string, Mapping> = {
  aws_cognito_user_pool: {
    cfn: 'AWS::Cognito::UserPool',
    names: ['name'],
    spec: {
      name: 'UserPoolName',
      mfa_configuration: 'MfaConfiguration',
      deletion_protection: 'DeletionProtection',
      user_pool_tier: 'UserPoolTier',
      sms_configuration: {
        to: 'SmsConfiguration',
        block: { external_id: 'ExternalId', sns_caller_arn: 'SnsCallerArn', sns_region: 'SnsRegion' },
      },
      user_pool_add_ons: { block: { advanced_security_mode: 'UserPoolAddOns.AdvancedSecurityMode' } },
      password_policy: {
        to: 'Policies.PasswordPolicy',
        block: {
          minimum_length: { to: 'MinimumLength', as: num },
          require_lowercase: { to: 'RequireLowercase', as: bool },
          require_numbers: { to: 'RequireNumbers', as: bool },
          require_symbols: { to: 'RequireSymbols', as: bool },
          require_uppercase: { to: 'RequireUppercase', as: bool },
          temporary_password_validity_days: { to: 'TemporaryPasswordValidityDays', as: num },
          password_history_size: { to: 'PasswordHistorySize', as: num },
        },
      },
      admin_create_user_config: {
        block: { allow_admin_create_user_only: { to: 'AdminCreateUserConfig.AllowAdminCreateUserOnly', as: bool } },
      },
    },
    adjust: enabledMfas,
  },
};
