import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import { stageOf, stageTypes } from './stage.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES = stageTypes(1);

/** Resources that attach a web ACL to a stage, in both sources (Terraform's stay under their own type here). */
const ASSOCIATIONS = new Set([
  'AWS::WAFv2::WebACLAssociation',
  'AWS::WAFRegional::WebACLAssociation',
  'aws_wafv2_web_acl_association',
  'aws_wafregional_web_acl_association',
]);

export const wafAssociation: Rule = {
  meta: {
    id: 'apigateway/waf-association',
    title: 'API Gateway REST stages are protected by a WAF web ACL',
    description:
      'A web ACL in front of a stage filters requests before they reach the API\'s authorizers and integrations: ' +
      'known exploit patterns (SQL injection, Log4Shell), bad-reputation IP addresses, and floods from a single ' +
      'client, with rate-based rules. Reported for a REST stage (AWS::ApiGateway::Stage, a SAM Api, a Deployment that ' +
      'creates its stage) when no web ACL association of the template names the stage or its API. Web ACLs attached ' +
      'by Firewall Manager or by another stack are invisible here, hence info.',
    severity: 'info',
    category: 'network',
    messages: { missing: 'API Gateway stage {{resource}} has no WAF web ACL associated in this template' },
    fix: 'Add an AWS::WAFv2::WebACLAssociation whose ResourceArn is the stage (arn:aws:apigateway:REGION::/restapis/API_ID/stages/STAGE) and WebACLArn a regional web ACL with the AWS managed rule groups and a rate-based rule.',
    references: {
      fsbp: ['APIGateway.4'],
      wellArchitected: ['SEC05'],
      checkov: ['CKV2_AWS_29'],
      urls: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html'],
    },
    recommended: false,
    source: 'src/rules/apigateway/waf-association.ts',
  },
  examples: {
    cloudformation: `StageAcl:
  Type: AWS::WAFv2::WebACLAssociation
  Properties:
    ResourceArn: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}::/restapis/\${Api}/stages/\${Stage}
    WebACLArn: !GetAtt WebAcl.Arn
`,
    terraform: `resource "aws_wafv2_web_acl_association" "prod" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const stage = stageOf(r, context.scenario);
        if (!stage || stage.version !== 1) return;
        const props = r.properties(context.scenario);
        const api = referencedResource(field(props, 'RestApiId'), context.unit);
        const covered = context.unit.resources.some(
          (a) => ASSOCIATIONS.has(a.type) && (a.references.has(r.id) || (api !== undefined && a.references.has(api.id))),
        );
        if (covered) return;
        context.report({ messageId: 'missing', data: { resource: r.id }, path: r.path, file: r.file, resource: r.id, key: true });
      },
    };
  },
};
