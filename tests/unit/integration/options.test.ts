import { describe, expect, it } from 'vitest';
import { isOptionsError, optionProblems, parseSetlistOptions } from '../../../src/integration/options.ts';

const minimal = {
  title: 'Harbour Ops',
  description: 'Playbooks.',
  baseUrl: 'https://harbour.example.net/',
  author: { name: 'Ana' },
  brand: { tagline: 'Playbooks that hold' },
};

function messageOf(options: unknown): { message: string; hint?: string; stack?: string } {
  try {
    parseSetlistOptions(options);
  } catch (error) {
    return error as { message: string; hint?: string; stack?: string };
  }
  throw new Error('the options were accepted');
}

describe('setlist({...}) options', () => {
  it('fill in every default', () => {
    expect(parseSetlistOptions(minimal)).toMatchObject({
      baseUrl: 'https://harbour.example.net',
      language: 'en',
      insightsPath: '/insights/',
      searchPath: '/search/',
      previousNext: 'site',
      brand: { name: 'Harbour Ops', tagline: 'Playbooks that hold', colors: { light: { accent: '#1f4e79' } } },
    });
  });

  it('name every bad option, what was expected, what was received, with a hint and no stack', () => {
    const error = messageOf({
      ...minimal,
      baseUrl: 'harbour.example.net',
      insightsPath: 'insights',
      tilte: 'x',
      brand: { tagline: 'Playbooks that hold', colors: { light: { accent: 'blue' } } },
    });
    expect(error.message.split('\n')).toEqual([
      'Invalid Setlist options:',
      'astro.config.mjs  setlist() option baseUrl: expected an absolute http(s) URL such as "https://playbooks.example.com", received the text "harbour.example.net"',
      'astro.config.mjs  setlist() option brand.colors.light.accent: expected a hex colour such as "#1f4e79", received the text "blue"',
      'astro.config.mjs  setlist() option insightsPath: expected a path like "/insights/" (lowercase, starting and ending with "/"), received the text "insights"',
      'astro.config.mjs  setlist() option tilte: unknown option; expected one of: title, description, baseUrl, language, author, brand, insightsPath, searchPath, previousNext  (hint: did you mean "title"?)',
    ]);
    expect(error.hint).toMatch(/README lists every option/);
    expect(error.stack).toBe('');
  });

  it('are named as the flags of a command that takes them, and none when valid', () => {
    const flag = (option: string) => (option === 'baseUrl' ? '--url' : option);
    expect(optionProblems(minimal, flag)).toEqual([]);
    expect(optionProblems({ ...minimal, baseUrl: 'harbour' }, flag)).toEqual([
      '--url: expected an absolute http(s) URL such as "https://playbooks.example.com", received the text "harbour"',
    ]);
  });

  it('throw an error the commands know as the options', () => {
    expect(isOptionsError(messageOf({}))).toBe(true);
    expect(isOptionsError(new Error('other'))).toBe(false);
  });

  it('name what is missing', () => {
    expect(messageOf({}).message).toContain('option title: expected text, received nothing (the field is missing)');
    expect(messageOf(undefined).message).toContain('option baseUrl: expected');
    expect(messageOf({ ...minimal, brand: {} }).message).toContain('option brand.tagline: expected text, received nothing (the field is missing)');
  });
});
