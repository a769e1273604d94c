#!/usr/bin/env python3
"""Checks every built-in policy, drug vocabulary file and example case against the documented
JSON Schemas, so that docs/*.schema.json keep describing the real files, and that
docs/criteria-readings.md says how every criterion is read."""
import glob
import json
import os
import sys

import jsonschema

root = sys.argv[1]


def check(schema_file, pattern):
    with open(os.path.join(root, "docs", schema_file), encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted(glob.glob(os.path.join(root, pattern), recursive=True))
    assert files, f"no files match {pattern}"
    bad = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        for error in validator.iter_errors(doc):
            where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
            print(f"{os.path.relpath(path, root)}: {where}: {error.message[:300]}")
            bad += 1
    return len(files), bad


def rejects(schema_file, sample, mutate, what):
    """The schema must refuse a known-good file with one deliberate mistake."""
    with open(os.path.join(root, "docs", schema_file), encoding="utf-8") as f:
        validator = jsonschema.Draft202012Validator(json.load(f))
    with open(os.path.join(root, sample), encoding="utf-8") as f:
        doc = json.load(f)
    mutate(doc)
    if validator.is_valid(doc):
        print(f"{schema_file} accepts {what}")
        return 1
    return 0


def readings_cover_every_criterion():
    """docs/criteria-readings.md says how every criterion of every built-in policy is read."""
    with open(os.path.join(root, "docs", "criteria-readings.md"), encoding="utf-8") as f:
        page = f.read()
    missing = 0

    def visit(node, policy):
        nonlocal missing
        if "id" in node and f"| {node['id']} |" not in page:
            print(f"docs/criteria-readings.md: {policy}: no reading for criterion {node['id']}")
            missing += 1
        for key in ("all", "one", "of"):
            for child in node.get(key, []):
                visit(child, policy)

    for path in sorted(glob.glob(os.path.join(root, "resources/policies/*.json"))):
        with open(path, encoding="utf-8") as f:
            policy = json.load(f)
        visit(policy["criteria"], policy["id"])
        for condition in policy.get("conditionsNotCovered", []):
            visit(condition, policy["id"])
    return missing


results = [check("policy.schema.json", "resources/policies/*.json"),
           check("drug-vocabulary.schema.json", "resources/drugs/*.json"),
           check("case.schema.json", "examples/**/*.json")]
passed = sum(n for n, _ in results)
failed = sum(b for _, b in results) + readings_cover_every_criterion()
opzelura = "resources/policies/cigna-ip0369-opzelura.json"
example = "examples/opzelura/ad-initial-approvable.json"
failed += rejects("policy.schema.json", opzelura,
                  lambda d: d["criteria"]["one"][0]["all"][0].update(atleast=12), "a misspelt key")
failed += rejects("policy.schema.json", opzelura,
                  lambda d: d["criteria"]["one"][0]["all"][0].pop("id"), "a criterion without an id")
failed += rejects("policy.schema.json", opzelura,
                  lambda d: d["facts"][0].update(type="text"), "an unknown fact type")
failed += rejects("policy.schema.json", opzelura,
                  lambda d: d["drugLists"][0].pop("openClass"), "a drug list that says neither closed nor open")
failed += rejects("case.schema.json", example,
                  lambda d: d["facts"]["therapies"][0].pop("end"), "a course without an end")
failed += rejects("case.schema.json", example,
                  lambda d: d["expect"].update(determination="deny"), "an unknown determination")
print(f"{passed} files checked, {failed} schema errors")
sys.exit(1 if failed else 0)
