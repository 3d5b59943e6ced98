/**
 * The few error kinds the CLI tells apart. Each carries what went wrong and what to do about it; the entry point
 * (cli/main.ts) maps them to exit codes and prints them without a stack trace.
 */
export class VigieError extends Error {
  constructor(
    message: string,
    /** What the user can do next, in one sentence. */
    readonly hint?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad input from the user: a missing file, an unknown audit, a malformed option. Exit code 2. */
export class UsageError extends VigieError {}

/** The database cannot be reached or used. Exit code 3. */
export class DatabaseError extends VigieError {}

/** A remote source failed after its retries (France Travail, a partner site). Exit code 4. */
export class SourceError extends VigieError {}

export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return 2;
  if (error instanceof DatabaseError) return 3;
  if (error instanceof SourceError) return 4;
  return 1;
}
