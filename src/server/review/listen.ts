// Starts the review API on a port with @hono/node-server, and stops it. The
// one place the review server meets node:http.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../../store/store.js';
import { reviewApp } from './app.js';

export interface RunningReviewServer {
  readonly url: string;
  close(): Promise<void>;
}

export class ReviewPortInUseError extends Error {}

export function startReviewServer(
  store: Store,
  options: { host: string; port: number; logError: (e: unknown) => void },
): Promise<RunningReviewServer> {
  const app = reviewApp(store, { logError: options.logError });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Event streams never end by themselves: without this, Ctrl-C would wait for every client to leave.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'EADDRINUSE' ? new ReviewPortInUseError(`port ${options.port} is in use`) : e);
    });
  });
}
