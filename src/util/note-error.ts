/**
 * A mistake in the notes or the settings. Its message names the file (and line) and
 * says what to do, so the build prints it without a stack trace.
 */
export class NoteError extends Error {
  override name = 'NoteError';

  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

/** What went wrong, without a wrapper's stack: the message alone, which names the file and line. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).trim();
