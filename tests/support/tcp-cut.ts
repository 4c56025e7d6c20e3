import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpCut {
  /** redis://127.0.0.1:<port> of the relay: point one instance here to cut it off from Redis alone. */
  url: string;
  /** Drops every relayed connection and refuses new ones: this instance cannot reach Redis, the others still can. */
  cut(): void;
  /** Lets connections through again. */
  mend(): void;
  close(): Promise<void>;
}

/** A TCP relay to a Redis port that a test can cut and mend: a network partition between one instance and Redis. */
export async function relayTo(targetPort: number): Promise<TcpCut> {
  const sockets = new Set<Socket>();
  let open = true;
  const server: Server = createServer((incoming) => {
    if (!open) return incoming.destroy();
    const outgoing = connect(targetPort, '127.0.0.1');
    for (const socket of [incoming, outgoing]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    incoming.pipe(outgoing).pipe(incoming);
    incoming.on('close', () => outgoing.destroy());
    outgoing.on('close', () => incoming.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `redis://127.0.0.1:${port}`,
    cut: () => {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    mend: () => {
      open = true;
    },
    close: async () => {
      open = false;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
