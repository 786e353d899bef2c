// Which Host headers name this server. A page on any site can make the
// browser send requests to 127.0.0.1, and with DNS rebinding (a name of the
// attacker's that first resolves to their server, then to 127.0.0.1) it can
// even read the answers, because to the browser they are same-origin. The
// Host header still carries the attacker's name: answering only the names
// that mean this server makes the rebinding useless.
import { type Refusal, refuse } from './refusal.js';

export interface HostPolicy {
  /** Host header values accepted as they are (lower-case, with the port). */
  exact: ReadonlySet<string>;
  /** Names allowed with --allow-host without a port: accepted with any port or none. */
  names: ReadonlySet<string>;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV6 = /^\[[0-9a-f:.]+\]$/;
const PORT = /^(?:0|[1-9][0-9]{0,4})$/;

/** Why a --allow-host value is unusable, or undefined when it is a host name, an address or either with a port. */
export function allowedHostError(value: string): string | undefined {
  const v = value.toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(v))
    return `--allow-host takes a host name (as in the Host header), not a URL; got "${value}".`;
  const { name, port } = splitAuthority(v);
  if (!(NAME.test(name) || IPV6.test(name)) || (port !== undefined && !(PORT.test(port) && Number(port) <= 65535)))
    return (
      '--allow-host takes a host name or address with an optional port ' +
      `(warrant.example.org, 10.0.0.5:4100); got "${value}".`
    );
  return undefined;
}

/** The names that reach a server bound to `host` on `port`, and the names allowed on purpose. */
export function hostPolicy(opts: { host: string; port: number; allowHosts?: readonly string[] }): HostPolicy {
  const bound = opts.host.toLowerCase();
  const wildcard = bound === '0.0.0.0' || bound === '::' || bound === '[::]';
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  const hosts = wildcard ? loopback : [...loopback, bound.includes(':') ? `[${bound}]` : bound];
  const exact = new Set(hosts.map((h) => `${h}:${opts.port}`));
  // A browser leaves out the default port.
  if (opts.port === 80) for (const h of hosts) exact.add(h);
  const names = new Set<string>();
  for (const value of opts.allowHosts ?? []) {
    const error = allowedHostError(value);
    if (error) throw new Error(error);
    const v = value.toLowerCase();
    if (splitAuthority(v).port === undefined) names.add(v);
    else exact.add(v);
  }
  return { exact, names };
}

/** Refuse a request whose Host header does not name this server. */
export function checkHost(policy: HostPolicy, value: string | undefined): Refusal | undefined {
  if (value === undefined || value === '') return refuse('missing-host', 'The request has no Host header.');
  const v = value.toLowerCase();
  if (policy.exact.has(v) || policy.names.has(splitAuthority(v).name)) return undefined;
  return refuse(
    'forbidden-host',
    'This server answers only requests addressed to its own address (127.0.0.1, localhost) ' +
      'or to a name allowed with --allow-host.',
  );
}

/** "name:port" or "[v6]:port" into its name and port; the port is undefined when absent. */
function splitAuthority(authority: string): { name: string; port: string | undefined } {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority);
  if (!m) return { name: authority, port: undefined };
  return { name: m[1]!, port: m[2] };
}
