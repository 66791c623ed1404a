/** The data file cannot be used as it is. The start stops; the file is left exactly as it was. */
export class StoreLoadError extends Error {
  constructor(
    readonly filePath: string,
    readonly problem: string,
  ) {
    super(
      `Cannot use the data file ${filePath}: ${problem}\n` +
        'The file has not been changed. Restore it from a backup (see README, "Backup and restore"), ' +
        'fix it by hand, or move it away to start with fresh demo content.',
    );
    this.name = 'StoreLoadError';
  }
}
