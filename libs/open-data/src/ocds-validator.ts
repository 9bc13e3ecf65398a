import Ajv, { ErrorObject, ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import recordPackageSchema from '../schema/record-package-schema.json';
import recordSchema from '../schema/record-schema.json';
import releasePackageSchema from '../schema/release-package-schema.json';
import releaseSchema from '../schema/release-schema.json';
import versionedReleaseSchema from '../schema/versioned-release-validation-schema.json';

let compiled: { release: ValidateFunction; record: ValidateFunction } | undefined;

function validators() {
  if (compiled) return compiled;
  // The OCDS schemas are draft-04; their `$ref`s name each other by absolute id.
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema([releaseSchema, versionedReleaseSchema, recordSchema] as object[]);
  compiled = {
    release: ajv.compile(releasePackageSchema as object),
    record: ajv.compile(recordPackageSchema as object),
  };
  return compiled;
}

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());

/** Problems of a release package against the official OCDS 1.1.5 schema (empty: valid). */
export function releasePackageProblems(pkg: unknown): string[] {
  const v = validators().release;
  return v(pkg) ? [] : describe(v.errors);
}

/** Problems of a record package against the official OCDS 1.1.5 schema (empty: valid). */
export function recordPackageProblems(pkg: unknown): string[] {
  const v = validators().record;
  return v(pkg) ? [] : describe(v.errors);
}
