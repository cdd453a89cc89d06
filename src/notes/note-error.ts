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
