import type { ProjectFiles } from './project-files';

/**
 * The closed letters whose findings a workspace check published. Their findings must go when
 * the file does (deleted, renamed, its folder removed) or when a later check no longer finds
 * it, or the Problems panel keeps ghosts of letters that no longer exist.
 */
export class WorkspaceFindings {
  private readonly published = new Set<string>();

  constructor(
    private readonly files: ProjectFiles,
    private readonly clear: (uri: string) => void,
  ) {}

  /** A workspace check published these letters: the ones of an earlier check it did not find are cleared. */
  checked(uris: readonly string[]): void {
    const current = new Set(uris);
    for (const uri of this.published) if (!current.has(uri)) this.forget(uri);
    for (const uri of current) this.published.add(uri);
  }

  /** A file or folder was deleted: clear the findings of every letter at or under it. */
  deleted(uri: string): void {
    const gone = this.files.fileOf(uri);
    if (gone === undefined) return;
    for (const published of this.published) {
      const file = this.files.fileOf(published);
      if (file === gone || (file && this.files.isInside(file, gone))) this.forget(published);
    }
  }

  /** The letter was opened: its editor's diagnostics take over from the check's. */
  opened(uri: string): void {
    this.published.delete(uri);
  }

  private forget(uri: string): void {
    this.published.delete(uri);
    this.clear(uri);
  }
}
