/** The DATABASE_URL as it may be printed: the password (in the URL or as ?password=) masked. */
export function redactDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    if (url.searchParams.has('password')) url.searchParams.set('password', '***');
    return url.toString();
  } catch {
    return '(a DATABASE_URL that is not a URL)';
  }
}

/** The database cannot be used (unreachable, refused, unknown, or its migrations failed). The start stops. */
export class DatabaseUnavailableError extends Error {
  constructor(databaseUrl: string, problem: string) {
    super(
      `Cannot use the database ${redactDatabaseUrl(databaseUrl)}: ${problem}\n` +
        'Check that PostgreSQL is running and reachable, that the database exists and the user may use it, ' +
        'or unset DATABASE_URL to run on the data file in DATA_DIR.',
    );
    this.name = 'DatabaseUnavailableError';
  }
}
