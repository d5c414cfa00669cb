// Vercel's error responses (shared/docs/providers.md §1.7): `x-vercel-error` and `x-vercel-id` headers and
// the error page with "Code:" and "ID:" lines.

export function vercelErrorHeaders(errorCode: string, vercelId: string): Record<string, string> {
  return {
    'cache-control': 'public, max-age=0, must-revalidate',
    'content-type': 'text/html; charset=utf-8',
    server: 'Vercel',
    'strict-transport-security': 'max-age=63072000; includeSubDomains; preload',
    'x-robots-tag': 'noindex',
    'x-vercel-error': errorCode,
    'x-vercel-id': vercelId,
  };
}

export interface VercelErrorPage {
  status: number;
  /** e.g. 'INTERNAL_SERVER_ERROR' */
  reason: string;
  errorCode: string;
  vercelId: string;
  /** e.g. 'This Serverless Function has crashed.' */
  headline: string;
}

export function vercelErrorPage({ status, reason, errorCode, vercelId, headline }: VercelErrorPage): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${status}: ${reason}</title><style>html{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;height:100%}body{margin:0;color:#000;background:#fff;height:100%}.container{display:flex;flex-direction:column;justify-content:center;min-height:100%;padding:0 24px}main{max-width:600px;margin:0 auto}.devinfo-container{border:1px solid #eaeaea;border-radius:5px;padding:16px 24px;font-size:14px}.error-code{display:block;font-size:24px;margin-bottom:16px}.devinfo-line{display:block;line-height:1.8}code{font-family:Menlo,Monaco,monospace}.note{margin-top:24px;line-height:1.6}</style></head><body><div class="container"><main><p class="devinfo-container"><span class="error-code"><strong>${status}</strong>: ${reason}</span><span class="devinfo-line">Code: <code>${errorCode}</code></span><span class="devinfo-line">ID: <code>${vercelId}</code></span></p><div class="note"><p><strong>${headline}</strong></p><p>Your connection is working correctly.<br>Vercel is working correctly.</p></div><p>If you are a visitor, contact the website owner or try again later.<br>If you are the owner, <a href="https://vercel.com/docs/errors/${errorCode}" target="_blank" rel="noreferrer">learn how to fix the error</a> and check the logs.</p></main></div></body></html>`;
}
