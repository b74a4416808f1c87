import { num } from './convert.ts';
import type { Spec } from './reshape.ts';
import type { Mapping } from './types.ts';

/** The default action of WAF Classic: `default_action { type = "ALLOW" }`. */
const classicDefault: Spec = { default_action: { block: { type: 'DefaultAction.Type' } } };

/** Enough of a WAF Classic rule to tell an ACL with rules from one without. */
const classicRule: Spec = { priority: { to: 'Priority', as: num }, rule_id: 'RuleId', type: 'Type', action: { block: { type: 'Action.Type' } } };

/**
 * Web ACLs of AWS WAF (v2) and WAF Classic, global and regional. A WAFv2 default action is a block named after
 * the action (`default_action { allow {} }`), as in CloudFormation (`DefaultAction: { Allow: {} }`).
 */
export const WAF: Record<string, Mapping> = {
  aws_wafv2_web_acl: {
    cfn: 'AWS::WAFv2::WebACL',
    names: ['name'],
    spec: {
      name: 'Name',
      scope: 'Scope',
      default_action: { to: 'DefaultAction', block: { allow: 'Allow', block: 'Block' } },
      rule: { to: 'Rules', list: true, block: { name: 'Name', priority: { to: 'Priority', as: num } } },
    },
  },
  aws_waf_web_acl: {
    cfn: 'AWS::WAF::WebACL',
    spec: { name: 'Name', metric_name: 'MetricName', ...classicDefault, rules: { to: 'Rules', list: true, block: classicRule } },
  },
  aws_wafregional_web_acl: {
    cfn: 'AWS::WAFRegional::WebACL',
    spec: { name: 'Name', metric_name: 'MetricName', ...classicDefault, rule: { to: 'Rules', list: true, block: classicRule } },
  },
};
