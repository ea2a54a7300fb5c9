import { describe, expect, it } from 'vitest';
import { appLink, parseRoomHash, roomJoinHash, roomSocketUrl, teamJoinHash, watchHash } from './links';

const TOKEN = 'abcdefghijklmnopqrstuv';

describe('room links', () => {
  it('put the socket beside the page, under any sub-path, ws: for http: and wss: for https:', () => {
    expect(roomSocketUrl('http://192.168.1.5:8080/#/seminar')).toBe('ws://192.168.1.5:8080/room');
    expect(roomSocketUrl('https://uni.example/~ana/crossings/index.html?x=1#/join/K7Q3XM')).toBe('wss://uni.example/~ana/crossings/room');
  });

  it('round-trip a team QR link, the room code alone and a spectator link', () => {
    const link = appLink('http://10.0.0.2:8080/sub/#/seminar', teamJoinHash('K7Q3XM', 'interior', TOKEN));
    expect(link).toBe(`http://10.0.0.2:8080/sub/#/join/K7Q3XM/interior?k=${TOKEN}`);
    expect(parseRoomHash(new URL(link).hash)).toEqual({ kind: 'join', room: 'K7Q3XM', team: 'interior', token: TOKEN });
    expect(parseRoomHash(roomJoinHash('K7Q3XM'))).toEqual({ kind: 'join', room: 'K7Q3XM' });
    expect(parseRoomHash(watchHash('K7Q3XM'))).toEqual({ kind: 'watch', room: 'K7Q3XM' });
    expect(parseRoomHash('#/join/k7q-3xm')).toEqual({ kind: 'join', room: 'K7Q3XM' });
  });

  it('refuse damaged links instead of guessing', () => {
    for (const bad of ['#/seminar', '#/join/', '#/join/K7Q3X', `#/join/K7Q3XM/interior?k=short`, `#/join/K7Q3XM?k=${TOKEN}`, '#/watch/K7Q3XM/interior', '#/join/K7Q3XM/Interior'])
      expect(parseRoomHash(bad), bad).toBeNull();
  });
});
