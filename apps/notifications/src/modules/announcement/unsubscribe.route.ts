import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AnnouncementService } from './announcement.service';

const MAX_BODY = 4096;

async function drain(request: IncomingMessage): Promise<void> {
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) break;
  }
}

/**
 * `/unsubscribe?token=…` on the notifications service, public (the link a mail client follows):
 * POST is the one-click unsubscribe of RFC 8058 (List-Unsubscribe-Post), recorded at once; GET
 * (a person who clicked the header link) is sent to the dashboard's page, which asks before it
 * records, so a link scanner following links does not unsubscribe anybody.
 */
export function unsubscribeRoute(announcements: AnnouncementService, page: string) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const token = new URL(request.url ?? '/', 'http://localhost').searchParams.get('token') ?? '';
    if (request.method === 'GET') {
      response.writeHead(303, { location: `${page}?token=${encodeURIComponent(token)}` });
      response.end();
      return;
    }
    await drain(request);
    try {
      const masked = await announcements.unsubscribe(token);
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Unsubscribed: ${masked}\n`);
    } catch (error) {
      const invalid = (error as { code?: string }).code === 'BAD_USER_INPUT';
      response.writeHead(invalid ? 400 : 503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(invalid ? 'This unsubscribe link is not valid.\n' : 'Could not record it now; please try again.\n');
    }
  };
}
