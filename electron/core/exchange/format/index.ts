// The package file format: write, open and verify signed, sealed, chunked packages (docs/package-format.md).
export { FORMAT_VERSION, SCHEMA_VERSION, PACKAGE_EXTENSION, HARD_CEILING_BYTES } from './constants';
export { PackageError } from './errors';
export { writePackage, type WriteOptions, type WrittenPackage } from './write';
export { openPackage, verifyPackage, type OpenedPackage, type OpenOptions } from './read';
export { partFileName } from './parts';
export { canonicalJson } from './canonical';
