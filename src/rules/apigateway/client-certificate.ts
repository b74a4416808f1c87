import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';
import { isBlank, stageOf, stageTypes } from './stage.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES = stageTypes(1, 'AWS::Serverless::Api');

export const clientCertificate: Rule = {
  meta: {
    id: 'apigateway/client-certificate',
    title: 'API Gateway REST stages present a client certificate to HTTP backends',
    description:
      'An HTTP or HTTP_PROXY integration calls a backend on the network: without a client certificate, that backend ' +
      'cannot tell API Gateway\'s requests, which passed the API\'s authorization, throttling and WAF, from anyone else ' +
      'who finds its address and calls it directly. With ClientCertificateId, API Gateway signs its requests with a ' +
      'certificate the backend verifies. Stages whose integrations are Lambda functions or AWS services gain nothing ' +
      'from it, hence info, and the finding is one to turn off for such APIs. Checks AWS::ApiGateway::Stage and the ' +
      'StageDescription of a Deployment that creates its stage.',
    severity: 'info',
    category: 'network',
    messages: { missing: 'API Gateway stage {{resource}} presents no client certificate to its backends (no ClientCertificateId)' },
    fix: 'Create an AWS::ApiGateway::ClientCertificate, set the stage\'s ClientCertificateId to it, and have HTTP backends require that certificate.',
    references: {
      fsbp: ['APIGateway.2'],
      wellArchitected: ['SEC09'],
      checkov: ['CKV2_AWS_51'],
      kics: ['API Gateway Without SSL Certificate'],
      urls: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html'],
    },
    recommended: false,
    source: 'src/rules/apigateway/client-certificate.ts',
  },
  examples: {
    cloudformation: `BackendCertificate:
  Type: AWS::ApiGateway::ClientCertificate
Stage:
  Type: AWS::ApiGateway::Stage
  Properties:
    RestApiId: !Ref Api
    DeploymentId: !Ref Deployment
    StageName: prod
    ClientCertificateId: !Ref BackendCertificate
`,
    terraform: `resource "aws_api_gateway_client_certificate" "backend" {
  description = "presented to the order service"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = aws_api_gateway_deployment.api.id
  stage_name            = "prod"
  client_certificate_id = aws_api_gateway_client_certificate.backend.id
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        if (r.type === 'AWS::Serverless::Api') return;
        const stage = stageOf(r, context.scenario);
        if (!stage || stage.version !== 1) return;
        const certificate = field(stage.settings, 'ClientCertificateId');
        if (!isBlank(certificate)) return;
        context.report({
          messageId: 'missing',
          data: { resource: r.id },
          path: certificate?.path ?? [...stage.path, 'ClientCertificateId'],
          file: certificate?.file ?? stage.file,
          resource: r.id,
        });
      },
    };
  },
};
