import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { serviceActions } from '../../src/iam/catalog.ts';
import { catalogDataDir } from '../../src/iam/catalog-data.ts';
import { ESCALATION_METHODS, UNDOCUMENTED_ACTIONS } from '../../src/iam/escalation-methods.ts';
import { RULE_ID } from '../../src/core/rule-meta.ts';

const data = catalogDataDir();
const arnFormats = (service: string): Record<string, { arn: string }> => JSON.parse(readFileSync(join(data, 'resourceTypes', `${service}.json`), 'utf8'));
const needs = ESCALATION_METHODS.flatMap((m) => m.requires.flat(2).map((n) => ({ m, n })));

test('every action of the table is in the catalog (or known to be undocumented)', () => {
  for (const { m, n } of needs) {
    for (const action of n.actions) {
      if (UNDOCUMENTED_ACTIONS.has(action)) continue;
      const [service, name] = action.split(':');
      assert.ok(serviceActions(service)?.some((a) => a.name === name), `${m.id}: ${action} is not in the catalog`);
    }
  }
});

test("each need's resource class is one of its actions' resource types, or * for actions without any", () => {
  for (const { m, n } of needs) {
    for (const action of n.actions) {
      if (UNDOCUMENTED_ACTIONS.has(action)) continue;
      const [service, name] = action.split(':');
      const types = serviceActions(service)!.find((a) => a.name === name)!.resourceTypes;
      if (n.on === '*') {
        assert.equal(types, [], `${m.id}: ${action} has resource types, so "*" is not its only resource`);
        continue;
      }
      const formats = arnFormats(service);
      const classes = types.map((t) => formats[t.toLowerCase()]?.arn.replace(/\$\{[^}]+\}/g, '*'));
      assert.ok(classes.includes(n.on), `${m.id}: ${action} on ${n.on}, but its resource types are ${classes.join(', ')}`);
    }
  }
});

test('ids, titles and references are complete and unique', () => {
  const ids = new Set<string>();
  for (const m of ESCALATION_METHODS) {
    assert.ok(RULE_ID.test(`iam/privilege-escalation/${m.id}`), m.id);
    assert.not.ok(ids.has(m.id), `duplicate ${m.id}`);
    ids.add(m.id);
    assert.ok(m.title && m.method && m.description && m.references.urls.length > 0, m.id);
    assert.ok(m.requires.length > 0 && m.requires.every((g) => g.length > 0), m.id);
  }
});

test.run();
