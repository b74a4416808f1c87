import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { catalogOf } from '../../src/compliance/catalogs.ts';
import { checkCatalog } from '../../src/compliance/catalog.ts';
import { FRAMEWORK_NAMES, FRAMEWORKS } from '../../src/compliance/frameworks.ts';
import { buildRegistry } from '../../src/pipeline/registry.ts';
import { loadBuiltinPolicies } from '../../src/policies/builtin.ts';
import { resourceTypes } from '../../src/policies/resource-types.ts';

const { registry } = buildRegistry([], []);
const builtinMetas = [...registry.builtin].map((id) => registry.metas.get(id)!);

const ID_SHAPE = { fsbp: /^[A-Za-z0-9]+\.\d+$/, cis: /^\d+(\.\d+){1,2}$/, wa: /^SEC(0[1-9]|1[01])$/ };

for (const framework of FRAMEWORK_NAMES) {
  const catalog = catalogOf(framework);
  const ids = new Map(catalog.controls.map((c) => [c.id, c]));

  test(`${framework}: control ids have the framework's shape and every resource type exists`, () => {
    const known = resourceTypes();
    for (const c of catalog.controls) {
      assert.ok(ID_SHAPE[framework].test(c.id), `${c.id} is not shaped like a ${framework} id`);
      for (const t of c.resourceTypes) assert.ok(known.has(t), `${c.id}: unknown resource type ${t}`);
    }
  });

  // A typo in a policy's references would otherwise make a control look unimplemented, and the rule count for nothing.
  test(`${framework}: every control a built-in rule cites is in the catalog, with the resource types it judges`, () => {
    for (const meta of builtinMetas)
      for (const id of meta.references?.[FRAMEWORKS[framework]] ?? []) {
        const control = ids.get(id);
        assert.ok(control, `${meta.id} cites ${framework} ${id}, which data/controls does not list`);
        assert.ok(control!.resourceTypes.length > 0, `${meta.id} implements ${framework} ${id}, which lists no resource types, so it could never pass`);
      }
  });

  // The report counts a finding against a control only for a resource of the control's types: a type that none of a
  // policy's controls lists would make its findings vanish from the report.
  test(`${framework}: each resource type a built-in policy selects belongs to one of the controls it cites`, () => {
    for (const { spec } of loadBuiltinPolicies().policies) {
      const cited = (spec.references?.[FRAMEWORKS[framework]] ?? []).map((id) => ids.get(id)).filter((c) => c !== undefined);
      if (cited.length === 0) continue;
      const covered = new Set(cited.flatMap((c) => c.resourceTypes));
      const selected = spec.given.flatMap((g) => [...(g.resources ?? []), ...(g.policies?.ownerTypes ?? [])]);
      for (const t of selected) assert.ok(covered.has(t), `${spec.id} selects ${t}, which none of its ${framework} controls (${cited.map((c) => c.id).join(', ')}) lists`);
    }
  });
}

test('a malformed catalog is refused with the reason', () => {
  const good = { framework: 'x', title: 'X', source: 'https://example.com', description: 'd', controls: [{ id: 'A.1', title: 'a', resourceTypes: [] }] };
  assert.is(checkCatalog(good, 'x'), good);
  assert.throws(() => checkCatalog({ ...good, controls: [] }, 'x'), /"controls" is not a non-empty array/);
  assert.throws(() => checkCatalog({ ...good, controls: [good.controls[0], good.controls[0]] }, 'x'), /A\.1 is listed twice/);
  assert.throws(() => checkCatalog({ ...good, controls: [{ id: 'A.1', title: 'a' }] }, 'x'), /needs resourceTypes/);
  assert.throws(() => checkCatalog({ ...good, title: '' }, 'x'), /"title"/);
});

test('catalog sizes: the three frameworks are there in full', () => {
  assert.is(catalogOf('wa').controls.length, 11);
  assert.is(catalogOf('cis').controls.length, 62);
  assert.ok(catalogOf('fsbp').controls.length >= 250);
});

test.run();
