import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../admin/src/api/client.ts';
import { createHttp } from '../../../admin/src/api/http.ts';

afterEach(() => vi.unstubAllGlobals());

describe('finding a sender by contact (privacy page)', () => {
  it('posts the phone number in the body, so it never lands in a URL a proxy or access log keeps', async () => {
    const sent: { method: string; url: string; body: string }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        sent.push({ method: String(init.method), url, body: String(init.body) });
        return new Response(JSON.stringify({ data: [] }), { status: 200 });
      }),
    );
    const client = createApiClient(createHttp({ onUnauthenticated: () => undefined }));
    await client.feedbackPrivacy.find('0987 111 222');
    expect(sent).toEqual([{ method: 'POST', url: '/api/feedback-privacy/senders/search', body: JSON.stringify({ contact: '0987 111 222' }) }]);
    expect(sent[0]?.url).not.toMatch(/0987|contact/);
  });
});
