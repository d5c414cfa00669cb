// Cloudflare responses as its edge sends them (shared/docs/providers.md §1.1): the header set of an error
// it generated, the 5xx error template with its three status boxes, and the managed-challenge page.
import type { Reply } from '../reply';

/** `cf-ray` value: 16 hex digits and the data centre's airport code. */
export function cfRay(id: string, colo: string): string {
  return `${id}-${colo}`;
}

/** Headers on a Cloudflare-generated 5xx (captured in Nov 2025; `date` and `content-length` come from the server). */
export function cloudflareErrorHeaders(ray: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-type': 'text/html; charset=UTF-8',
    'x-frame-options': 'SAMEORIGIN',
    'referrer-policy': 'same-origin',
    'cache-control': 'private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0',
    expires: 'Thu, 01 Jan 1970 00:00:01 GMT',
    'report-to': NEL_REPORT_TO,
    nel: '{"report_to":"cf-nel","success_fraction":0.0,"max_age":604800}',
    ...extra,
    server: 'cloudflare',
    'cf-ray': ray,
    'alt-svc': 'h3=":443"; ma=86400',
  };
}

/** Headers on a page Cloudflare proxied from a healthy origin (HTML is not cached by default: DYNAMIC). */
export function cloudflareOkHeaders(ray: string, contentType = 'text/html; charset=UTF-8'): Record<string, string> {
  return {
    'content-type': contentType,
    'cache-control': 'public, max-age=0, must-revalidate',
    vary: 'Accept-Encoding',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'x-content-type-options': 'nosniff',
    'cf-cache-status': 'DYNAMIC',
    'report-to': NEL_REPORT_TO,
    nel: '{"report_to":"cf-nel","success_fraction":0.0,"max_age":604800}',
    server: 'cloudflare',
    'cf-ray': ray,
    'alt-svc': 'h3=":443"; ma=86400',
  };
}

const NEL_REPORT_TO =
  '{"group":"cf-nel","max_age":604800,"endpoints":[{"url":"https://a.nel.cloudflare.com/report/v4?s=A6lnaBNFsamqzMysX0%2FQSNc0lGeEyAueNuDSlkKPX%2BibqFB08m2hVGrvdrLeZ2OHyGKxIq6m%2BsL2TM8IZpIOONq5nd8ZrZSnY%3D"}]}';

export type CloudflareHop = 'browser' | 'cloudflare' | 'host';

export interface CloudflareErrorPage {
  host: string;
  code: number;
  /** e.g. 'Connection timed out' */
  reason: string;
  /** The status box marked in error: the hop at fault. */
  errorAt: CloudflareHop;
  /** The data centre's city, shown in the Cloudflare box. */
  city: string;
  rayId: string;
  /** e.g. '2025-11-18 11:32:07 UTC' */
  time: string;
  whatHappened: string;
  /** Advice for the site's owner (HTML). */
  ownerAdvice: string;
}

