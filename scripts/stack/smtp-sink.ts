import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One received mail as the JSON listing shows it. */
export interface ReceivedMail {
  id: string;
  receivedAt: string;
  envelope: { from: string | null; to: string[] };
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  file: string | null;
}

export interface SmtpSink {
  host: string;
  smtpPort: number;
  httpPort: number;
  messagesUrl: string;
  messages: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * A local mail catcher: accepts every mail on SMTP, keeps it in memory and as an .eml file, and
 * lists it as JSON at GET /messages (DELETE /messages empties the list). The off-line message
 * emails of `npm start` and the tests land here instead of anyone's inbox.
 *
 * An outage for one address (PUT /outages/<address>, lifted by DELETE) makes the sink answer that
 * recipient as a mail server that can't take mail now does (421, "Service not available"), so a
 * test or a developer sees Parley's retries while every other address's mail still arrives.
 */
export async function startSmtpSink(options: {
  host?: string;
  smtpPort: number;
  httpPort: number;
  mailDir?: string;
}): Promise<SmtpSink> {
  const host = options.host ?? '127.0.0.1';
  const messages: ReceivedMail[] = [];
  const outages = new Set<string>();
  if (options.mailDir) await mkdir(options.mailDir, { recursive: true });

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    banner: 'Parley SMTP sink',
    onRcptTo(address, _session, callback) {
      if (!outages.has(address.address.toLowerCase())) return callback();
      const refusal = new Error('4.3.2 Service not available, try again later') as Error & {
        responseCode: number;
      };
      refusal.responseCode = 421;
      callback(refusal);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        try {
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          const id = `${Date.now()}-${messages.length + 1}`;
          let file: string | null = null;
          if (options.mailDir) {
            file = path.join(options.mailDir, `${id}.eml`);
            await writeFile(file, raw);
          }
          const addressList = (value: typeof parsed.to): string[] =>
            (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) =>
              a.value.map((v) => v.address ?? ''),
            );
          messages.push({
            id,
            receivedAt: new Date().toISOString(),
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            from: parsed.from?.text ?? '',
            to: addressList(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            file,
          });
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });

  const api = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sink');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (url.pathname === '/messages' && req.method === 'GET') {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(messages, null, 2));
    } else if (url.pathname === '/messages' && req.method === 'DELETE') {
      messages.length = 0;
      res.statusCode = 204;
      res.end();
    } else if (url.pathname.startsWith('/outages/') && ['PUT', 'DELETE'].includes(req.method!)) {
      const address = decodeURIComponent(url.pathname.slice('/outages/'.length)).toLowerCase();
      if (req.method === 'PUT') outages.add(address);
      else outages.delete(address);
      res.statusCode = 204;
      res.end();
    } else {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ error: 'Try GET /messages or PUT /outages/<address>' }));
    }
  });

  await new Promise<void>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(options.smtpPort, host, () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    api.once('error', reject);
    api.listen(options.httpPort, host, () => resolve());
  });
  const smtpPort = (smtp.server.address() as { port: number }).port;
  const httpPort = (api.address() as { port: number }).port;

  return {
    host,
    smtpPort,
    httpPort,
    messagesUrl: `http://${host}:${httpPort}/messages`,
    messages,
    async close() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => api.close(() => resolve()));
    },
  };
}
