import { describe, expect, it } from 'vitest';
import { decodeDates, encodeDates } from './console-hub.ts';

describe('the hub message encoding', () => {
  it('brings Dates back as Dates after a JSON round trip (how Chrome passes port messages)', () => {
    const state = {
      lists: {
        mine: [{ id: 'c1', createdAt: new Date(1_700_000_000_000), transfer: undefined }],
        live: true,
      },
      team: { workspace: { name: 'Demo', createdAt: new Date(5) }, error: null },
    };
    const back = decodeDates(JSON.parse(JSON.stringify(encodeDates(state)))) as typeof state;
    expect(back.lists.mine[0]!.createdAt).toBeInstanceOf(Date);
    expect(back.lists.mine[0]!.createdAt.getTime()).toBe(1_700_000_000_000);
    expect('transfer' in back.lists.mine[0]!).toBe(false);
    expect(back.team.workspace.createdAt.getTime()).toBe(5);
    expect(back.team.error).toBeNull();
    expect(back.lists.live).toBe(true);
  });

  it('leaves an object that merely has a $date field among others alone', () => {
    expect(decodeDates({ $date: 3, other: 1 })).toEqual({ $date: 3, other: 1 });
  });
});
