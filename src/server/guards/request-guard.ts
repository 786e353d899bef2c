// The checks every request passes before a route sees it, in one call that
// cannot throw, for any server: node:http here, the review server's framework
// later (it hands in the raw request target and a header lookup). The order
// puts the cheapest and most telling refusal first: an over-long target, a
// host that is not this server (DNS rebinding), a method the server does not
// answer, a target that does not parse, and a request of another origin that
// is not a GET. The route then checks the origin of an event stream itself
// (checkOrigin with 'stream'), since only it knows that the path is one.
import { checkHost, type HostPolicy } from './host.js';
import { checkOrigin } from './origin.js';
import { isRefusal, type Refusal, refuse } from './refusal.js';
import { MAX_TARGET_LENGTH, parseRequestTarget, type RequestTarget } from './request-target.js';

export interface GuardedRequest {
  method: string;
  /** The request target exactly as sent (node's req.url). */
  target: string;
  /** A header's value, by lower-case name. */
  header(name: string): string | undefined;
}

export interface GuardPolicy {
  host: HostPolicy;
  /** The methods the server answers, for 405 and its Allow header. */
  methods: readonly string[];
  maxTargetLength?: number;
}

const READ_METHODS = new Set(['GET', 'HEAD']);

export function guardRequest(policy: GuardPolicy, req: GuardedRequest): RequestTarget | Refusal {
  const max = policy.maxTargetLength ?? MAX_TARGET_LENGTH;
  if (req.target.length > max)
    return refuse('target-too-long', `The request target is ${req.target.length} characters; the limit is ${max}.`);
  const host = checkHost(policy.host, req.header('host'));
  if (host) return host;
  if (!policy.methods.includes(req.method))
    return refuse('method-not-allowed', `${req.method.slice(0, 20)} is not answered here.`, {
      allow: policy.methods.join(', '),
    });
  const target = parseRequestTarget(req.target, max);
  if (isRefusal(target)) return target;
  if (!READ_METHODS.has(req.method)) {
    const origin = checkOrigin(policy.host, originHeaders(req), 'other');
    if (origin) return origin;
  }
  return target;
}

export function originHeaders(req: GuardedRequest): { origin: string | undefined; fetchSite: string | undefined } {
  return { origin: req.header('origin'), fetchSite: req.header('sec-fetch-site') };
}
