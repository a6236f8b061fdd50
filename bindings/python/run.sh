#!/usr/bin/env bash
# The Python package's test suite, from nothing: a fresh venv, the pinned tools
# (requirements-test.txt) from the package index, the package built from this source by
# pip through maturin (a release build of the Rust library), then pytest: every function,
# the errors, the example notice against its gold, the round trip, a folder of mixed
# files, a Dask LocalCluster over 1,000 notices, and `mypy --strict` on the API tour.
# Needs the Rust toolchain and python3 (3.9 or later) with venv.
set -euo pipefail
cd "$(dirname "$0")"

venv=.venv
python3 -m venv --clear "$venv"
# maturin's build backend runs the `maturin` program: the venv's own, found on PATH.
export PATH="$PWD/$venv/bin:$PATH"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r requirements-test.txt
# --no-build-isolation: build with the pinned maturin just installed, not whatever is newest.
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-build-isolation .
"$venv/bin/python" -c 'import rectify; print("rectify", rectify.__version__, "from", rectify.__file__)'
"$venv/bin/pytest" -q tests
