// Headers every response carries, whatever it is: a page, an event stream, a
// refusal or a redirect. Case data is never cached, never sniffed as another
// type, never framed, never read by another origin's no-cors request, and no
// page leaks its URL to a site it links to.

const ALWAYS: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

/** The policy of a response that is not a page: it may load nothing and be framed by nothing. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The security headers, with a page's own Content-Security-Policy (plus frame-ancestors) when it is a page. */
export function securityHeaders(pageCsp?: string): Record<string, string> {
  return { ...ALWAYS, 'content-security-policy': pageCsp ? `${pageCsp}; frame-ancestors 'none'` : NON_PAGE_CSP };
}
