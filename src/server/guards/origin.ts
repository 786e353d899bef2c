// Whether a request may come from a page of another origin. Any page the
// user visits can make the browser send requests to the preview's port: it
// cannot read a page of another origin, but an event stream it opens holds a
// slot and the case's text flows into it, and a request that is not a GET
// could one day change something. So only a plain GET of a page is answered
// whatever its origin (a link from anywhere must work); the event streams and
// every other method need the browser's own word that the request comes from
// this server's pages: an Origin header naming this server (or none, as
// curl sends) and a Sec-Fetch-Site that is not another site.
import { checkHost, type HostPolicy } from './host.js';
import { type Refusal, refuse } from './refusal.js';

/** What the request asks for: a page to show, an event stream to read, or anything else. */
export type RequestUse = 'page' | 'stream' | 'other';

export interface OriginHeaders {
  origin: string | undefined;
  /** Sec-Fetch-Site, which browsers send with every request (even those without an Origin header). */
  fetchSite: string | undefined;
}

/** True when `origin` ("http://127.0.0.1:4100") names this server. */
export function isOwnOrigin(policy: HostPolicy, origin: string): boolean {
  const m = /^https?:\/\/([^/?#@\s]+)$/i.exec(origin);
  return m !== null && checkHost(policy, m[1]) === undefined;
}

export function checkOrigin(policy: HostPolicy, headers: OriginHeaders, use: RequestUse): Refusal | undefined {
  if (use === 'page') return undefined;
  const what = use === 'stream' ? 'open an event stream' : 'send this request';
  if (headers.origin !== undefined && !isOwnOrigin(policy, headers.origin))
    return refuse('forbidden-origin', `A page of another origin may not ${what} here.`);
  if (headers.fetchSite === 'cross-site' || headers.fetchSite === 'same-site')
    return refuse('forbidden-origin', `A page of another site may not ${what} here.`);
  return undefined;
}
