import { visitorIp } from './visitor-ip';
import { VISITOR_IP_HEADER } from '@skinfacts/shared/headers';

describe('visitorIp', () => {
  it("reads the address the site's server put in its own header", () => {
    const headers = new Headers({ [VISITOR_IP_HEADER]: '203.0.113.7' });
    expect(visitorIp(headers)).toBe('203.0.113.7');
  });

  it('ignores the forwarding headers a client can write', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '6.6.6.7' });
    expect(visitorIp(headers)).toBeNull();
  });

  it('never passes on more than 64 characters', () => {
    expect(visitorIp(new Headers({ [VISITOR_IP_HEADER]: 'a'.repeat(300) }))).toHaveLength(64);
  });
});
