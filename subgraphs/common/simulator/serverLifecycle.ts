import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Starting and stopping a simulator's HTTP server on loopback. */
export interface ServerLifecycle {
  /** Base URL (`http://127.0.0.1:PORT`) while listening, else `undefined`. */
  readonly url: string | undefined;
  /** Starts listening and resolves with the base URL. Port 0 picks a free port. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops listening and destroys every open socket, hung and keep-alive ones included. */
  close(): Promise<void>;
}

/**
 * Tracks the server's sockets and gives it `listen`/`close` as simulators need them: `close`
 * must not wait for sockets a fault left hanging or a client keeps alive.
 */
export function serverLifecycle(server: Server): ServerLifecycle {
  const sockets = new Set<Socket>();
  let url: string | undefined;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    get url() {
      return url;
    },
    listen(port = 0, host = '127.0.0.1') {
      return new Promise<string>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
          resolve(url);
        });
      });
    },
    close() {
      if (!server.listening) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => {
          url = undefined;
          if (error) reject(error);
          else resolve();
        });
        for (const socket of sockets) socket.destroy();
        sockets.clear();
      });
    },
  };
}
