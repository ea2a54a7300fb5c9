/** Team links use an address phones can open, never localhost silently. */
import { describe, expect, it } from 'vitest';
import { chooseTeamBase, isLoopbackHost, parseTypedBase } from './team-address';

describe('the address of team links', () => {
  it('is the page’s own address when phones can reach it', () => {
    expect(chooseTeamBase('https://example.edu/~me/crossings/index.html?x=1#/seminar', null, [])).toEqual({ url: 'https://example.edu/~me/crossings/index.html', source: 'page', unreachable: false });
    expect(chooseTeamBase('http://192.168.1.23:8080/#/seminar', null, ['http://10.0.0.2:8080/'])).toMatchObject({ url: 'http://192.168.1.23:8080/', source: 'page' });
  });

  it('is the room server’s LAN address when the page was opened at localhost', () => {
    expect(chooseTeamBase('http://localhost:8080/#/seminar', null, ['http://192.168.1.23:8080/'])).toEqual({ url: 'http://192.168.1.23:8080/', source: 'server', unreachable: false });
    expect(chooseTeamBase('http://127.0.0.1:8080/sub/#/seminar', null, ['http://127.0.0.1:8080/sub/', 'http://10.1.2.3:8080/sub/'])).toMatchObject({ url: 'http://10.1.2.3:8080/sub/', source: 'server' });
  });

  it('is what the facilitator typed, which wins, and localhost is flagged wherever it comes from', () => {
    expect(chooseTeamBase('http://localhost:5173/#/seminar', '192.168.1.23:5173', [])).toEqual({ url: 'http://192.168.1.23:5173/', source: 'typed', unreachable: false });
    expect(chooseTeamBase('http://localhost:5173/#/seminar', null, [])).toEqual({ url: 'http://localhost:5173/', source: 'page', unreachable: true });
    expect(chooseTeamBase('http://localhost:5173/', 'http://127.0.0.1:5173', [])).toMatchObject({ source: 'typed', unreachable: true });
    expect(chooseTeamBase('http://localhost:5173/', 'javascript:alert(1)', [])).toMatchObject({ source: 'page', unreachable: true });
  });

  it('checks a typed address and says what is wrong', () => {
    expect(parseTypedBase('https://example.edu/~me/crossings')).toEqual({ ok: true, url: 'https://example.edu/~me/crossings/' });
    expect(parseTypedBase('  http://10.0.0.5:8080/app/?q=1#x ')).toEqual({ ok: true, url: 'http://10.0.0.5:8080/app/' });
    expect(parseTypedBase('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseTypedBase('ftp://example.edu/')).toEqual({ ok: false, problem: 'protocol' });
    expect(parseTypedBase('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(parseTypedBase('http://me:pw@example.edu/')).toEqual({ ok: false, problem: 'credentials' });
    expect(parseTypedBase('http://exa mple/')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseTypedBase(`http://example.edu/${'a'.repeat(400)}`)).toEqual({ ok: false, problem: 'too-long' });
  });

  it('knows the loopback names', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '0.0.0.0', 'app.localhost']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['192.168.1.2', 'example.edu', '10.0.0.1']) expect(isLoopbackHost(h), h).toBe(false);
  });
});
