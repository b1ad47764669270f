import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertPublicFilesExist, isOptionsError, optionProblems, parseSetlistOptions, untranslatedLanguageWarning } from '../../../src/integration/options.ts';

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
      review: { owner: 'Ana', every: { count: 6, unit: 'month' }, dueSoonDays: 30, timeZone: 'UTC' },
    });
    expect(parseSetlistOptions(minimal).editUrl).toBeUndefined();
  });

  it('read the review policy and the edit URL, and name what is wrong with them', () => {
    expect(parseSetlistOptions({ ...minimal, review: { every: 'quarterly', owner: 'Platform team', timeZone: 'Asia/Tokyo' } }).review).toEqual({
      owner: 'Platform team',
      every: { count: 3, unit: 'month' },
      dueSoonDays: 30,
      timeZone: 'Asia/Tokyo',
    });
    const error = messageOf({ ...minimal, review: { every: 'sometimes', timeZone: 'Mars/Olympus' }, editUrl: 'https://github.com/acme/playbooks/edit/main/' });
    expect(error.message.split('\n')).toEqual([
      'Invalid Setlist options:',
      'astro.config.mjs  setlist() option review.every: expected an interval such as "90 days", "6 weeks", "6 months", "1 year" or one of weekly, fortnightly, monthly, quarterly, half-yearly, yearly, annually; received "sometimes"',
      'astro.config.mjs  setlist() option review.timeZone: expected an IANA time zone such as "UTC" or "Europe/Warsaw", received the text "Mars/Olympus"',
      'astro.config.mjs  setlist() option editUrl: expected {path} in the URL, where the article\'s file goes, such as "https://github.com/acme/playbooks/edit/main/{path}", received the text "https://github.com/acme/playbooks/edi..."',
    ]);
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
      'astro.config.mjs  setlist() option tilte: unknown option; expected one of: title, description, baseUrl, language, locales, author, copyright, brand, insightsPath, searchPath, previousNext, review, editUrl  (hint: did you mean "title"?)',
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

  it("name the author's profile and avatar when they are not what the footer and the author box can use", () => {
    const author = (fields: object) => messageOf({ ...minimal, author: { name: 'Ana', ...fields } }).message;
    expect(author({ profileUrl: 'linkedin.com/in/ana' })).toContain(
      'option author.profileUrl: expected an absolute http(s) URL such as "https://www.linkedin.com/in/ana", received the text "linkedin.com/in/ana"',
    );
    expect(author({ avatar: 'avatar.jpg' })).toContain('option author.avatar: expected a picture in public/ written from the site root, such as "/avatar.jpg"');
    expect(parseSetlistOptions({ ...minimal, author: { name: 'Ana', avatar: '/people/ana.webp' }, copyright: '© 2026 Ana · CC BY 4.0' })).toMatchObject({
      author: { avatar: '/people/ana.webp' },
      copyright: '© 2026 Ana · CC BY 4.0',
    });
  });

  it('name an avatar that is not in the public folder, with the file looked for', () => {
    const publicDir = mkdtempSync(join(tmpdir(), 'setlist-public-'));
    const config = parseSetlistOptions({ ...minimal, author: { name: 'Ana', avatar: '/ana.jpg' } });
    let error: unknown;
    try {
      assertPublicFilesExist(config, pathToFileURL(`${publicDir}/`));
    } catch (thrown) {
      error = thrown;
    }
    expect(isOptionsError(error)).toBe(true);
    expect((error as Error).message).toContain(`option author.avatar: expected a file in the site's public/ folder; found no ${join(publicDir, 'ana.jpg')}`);
    writeFileSync(join(publicDir, 'ana.jpg'), 'picture');
    expect(() => assertPublicFilesExist(config, pathToFileURL(`${publicDir}/`))).not.toThrow();
  });

  it('warn, without stopping, when Setlist has no reader text in the language, naming those it has', () => {
    expect(untranslatedLanguageWarning('en-GB')).toBeUndefined();
    expect(untranslatedLanguageWarning('de-CH')).toBeUndefined();
    expect(untranslatedLanguageWarning('fr')).toBe(
      `astro.config.mjs  setlist() option language: Setlist's reader text comes in en, de, ar, not "fr"; the pages show English labels (dates are written in "fr")`,
    );
    expect(untranslatedLanguageWarning('pt-BR', 'locales.pt-br.lang')).toMatch(
      /^astro\.config\.mjs {2}setlist\(\) option locales\.pt-br\.lang: Setlist's reader text comes in en, de, ar, not "pt-BR"/,
    );
  });
});
