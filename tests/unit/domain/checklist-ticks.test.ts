import { describe, expect, it } from 'vitest';
import { readTicks, tickBoxes, ticksStorageKey, writeTicks } from '../../../src/domain/checklist-ticks.ts';
import { client } from '../../../src/domain/ui-text/en/client.ts';

describe('checklist tick boxes', () => {
  const lines = ['Name an owner for every service.', 'Run the drill.', 'Name an owner for every service.'];

  it('names each box by its kind and text, the same wherever the line stands', () => {
    const [first, second] = tickBoxes('item', lines);
    expect(first!.id).toMatch(/^item-[0-9a-z]+$/);
    expect(tickBoxes('item', [lines[1]!, lines[0]!]).map((box) => box.id)).toEqual([second!.id, first!.id]);
    expect(tickBoxes('check', [lines[0]!])[0]!.id).not.toBe(first!.id);
  });

  it('gives a repeated line its own box, and an edited line a new name', () => {
    const ids = tickBoxes('item', lines).map((box) => box.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(tickBoxes('item', ['Name an owner for every tier-1 service.'])[0]!.id).not.toBe(ids[0]);
  });

  it('keys the ticks by the checklist page', () => {
    expect(ticksStorageKey('/insights/a/checklist/')).toBe('setlist:checklist:/insights/a/checklist/');
  });
});

describe('stored ticks', () => {
  it('round-trip', () => {
    const stored = readTicks(writeTicks(['item-b', 'item-a']));
    expect(stored).toEqual({ status: 'restored', ticked: new Set(['item-a', 'item-b']) });
  });

  it('are empty when nothing was saved', () => {
    expect(readTicks(null)).toEqual({ status: 'empty' });
  });

  it.each([
    ['broken JSON', '{"ticked": ['],
    ['another format', JSON.stringify({ format: 'setlist-scorecard', version: 1, ticked: [] })],
    ['a later version', JSON.stringify({ format: 'setlist-checklist-ticks', version: 2, ticked: [] })],
    ['ids that are not text', JSON.stringify({ format: 'setlist-checklist-ticks', version: 1, ticked: [1, 2] })],
    ['no list at all', JSON.stringify({ format: 'setlist-checklist-ticks', version: 1, ticked: 'item-a' })],
  ])('are unreadable from %s', (_kind, raw) => {
    expect(readTicks(raw)).toEqual({ status: 'unreadable' });
  });

  it('count as progress in words', () => {
    expect(client.checklist.progress(3, 12)).toBe('3 of 12 done');
  });
});
