#!/usr/bin/env bash
# The JSON Schema, checked by the tools that consume it (issue 4), on the shared fixtures,
# and the Parquet tables of `rectify tables` read by DuckDB (issue 13):
#   Python jsonschema (meta-schema, formats on), ajv 8 (draft 2020-12, strict, all errors),
#   datamodel-code-generator → Pydantic v2 models (load and dump back),
#   json-schema-to-typescript → declarations that `tsc --noEmit --strict` checks the fixtures against,
#   DuckDB (Python) → SQL joining reports, areas, measures and indicators, against the reports' JSON.
# Needs python3 (with venv) and node with npm; installs the pinned tools itself, into
# tests/external/.venv and tests/external/node_modules. `cargo test` does not need any of this.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

echo "== the checked-in schema is the one the code generates"
cargo run --quiet --locked --manifest-path "$root/Cargo.toml" --example export_schema \
  | diff -q - "$root/schema/rectification-report.schema.json" >/dev/null \
  || { echo "schema/rectification-report.schema.json is stale: run SNAPSHOTS=overwrite cargo test" >&2; exit 1; }

echo "== installing the pinned tools"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
npm ci --no-audit --no-fund --loglevel=error

rm -rf build && mkdir -p build
echo "== datamodel-code-generator → build/model.py"
.venv/bin/datamodel-codegen \
  --input "$root/schema/rectification-report.schema.json" --input-file-type jsonschema \
  --output-model-type pydantic_v2.BaseModel --target-python-version 3.11 \
  --use-annotated --field-constraints --use-schema-description --use-field-description \
  --disable-timestamp --formatters builtin --output build/model.py

echo "== Python jsonschema"
.venv/bin/python check_jsonschema.py
echo "== Pydantic round trip"
.venv/bin/python check_pydantic.py
echo "== DuckDB reads the Parquet tables"
.venv/bin/python check_duckdb.py
echo "== ajv"
node check_ajv.mjs
echo "== json-schema-to-typescript + tsc"
node check_typescript.mjs
echo "external schema and table checks passed"
