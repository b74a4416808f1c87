import { bool, num } from './convert.ts';
import type { Spec } from './reshape.ts';
import type { Mapping } from './types.ts';

const ruleGroupReference: Spec = { resource_arn: 'ResourceArn', priority: { to: 'Priority', as: num } };

/** AWS Network Firewall: firewalls, their policies and rule groups. */
export const NETWORK_FIREWALL: Record<string, Mapping> = {
  aws_networkfirewall_firewall: {
    cfn: 'AWS::NetworkFirewall::Firewall',
    names: ['name'],
    spec: {
      name: 'FirewallName',
      firewall_policy_arn: 'FirewallPolicyArn',
      vpc_id: 'VpcId',
      delete_protection: { to: 'DeleteProtection', as: bool },
      subnet_change_protection: { to: 'SubnetChangeProtection', as: bool },
      firewall_policy_change_protection: { to: 'FirewallPolicyChangeProtection', as: bool },
      subnet_mapping: { to: 'SubnetMappings', list: true, block: { subnet_id: 'SubnetId', ip_address_type: 'IPAddressType' } },
    },
    refs: { FirewallPolicyArn: { types: ['aws_networkfirewall_firewall_policy'], names: ['name'] } },
  },
  aws_networkfirewall_firewall_policy: {
    cfn: 'AWS::NetworkFirewall::FirewallPolicy',
    names: ['name'],
    spec: {
      name: 'FirewallPolicyName',
      description: 'Description',
      firewall_policy: {
        to: 'FirewallPolicy',
        block: {
          stateless_default_actions: 'StatelessDefaultActions',
          stateless_fragment_default_actions: 'StatelessFragmentDefaultActions',
          stateful_default_actions: 'StatefulDefaultActions',
          stateful_rule_group_reference: { to: 'StatefulRuleGroupReferences', list: true, block: ruleGroupReference },
          stateless_rule_group_reference: { to: 'StatelessRuleGroupReferences', list: true, block: ruleGroupReference },
          tls_inspection_configuration_arn: 'TLSInspectionConfigurationArn',
        },
      },
    },
  },
  aws_networkfirewall_rule_group: {
    cfn: 'AWS::NetworkFirewall::RuleGroup',
    names: ['name'],
    spec: { name: 'RuleGroupName', type: 'Type', capacity: { to: 'Capacity', as: num }, description: 'Description' },
  },
};
