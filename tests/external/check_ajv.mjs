// ajv 8, draft 2020-12 build, strict mode, all errors, formats from ajv-formats: the schema
// compiles, and it judges the fixtures as the Rust loader does.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

import * as fixtures from "./fixtures.mjs";

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(fixtures.schema());
console.log("ajv: the schema compiles in strict mode");

const failures = [];
const accepted = [...fixtures.valid(), ...fixtures.rules()];
for (const path of accepted) {
  if (!validate(fixtures.load(path))) {
    const errors = validate.errors.map((e) => `${e.keyword} at ${e.instancePath}: ${e.message}`);
    failures.push(`${fixtures.name(path)}: refused: ${errors.join("; ")}`);
  }
}
const refused = fixtures.shape();
for (const path of refused) {
  const expected = fixtures.reason(path).schema;
  if (validate(fixtures.load(path))) {
    failures.push(`${fixtures.name(path)}: accepted`);
    continue;
  }
  const keywords = [...new Set(validate.errors.map((e) => e.keyword))];
  if (!keywords.some((k) => expected.includes(k))) {
    failures.push(`${fixtures.name(path)}: refused by ${keywords}, not ${expected}`);
  } else {
    console.log(`  refused ${fixtures.name(path)}: ${keywords.join(", ")}`);
  }
}
console.log(`ajv: ${accepted.length} accepted, ${refused.length} refused`);
for (const failure of failures) console.error("FAIL", failure);
process.exit(failures.length ? 1 : 0);
