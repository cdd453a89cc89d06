/** What is at a path: a file, a folder, a symbolic link out of the notes folder, or nothing. */
export type PathKind = 'file' | 'folder' | 'elsewhere' | undefined;

/** How links written in notes resolve: the same for Markdown notes, MDX notes and every script. */
export interface NoteLinksOptions {
  /** Absolute real path of the notes folder. */
  notesDir: string;
  /** Ids of the notes the site publishes (file path inside `notesDir` without extension). */
  noteIds: ReadonlySet<string>;
  /** The site's base path, with leading and trailing slash. */
  base?: string;
  /** Folder URL of the notes folder in its repository; what lies outside the notes folder resolves against it. */
  sourceRepo?: string;
  /** Files of the notes folder that are ComfyUI workflows (paths inside it): a link to one leads to its page. */
  workflows?: ReadonlySet<string>;
  /** What is at a path; injectable so tests need no files. */
  pathKind?: (path: string) => PathKind;
}

/** Link options as given, or asked for each note (the MDX pipeline, configured once, follows the notes there are now). */
export type NoteLinksSource = NoteLinksOptions | (() => NoteLinksOptions);
