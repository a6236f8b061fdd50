// The shared fixture set, as tests/it/fixtures.rs reads it (see its module docs).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const FIXTURES = join(ROOT, "tests", "fixtures");

const files = (folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => join(folder, file));

/** Valid reports: every check must accept them. */
export const valid = () => [...files(FIXTURES), ...files(join(FIXTURES, "valid"))];
/** One shape error each, named after it: every schema check must refuse them. */
export const shape = () => files(join(FIXTURES, "invalid", "shape"));
/** Right shape, a rule only `validate` checks: the schema must accept them. */
export const rules = () => files(join(FIXTURES, "invalid", "rules"));

export const load = (path) => JSON.parse(readFileSync(path, "utf8"));
export const name = (path) => relative(ROOT, path);
export const stem = (path) => path.split("/").pop().replace(/\.json$/, "");
export const schema = () => load(join(ROOT, "schema", "rectification-report.schema.json"));

/** Why a shape fixture is refused: {loader: phrase, schema: [keywords]}. */
export const reason = (path) => {
  const reasons = load(join(FIXTURES, "invalid", "shape-reasons.json")).reasons;
  const found = reasons[stem(path)];
  if (!found) throw new Error(`${name(path)}: no reason in tests/fixtures/invalid/shape-reasons.json`);
  return found;
};
