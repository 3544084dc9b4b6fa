/** @jest-environment node */
import { clientAddressOf } from './client-address';

describe('clientAddressOf', () => {
  it('reads the visitor’s address from the configured header (rightmost X-Forwarded-For entry)', () => {
    const request = new Request('http://localhost/api/moderation/session', {
      headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' },
    });
    expect(clientAddressOf(request)).toBe('203.0.113.7');
  });

  it('is "unknown" when the request does not say', () => {
    expect(clientAddressOf(new Request('http://localhost/api/moderation/session'))).toBe('unknown');
  });
});