/** The 5xx error template (cf-wrapper, three status boxes, Ray ID footer) as captured in 2025. */
export function cloudflareErrorPage(page: CloudflareErrorPage): string {
  const landing = `https://www.cloudflare.com/5xx-error-landing?utm_source=errorcode_${page.code}&amp;utm_campaign=${page.host}`;
  const box = (hop: CloudflareHop, icon: string, place: string, label: string) => {
    const failed = hop === page.errorAt;
    return `<div id="cf-${hop}-status" class="${failed ? 'cf-error-source ' : ''}relative w-1/3 md:w-full py-15 md:p-0 md:py-8 md:text-left md:border-solid md:border-0 md:border-b md:border-gray-400 overflow-hidden float-left md:float-none text-center">
  <div class="relative mb-10 md:m-0">
    <span class="cf-icon-${icon} block md:hidden h-20 bg-center bg-no-repeat"></span>
    <span class="cf-icon-${failed ? 'error' : 'ok'} w-12 h-12 absolute left-1/2 md:left-auto md:right-0 md:top-0 -ml-6 -bottom-4"></span>
  </div>
  <span class="md:block w-full truncate">${place}</span>
  <h3 class="md:inline-block mt-3 md:mt-0 text-2xl text-gray-600 font-light leading-1.3">${label}</h3>
  <span class="leading-1.3 text-2xl ${failed ? 'text-red-error">Error' : 'text-green-success">Working'}</span>
</div>`;
  };
  return `<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<!--[if IE 7]>    <html class="no-js ie7 oldie" lang="en-US"> <![endif]-->
<!--[if IE 8]>    <html class="no-js ie8 oldie" lang="en-US"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->
<head>
<title>${page.host} | ${page.code}: ${page.reason}</title>
<meta charset="UTF-8" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="robots" content="noindex, nofollow" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/main.css" />
</head>
<body>
<div id="cf-wrapper">
    <div id="cf-error-details" class="p-0">
        <header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-8">
            <h1 class="inline-block sm:block sm:mb-2 font-light text-60 lg:text-4xl text-black-dark leading-tight mr-2">
              <span class="inline-block">${page.reason}</span>
              <span class="code-label">Error code ${page.code}</span>
            </h1>
            <div>Visit <a href="${landing}" target="_blank" rel="noopener noreferrer">cloudflare.com</a> for more information.</div>
            <div class="mt-3">${page.time}</div>
        </header>
        <div class="my-8 bg-gradient-gray">
            <div class="w-240 lg:w-full mx-auto">
                <div class="clearfix md:px-8">
${box('browser', 'browser', 'You', 'Browser')}
${box('cloudflare', 'cloud', page.city, 'Cloudflare')}
${box('host', 'server', page.host, 'Host')}
                </div>
            </div>
        </div>
        <div class="w-240 lg:w-full mx-auto mb-8 lg:px-8">
            <div class="clearfix">
                <div class="w-1/2 md:w-full float-left pr-6 md:pb-10 md:pr-0 leading-relaxed">
                    <h2 class="text-3xl font-normal leading-1.3 mb-4">What happened?</h2>
                    <p>${page.whatHappened}</p>
                </div>
                <div class="w-1/2 md:w-full float-left leading-relaxed">
                    <h2 class="text-3xl font-normal leading-1.3 mb-4">What can I do?</h2>
                    <h3 class="text-15 font-semibold mb-2">If you're a visitor of this website:</h3>
                    <p class="mb-6">Please try again in a few minutes.</p>
                    <h3 class="text-15 font-semibold mb-2">If you're the owner of this website:</h3>
                    <p>${page.ownerAdvice}</p>
                </div>
            </div>
        </div>
        <div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left border-solid border-0 border-t border-gray-300">
  <p class="text-13">
    <span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">${page.rayId}</strong></span>
    <span class="cf-footer-separator sm:hidden">&bull;</span>
    <span id="cf-footer-item-ip" class="cf-footer-item hidden sm:block sm:mb-1">
      Your IP:
      <button type="button" id="cf-footer-ip-reveal" class="cf-footer-ip-reveal-btn">Click to reveal</button>
      <span class="hidden" id="cf-footer-ip">203.0.113.62</span>
      <span class="cf-footer-separator sm:hidden">&bull;</span>
    </span>
    <span class="cf-footer-item sm:block sm:mb-1"><span>Performance &amp; security by</span> <a rel="noopener noreferrer" href="${landing}" id="brand_link" target="_blank">Cloudflare</a></span>
  </p>
  <script>(function(){function d(){var b=document.getElementById("cf-footer-item-ip"),c=document.getElementById("cf-footer-ip-reveal");b&&"classList"in b&&(b.classList.remove("hidden"),c.addEventListener("click",function(){c.classList.add("hidden");document.getElementById("cf-footer-ip").classList.remove("hidden")}))}document.addEventListener&&document.addEventListener("DOMContentLoaded",d)})();</script>
</div><!-- /.error-footer -->
    </div>
</div>
</body>
</html>
`;
}

/** What the error template links to; Cloudflare serves it from every proxied host. */
export function cloudflareErrorStylesheet(ray: string): Reply {
  return {
    status: 200,
    headers: { ...cloudflareOkHeaders(ray, 'text/css'), 'cache-control': 'max-age=7200, public', 'cf-cache-status': 'HIT' },
    body: '#cf-wrapper{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#404040}#cf-wrapper .cf-error-source .text-red-error{color:#bd2426}.text-green-success{color:#9bca3e}.float-left{float:left}.w-1\\/3{width:33.3%}.hidden{display:none}\n',
  };
}

