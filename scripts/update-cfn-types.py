#!/usr/bin/env python3
"""Regenerates data/cfn-resource-types.json from the resource schemas that cfn-lint ships.

The file maps each CloudFormation resource type to its top-level property names and GetAtt attributes.
Policies are checked against it when they load, so a misspelt type or property is a load-time error
instead of a rule that silently matches nothing. Run after upgrading cfn-lint; the output is committed.
"""
import importlib, json, os, pkgutil, sys
import cfnlint
from cfnlint.data.schemas import providers

base = os.path.join(os.path.dirname(cfnlint.__file__), "data", "schemas")
types = {}
for mod in pkgutil.iter_modules(providers.__path__):
    m = importlib.import_module(f"cfnlint.data.schemas.providers.{mod.name}")
    for name, digest in getattr(m, "types", {}).items():
        types.setdefault(name, digest)
out = {}
for name in sorted(types):
    with open(os.path.join(base, "resources", types[name] + ".json")) as f:
        schema = json.load(f)
    props = sorted((schema.get("properties") or {}).keys())
    ro = [p.split("/")[-1] for p in schema.get("readOnlyProperties", [])]
    out[name] = {"properties": props, "attributes": sorted(set(ro))}
json.dump({"source": f"cfn-lint {cfnlint.version.__version__} resource schemas", "types": out},
          sys.stdout, separators=(",", ":"), sort_keys=True)
