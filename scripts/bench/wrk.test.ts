import { parseDuration, parseWrk } from './wrk';

const OUTPUT = `Running 10s test @ http://127.0.0.1:3000/articles/x
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.52ms  420.00us  12.00ms   80.00%
  Latency Distribution
     50%    1.40ms
     75%    1.70ms
     90%    2.10ms
     99%  850.00us
  300000 requests in 10.00s, 1.20GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:  30012.34
Transfer/sec:    122.00MB
`;

describe('parseWrk', () => {
  it('reads the rate, the median and p99 latency, and the failures', () => {
    expect(parseWrk(OUTPUT)).toEqual({
      requestsPerSecond: 30012,
      p50Ms: 1.4,
      p99Ms: 0.85,
      non2xx: 4,
      errors: 3,
    });
  });

  it('refuses output without figures', () => {
    expect(() => parseWrk('unable to connect')).toThrow('wrk printed no figures');
  });

  it('converts every unit wrk uses', () => {
    expect(parseDuration('2.5s')).toBe(2500);
    expect(parseDuration('500.00us')).toBe(0.5);
    expect(parseDuration('?')).toBeNaN();
  });
});