export interface ChallengePage {
  host: string;
  path: string;
  rayId: string;
}

/** The managed challenge ("Just a moment...") served with 403 and `cf-mitigated: challenge`. */
export function cloudflareChallengePage({ host, path, rayId }: ChallengePage): string {
  return `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}.main-wrapper{display:flex;flex:1;flex-direction:column;align-items:center}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}.h1{font-size:2.5rem;font-weight:500;line-height:3.75rem}.h2{font-size:1.5rem;font-weight:500;line-height:2.25rem}.footer{font-size:.75rem;line-height:1.125rem;margin:0 auto;max-width:60rem;padding-left:1.5rem;width:100%}</style><meta http-equiv="refresh" content="390"></head><body><div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">${host}</h1><h2 id="challenge-running" class="h2">Verifying you are human. This may take a few seconds.</h2><noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript><div id="challenge-body-text" class="core-msg spacer">${host} needs to review the security of your connection before proceeding.</div></div></div><script>(function(){window._cf_chl_opt = {cvId: '3',cZone: "${host}",cType: 'managed',cRay: '${rayId}',cH: 'VliP4nCgxybnYygRK6PsigeCdZh8f68JI98IOURdmPp',cUPMDTk:"${path}?__cf_chl_tk=rWhWgqiGp1mQEr9pARkdR9sbbKdLHpDBpmJQ-1763669497-1.0.1.1-Jx6xJNEPqaF8hkaMGfiyEBfCeDix2ex9",cFPWv: 'b',cITimeS: '1763669497',cTplC:0,cTplV:5,cTplB: 'cf'};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=${rayId}';window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;window._cf_chl_opt.cOgUQuery = location.search === '' && location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length).indexOf('?') !== -1 ? '?' : location.search;document.getElementsByTagName('head')[0].appendChild(cpo);}());</script><div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>${rayId}</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com?utm_source=challenge&amp;utm_campaign=m" target="_blank">Cloudflare</a></div></div></div></body></html>`;
}

/** Headers of the challenge page (managed challenge, Nov 2025). */
export function cloudflareChallengeHeaders(ray: string): Record<string, string> {
  return {
    'content-type': 'text/html; charset=UTF-8',
    'cf-mitigated': 'challenge',
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'SAMEORIGIN',
    'cache-control': 'private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0',
    expires: 'Thu, 01 Jan 1970 00:00:01 GMT',
    server: 'cloudflare',
    'cf-ray': ray,
  };
}

/** The challenge platform script the challenge page loads (a stand-in body; the real one is obfuscated). */
export function cloudflareChallengeScript(ray: string): Reply {
  return {
    status: 200,
    headers: {
      'content-type': 'text/javascript; charset=UTF-8',
      'cache-control': 'max-age=0, must-revalidate',
      'cross-origin-resource-policy': 'same-origin',
      'x-content-type-options': 'nosniff',
      server: 'cloudflare',
      'cf-ray': ray,
    },
    body: 'window._cf_chl_opt&&(window._cf_chl_opt.cLoaded=1);\n',
  };
}

/** Cloudflare's own 500 (18 Nov 2025): the Cloudflare box marked as the error. */
export const cloudflareInternalErrorPage = (host: string, rayId: string): string =>
  cloudflareErrorPage({
    host,
    code: 500,
    reason: 'Internal server error',
    errorAt: 'cloudflare',
    city: 'Frankfurt',
    rayId,
    time: '2025-11-18 11:41:26 UTC',
    whatHappened: "There is an internal server error on Cloudflare's network.",
    ownerAdvice:
      "There is an issue between Cloudflare's cache and your origin web server. Cloudflare monitors for these errors and automatically investigates the cause. To help support the investigation, you can pull the corresponding error log from your web server and submit it our support team. Please include the Ray ID (which is at the bottom of this error page).",
  });
