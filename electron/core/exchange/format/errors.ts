// A package refused: one of the codes in PACKAGE_ERROR_CODES, each with a message that tells the clerk what to do.
import { AppError } from '../../errors';
import type { PackageErrorCode } from '../types';

export class PackageError extends AppError {
  declare readonly code: PackageErrorCode;
  constructor(code: PackageErrorCode, details?: Record<string, unknown>) {
    super(code, details);
    this.name = 'PackageError';
  }
}

export function refuse(code: PackageErrorCode, details?: Record<string, unknown>): never {
  throw new PackageError(code, details);
}
