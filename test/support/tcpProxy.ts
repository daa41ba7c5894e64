/**
 * A minimal load balancer for tests: each new TCP connection goes to the next backend port in
 * turn, skipping backends that refuse; no sticky sessions. A client whose instance died
 * reconnects through it and lands on another instance, as behind any real proxy.
 */
import { connect, createServer, type Server, type Socket } from "node:net";

export interface TcpProxy {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export function startTcpProxy(backends: readonly number[]): Promise<TcpProxy> {
  let next = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.pause();
    const tryBackend = (left: number): void => {
      if (left === 0) {
        client.destroy();
        return;
      }
      const port = backends[next++ % backends.length] as number;
      const upstream = connect(port, "127.0.0.1");
      upstream.once("connect", () => {
        sockets.add(upstream);
        upstream.on("close", () => sockets.delete(upstream));
        client.pipe(upstream).pipe(client);
        client.resume();
        upstream.on("error", () => client.destroy());
        client.on("error", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
        client.on("close", () => upstream.destroy());
      });
      upstream.once("error", () => tryBackend(left - 1));
    };
    tryBackend(backends.length);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise((r) => {
            for (const s of sockets) s.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}
