/** @jest-environment node */
import { clientAddressOf } from './client-address';

describe('clientAddressOf', () => {
  it('reads the address server.js worked out, never X-Forwarded-For itself', () => {
    const request = new Request('http://localhost/api/moderation/session', {
      headers: { 'x-forwarded-for': '6.6.6.6', 'x-skinfacts-visitor-ip': '203.0.113.7' },
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
