// The data lines of a plain-text list (one entry per line; blank lines and # comments skipped), numbered
// from 1 as a person counts them, for problem reports.
export function* listLines(text: string): Generator<[line: number, entry: string]> {
  let line = 0;
  for (const raw of text.split(/\r?\n/)) {
    line++;
    const entry = raw.trim();
    if (entry !== '' && !entry.startsWith('#')) yield [line, entry];
  }
}
