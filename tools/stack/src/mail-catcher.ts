import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface MailCatcher {
  port: number;
  /** Where each caught message is written as an .eml file (open it with any mail client). */
  dir: string;
  /** How many messages it has caught. */
  caught(): number;
  stop(): Promise<void>;
}

/**
 * A local SMTP server for `npm start` and the test stacks: it takes every message the
 * notifications service sends (no TLS, no sign-in, 127.0.0.1 only) and writes it, exactly as it
 * arrived, to `<dir>/<time>-<n>.eml`. Nothing leaves the machine.
 */
export function startMailCatcher(dir: string, port = 0): Promise<MailCatcher> {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        try {
          const n = ++count;
          const stamp = new Date().toISOString().replace(/[:.]/g, '-');
          writeFileSync(path.join(dir, `${stamp}-${String(n).padStart(5, '0')}.eml`), Buffer.concat(chunks));
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} for the mail catcher is already in use: set MAIL_CATCHER_PORT to another one`) : error),
    );
    server.listen(port, '127.0.0.1', () => {
      const address = server.server.address() as { port: number };
      resolve({ port: address.port, dir, caught: () => count, stop: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
