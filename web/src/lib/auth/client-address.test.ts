/** @jest-environment node */
import { clientAddressOf } from './client-address';
import { VISITOR_IP_HEADER } from '@skinfacts/shared/headers';

describe('clientAddressOf', () => {
  it('reads the address server.js worked out, never X-Forwarded-For itself', () => {
    const request = new Request('http://localhost/api/moderation/session', {
      headers: { 'x-forwarded-for': '6.6.6.6', [VISITOR_IP_HEADER]: '203.0.113.7' },
    });
    expect(clientAddressOf(request)).toBe('203.0.113.7');
  });

  it('is "unknown" when the request does not say', () => {
    const request = new Request('http://localhost/api/moderation/session', {
      headers: { 'x-forwarded-for': '6.6.6.6' },
    });
    expect(clientAddressOf(request)).toBe('unknown');
  });
});
