// Errors the user may see: a stable code, and a message key the renderer translates.
export class AppError extends Error {
  readonly messageKey: string;
  constructor(
    readonly code: string,
    readonly details?: Record<string, unknown>,
    message?: string,
  ) {
    super(message ?? code);
    this.messageKey = `errors.${code}`;
  }
}

export function fail(code: string, details?: Record<string, unknown>): never {
  throw new AppError(code, details);
}
