/**
 * The one error type use cases throw on purpose. `userMessage` is shown to the resident as it is
 * (Polish, specific, never a stack trace); `code` lets the UI and tests tell the cases apart.
 */
export class AppError extends Error {
  constructor(
    public readonly code: string,
    public readonly userMessage: string,
    public readonly field?: string,
  ) {
    super(`${code}: ${userMessage}`);
    this.name = 'AppError';
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
