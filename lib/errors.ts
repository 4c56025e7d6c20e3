/**
 * Unexpected failures throw an AppError with a code; `httpStatusOf` is the one
 * place that maps codes to HTTP statuses. Expected failures (bad form input)
 * are returned as values, not thrown.
 */
export type AppErrorCode = 'NOT_FOUND' | 'CONFLICT' | 'UNPROCESSABLE' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'INTERNAL';

const STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export class AppError extends Error {
  constructor(
    public readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export function httpStatusOf(error: unknown): number {
  return error instanceof AppError ? STATUS[error.code] : 500;
}

/** What a client may see: the message of an expected error, or a generic one. */
export function publicMessageOf(error: unknown): string {
  if (error instanceof AppError && error.code !== 'INTERNAL') return error.message;
  return 'Something went wrong on our side. Please try again in a moment.';
}
