import type { Path } from '../../core/range.ts';
import type { Resource } from '../../model/model.ts';
import { memoByScenario } from '../../model/memo-by-scenario.ts';
import type { Value } from '../../model/value.ts';
import { get } from '../../parse/node.ts';
import { withSamGlobals } from './sam-globals.ts';
import type { Template } from './template.ts';

/**
 * The APIs SAM creates on its own: an Api event that names no RestApiId attaches its function to
 * ServerlessRestApi (stage Prod), an HttpApi event without ApiId to ServerlessHttpApi (stage $default). They are
 * real APIs, configured only by the Globals section, so the rules on APIs judge them like declared ones.
 */
const IMPLICIT: { event: string; idProp: string; id: string; type: string; stage: string }[] = [
  { event: 'Api', idProp: 'RestApiId', id: 'ServerlessRestApi', type: 'AWS::Serverless::Api', stage: 'Prod' },
  { event: 'HttpApi', idProp: 'ApiId', id: 'ServerlessHttpApi', type: 'AWS::Serverless::HttpApi', stage: '$default' },
];

/**
 * One model resource per implicit API, standing at the first event that creates it (where a finding about a
 * setting it lacks is reported); values it takes from Globals point at their Globals lines.
 */
export function samImplicitApis(t: Template): Resource[] {
  if (!t.resources) return [];
  const out: Resource[] = [];
  for (const api of IMPLICIT) {
    if (t.resourceIds.has(api.id)) continue;
    const at = firstImplicitEvent(t, api.event, api.idProp);
    if (!at) continue;
    out.push({
      provider: 'cloudformation',
      type: api.type,
      id: api.id,
      file: t.doc.file,
      path: at,
      propertiesPath: at,
      references: new Set(),
      properties: memoByScenario((s) => {
        const own: Value = { kind: 'object', entries: new Map([['StageName', { kind: 'scalar', value: api.stage, path: at }]]), path: at };
        return withSamGlobals(t, api.type, own, s);
      }),
    });
  }
  return out;
}

function firstImplicitEvent(t: Template, eventType: string, idProp: string): Path | undefined {
  for (const entry of t.resources!.entries) {
    const type = get(entry.value, 'Type');
    if (type?.kind !== 'scalar' || type.value !== 'AWS::Serverless::Function') continue;
    const events = get(get(entry.value, 'Properties'), 'Events');
    if (events?.kind !== 'map') continue;
    for (const e of events.entries) {
      const kind = get(e.value, 'Type');
      if (kind?.kind !== 'scalar' || kind.value !== eventType) continue;
      if (get(get(e.value, 'Properties'), idProp) !== undefined) continue;
      return ['Resources', entry.key, 'Properties', 'Events', e.key];
    }
  }
  return undefined;
}
