import { describe, expect, it } from 'vitest';
import * as pageIds from '../../../src/domain/page-ids.ts';
import * as scorecardHooks from '../../../src/domain/scorecard-hooks.ts';

const modules = { ...pageIds, ...scorecardHooks };
const exported = (suffix: string) => Object.entries(modules).filter(([name]) => name.endsWith(suffix));
const hooks = [
  ...exported('Hook').map(([, hook]) => hook as string),
  ...exported('Hooks').flatMap(([, group]) => Object.values(group as Record<string, string>)),
];

describe('island hooks', () => {
  it('are spread by the markup as the attribute itself, bare or with a value', () => {
    expect(pageIds.hookAttribute(pageIds.tickHooks.status)).toEqual({ 'data-tick-status': '' });
    expect(pageIds.hookAttribute(pageIds.tickHooks.box, 'item-1')).toEqual({ 'data-tick': 'item-1' });
  });

  it('are selected by the scripts, any element carrying them or only those of one value', () => {
    expect(pageIds.selector(pageIds.tickHooks.tools)).toBe('[data-tick-tools]');
    expect(pageIds.selector(scorecardHooks.facilitationHooks.action, scorecardHooks.facilitationActions.reveal)).toBe('[data-facilitate-action="reveal"]');
  });

  it('are lowercase data attributes, each marking one thing: an island never finds another’s element', () => {
    expect(hooks).toEqual(expect.arrayContaining([pageIds.searchInputHook, pageIds.tickHooks.box, scorecardHooks.teamHooks.status]));
    for (const hook of hooks) expect(hook).toMatch(/^data-[a-z]+(-[a-z]+)*$/);
    expect(new Set(hooks).size).toBe(hooks.length);
  });

  it('name each action of a group of buttons once, so every button reaches its own handler', () => {
    for (const [, actions] of exported('Actions')) {
      const names = Object.values(actions as Record<string, string>);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
