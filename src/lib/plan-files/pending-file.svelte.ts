/*
 * A file the user just chose (file picker, drop) or opened with the installed app ("Open
 * with", through window.launchQueue), on its way to the import screen (#/open), which takes
 * it from here. Kept in memory only: a reload of #/open simply asks for a file again.
 */
class PendingFile {
  file = $state.raw<File | undefined>(undefined);

  /** The waiting file, now no longer waiting. */
  take(): File | undefined {
    const file = this.file;
    this.file = undefined;
    return file;
  }
}

export const pendingFile = new PendingFile();

/** Hands `file` to the import screen and shows it. */
export function openFile(file: File): void {
  pendingFile.file = file;
  if (!/^#\/open(?:\?|$)/.test(location.hash)) location.hash = '#/open';
}
