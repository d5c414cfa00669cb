// Fastly's synthetic 503 (shared/docs/providers.md §1.3): the reason is on the status line and in the
// "Guru Mediation" page, since HTTP/2 and HTTP/3 carry no reason phrase.

export interface FastlyHop {
  /** `x-served-by`, e.g. 'cache-lhr7380-LHR' */
  servedBy: string;
  /** Seconds since the epoch, for `x-timer` and the page's Details line. */
  epoch: number;
  /** Milliseconds Fastly spent (VE in `x-timer`): a first byte timeout waits ~15 s. */
  elapsedMs: number;
}

export function fastlyErrorHeaders({ servedBy, epoch, elapsedMs }: FastlyHop): Record<string, string> {
  return {
    Server: 'Varnish',
    'Retry-After': '0',
    'Content-Type': 'text/html; charset=utf-8',
    'Accept-Ranges': 'bytes',
    Via: '1.1 varnish',
    'X-Served-By': servedBy,
    'X-Cache': 'MISS',
    'X-Cache-Hits': '0',
    'X-Timer': `S${epoch}.031517,VS0,VE${elapsedMs}`,
  };
}

/** `<title>503 <reason></title>`, "Error 503 <reason>", "Guru Mediation:", "Details: …", "Varnish cache server". */
export function fastlyGuruPage(reason: string, { servedBy, epoch }: FastlyHop, xid: number): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html>
  <head>
    <title>503 ${reason}</title>
  </head>
  <body>
    <h1>Error 503 ${reason}</h1>
    <p>${reason}</p>
    <h3>Guru Mediation:</h3>
    <p>Details: ${servedBy} ${epoch} ${xid}</p>
    <hr>
    <p>Varnish cache server</p>
  </body>
</html>
`;
}
