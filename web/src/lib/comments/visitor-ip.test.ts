import { visitorIp } from './visitor-ip';

describe('visitorIp', () => {
  it('takes the rightmost X-Forwarded-For entry, the one the nearest proxy wrote', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect(visitorIp(headers, 'x-forwarded-for')).toBe('203.0.113.7');
  });

  it('takes another configured header whole', () => {
    const headers = new Headers({ 'x-real-ip': '198.51.100.2', 'x-forwarded-for': '6.6.6.6' });
    expect(visitorIp(headers, 'x-real-ip')).toBe('198.51.100.2');
  });

  it('is null when the header is missing or empty', () => {
    expect(visitorIp(new Headers(), 'x-forwarded-for')).toBeNull();
    expect(visitorIp(new Headers({ 'x-forwarded-for': ' , ' }), 'x-forwarded-for')).toBeNull();
  });

  it('never passes on more than 64 characters', () => {
    const headers = new Headers({ 'x-forwarded-for': 'a'.repeat(300) });
    expect(visitorIp(headers, 'x-forwarded-for')).toHaveLength(64);
  });
});
