"""Python `jsonschema`: the schema is valid draft 2020-12, and it judges the fixtures with
format checking on as the Rust loader does."""

from __future__ import annotations

import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

import fixtures


def main() -> int:
    schema = fixtures.schema()
    Draft202012Validator.check_schema(schema)
    print("jsonschema: the schema passes the draft 2020-12 meta-schema")
    validator = Draft202012Validator(
        schema, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    failures = []
    accepted = fixtures.valid() + fixtures.rules()
    for path in accepted:
        error = best_match(validator.iter_errors(fixtures.load(path)))
        if error is not None:
            failures.append(f"{fixtures.name(path)}: refused: {error.message} at {error.json_path}")
    for path in fixtures.shape():
        keywords = {error.validator for error in validator.iter_errors(fixtures.load(path))}
        expected = set(fixtures.reason(path)["schema"])
        if not keywords & expected:
            failures.append(f"{fixtures.name(path)}: refused by {keywords or 'nothing'}, not {expected}")
        else:
            print(f"  refused {fixtures.name(path)}: {', '.join(sorted(keywords))}")
    print(f"jsonschema: {len(accepted)} accepted, {len(fixtures.shape())} refused")
    return fixtures.verdict(failures)


if __name__ == "__main__":
    sys.exit(main())
