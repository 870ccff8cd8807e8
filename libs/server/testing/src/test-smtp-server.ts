import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpRefusal {
  /** An SMTP reply code: 4xx (try again later) or 5xx (refused for good). */
  code: number;
  message: string;
}

export interface TestSmtpServer {
  port: number;
  /** Every message taken, parsed (mailparser), in order of arrival. */
  messages: ParsedMail[];
  /** How many times each recipient address was refused. */
  refusals: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) on 127.0.0.1 and a random port for tests: it
 * takes mail without TLS or sign-in and parses what it takes, or refuses a recipient with the
 * reply `refuse` gives (called per attempt, so a refusal can be temporary).
 */
export function startTestSmtpServer(options: { refuse?: (address: string, attempt: number) => SmtpRefusal | null } = {}): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const refusals = new Map<string, number>();
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const attempt = (attempts.get(address.address) ?? 0) + 1;
      attempts.set(address.address, attempt);
      const refusal = options.refuse?.(address.address, attempt);
      if (!refusal) return callback();
      refusals.set(address.address, (refusals.get(address.address) ?? 0) + 1);
      const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
      return callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.server.address() as { port: number };
      resolve({ port, messages, refusals, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
