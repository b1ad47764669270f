import { readFileSync } from 'node:fs';
import { bundledThemes, type ThemeRegistration } from 'shiki';
import { describe, expect, it, vi } from 'vitest';
import { hasCodeBlocks } from '../../../src/domain/code-blocks.ts';
import { markdownProcessor } from '../../../src/integration/markdown-processor.ts';
import { colourClass, shikiConfig, syntaxHighlight } from '../../../src/markdown/code-highlight.ts';

// The site's processor as Astro runs it, with the site's highlighting: the code step after Astro's Shiki.
const renderer = markdownProcessor('https://example.com', 'en').createRenderer({ syntaxHighlight, shikiConfig });
const render = async (body: string) => (await (await renderer).render(body)).code;

const fence = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\`\n`;

describe('a code fence in an article body', () => {
  it('is highlighted for both themes with classes, and no style attribute (the CSP would block it)', async () => {
    const html = await render(fence('ts', '// a note\nconst limit = 3;'));
    expect(html).not.toContain('style=');
    // The keyword in each theme's colour, the comment in each theme's grey.
    expect(html).toContain('<span class="cl-cf222e cd-ff7b72">const</span>');
    expect(html).toContain('<span class="cl-6e7781 cd-8b949e">// a note</span>');
  });

  it('is wrapped with a bar naming its language, and scrolls as a named, focusable group', async () => {
    const html = await render(fence('ts', 'const limit = 3;'));
    expect(html).toMatch(
      /^<div class="code-block code-short" data-code-block="TypeScript"><div class="code-bar" data-code-bar="" data-pagefind-ignore=""><span class="code-language" aria-hidden="true">TypeScript<\/span><\/div><pre [^>]*>/,
    );
    const pre = /<pre [^>]*>/.exec(html)![0];
    expect(pre).toContain('tabindex="0"');
    expect(pre.match(/tabindex=/g)).toHaveLength(1);
    expect(pre).toContain('role="group"');
    expect(pre).toContain('aria-label="TypeScript code"');
    expect(pre).toContain('data-code-text=""');
    expect(hasCodeBlocks(html)).toBe(true);
  });

  it('names a language by any of its aliases, and plain text (or a language Shiki lacks) only as code', async () => {
    expect(await render(fence('sh', 'ls'))).toContain('aria-label="Shell code"');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const language of ['', 'text', 'no-such-language']) {
      const html = await render(fence(language, 'plain words'));
      expect(html).toContain('<div class="code-block code-short" data-code-block=""><div class="code-bar" data-code-bar="" data-pagefind-ignore=""></div>');
      expect(html).toContain('aria-label="Code"');
    }
    warn.mockRestore();
  });

  it('keeps fonts and the diff markers a copied selection leaves out, as classes', async () => {
    expect(await render(fence('md', '**bold** and *italic*'))).toMatch(/class="cl-1f2328 code-bold cd-e6edf3">\*\*bold\*\*/);
    expect(await render(fence('md', '**bold** and *italic*'))).toMatch(/class="cl-1f2328 code-italic cd-e6edf3">\*italic\*/);
    expect(await render(fence('diff', '- old\n+ new'))).toContain('<span class="code-unselectable">-</span> old');
  });

  it('marks a short block, which stays whole on paper, and not a long one', async () => {
    const lines = (count: number) => Array.from({ length: count }, (_, line) => `line ${line}`).join('\n');
    expect(await render(fence('text', lines(15)))).toContain('class="code-block code-short"');
    expect(await render(fence('text', lines(16)))).toContain('<div class="code-block" ');
  });

  it('leaves inline code alone; text that only mentions a block is not one', async () => {
    const html = await render('Write `<div data-code-block>` by hand.\n');
    expect(html.trim()).toBe('<p>Write <code>&lt;div data-code-block&gt;</code> by hand.</p>');
    expect(hasCodeBlocks(html)).toBe(false);
  });

  it('has a Shiki configuration of plain data, which Astro can hand to the render threads', () => {
    expect(structuredClone(shikiConfig)).toEqual(shikiConfig);
  });
});

// ---------- The stylesheet: every colour the themes give has its class, readable on its block ----------

const css = readFileSync(new URL('../../../src/styles/shared/code.css', import.meta.url), 'utf8');
const variants = ['light', 'dark'] as const;
const loadTheme = async (name: keyof typeof bundledThemes) => (await bundledThemes[name]()).default;
const themes = { light: await loadTheme(shikiConfig.themes.light), dark: await loadTheme(shikiConfig.themes.dark) };

/** The colour code.css gives each class. */
const classColours = new Map(
  [...css.matchAll(/\.code-block \.(c[ld]-[0-9a-f]+) \{\s*--code-(?:light|dark): (#[0-9a-f]{6});/g)].map(([, name, colour]) => [name, colour]),
);

/** The block's own background and text: light as the default, dark as the pinned theme gives it. */
const blockColours = {
  light: /\n {2}\.code-block \{[^}]*background: (#[0-9a-f]{6});\s*color: (#[0-9a-f]{6});/.exec(css)!,
  dark: /:root\[data-theme='dark'\] \.code-block \{\s*background: (#[0-9a-f]{6});\s*color: (#[0-9a-f]{6});/.exec(css)!,
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((start) => parseInt(hex.slice(start, start + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Every text colour a theme gives a token. */
function tokenColours(theme: ThemeRegistration): string[] {
  const colours = [theme.colors!['editor.foreground'], ...theme.tokenColors!.map((rule) => rule.settings.foreground)];
  return [...new Set(colours.filter((colour) => colour !== undefined).map((colour) => colour.toLowerCase()))];
}

describe('the code stylesheet', () => {
  it('has the themes’ own background and text colour for the block', () => {
    for (const variant of variants) {
      const [, background, text] = blockColours[variant];
      expect([background, text]).toEqual(
        [themes[variant].colors!['editor.background'], themes[variant].colors!['editor.foreground']].map((c) => c!.toLowerCase()),
      );
    }
  });

  it('gives every token colour of both themes a class, which reads at 4.5:1 or more on its block', () => {
    for (const variant of variants) {
      const background = blockColours[variant][1]!;
      for (const colour of tokenColours(themes[variant])) {
        const given = classColours.get(colourClass(variant, colour));
        expect(given, `${variant} ${colour}`).toBeDefined();
        expect(contrast(given!, background), `${variant} ${colour} as ${given}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('needs only the light theme’s fonts: the dark theme sets the same ones', () => {
    const fonts = (theme: ThemeRegistration) => theme.tokenColors!.map((rule) => [rule.scope, rule.settings.fontStyle ?? '']);
    expect(fonts(themes.dark)).toEqual(fonts(themes.light));
  });
});
