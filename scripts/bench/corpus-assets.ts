/**
 * The files the corpus's article bodies refer to, written with the articles: a component some
 * bodies import (so they take @astrojs/mdx's compile, not the fast path) and a few pictures they
 * show (so Astro's image pipeline has work). Kept as fixed text and bytes, not drawn from the seed:
 * a corpus must be the same bytes on every machine, and an image encoded here would depend on the
 * zlib or sharp version that encoded it.
 */

/** A component as an author writes one: a prop, a slot and a scoped style, nothing that runs in the browser. */
export const noteComponent = {
  path: 'components/Note.astro',
  name: 'Note',
  text: `---
interface Props {
  label: string;
}
const { label } = Astro.props;
---

<aside class="note" role="note" aria-label={label}>
  <p class="note-label">{label}</p>
  <slot />
</aside>

<style>
  .note {
    border-inline-start: 4px solid currentColor;
    margin-block: 1.5rem;
    padding: 0.25rem 1rem;
  }
  .note-label {
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
</style>
`,
} as const;

export interface CorpusImage {
  /** The file name; each image sits beside the articles that show it. */
  name: string;
  alt: string;
  caption: string;
  bytes: Uint8Array;
}

const png = (base64: string): Uint8Array => Uint8Array.from(Buffer.from(base64, 'base64'));

/** Flat 480x240 diagrams, made once with sharp (an 8-colour palette) and kept as their bytes. */
export const corpusImages: readonly CorpusImage[] = [
  {
    name: 'handoff-flow.png',
    alt: 'Three boxes in a row, joined left to right by arrows',
    caption: 'The handoff path, with one owner at each box',
    bytes: png(
      'iVBORw0KGgoAAAANSUhEUgAAAeAAAADwBAMAAAAqW6qJAAAAMFBMVEX////b5/UfTnkiUXu1xtVvjquwwdDU4O4+Z4z7/P23yt4qVn+GoLdBaY4zXoaTqb4IQTjFAAAACXBIWXMAAAsTAAALEwEAmpwYAAABsUlEQVR42u3cO0qkQRiG0Q4EEQT5wUEw/GaMvASCBkYjMjipF4xFcAHiLMHEzNDARNyBuTC4BFMzt+AGtA0Lo6JLqqxzFvDCQ6Hd/TddoxEAAAAAAAAAAAAAAAAAAAAAAEBXZk6fI8PD0VUjU6m/kemikanETWT738RU6jF/eqWJqcRUxMbukOHfQcTvBqZS17F2O2RZfInLBqZSJ7E1ZLqLXw1MpfZjL3f6Ryw1MJV6itvc6flYbWAqdR9nudMLsdzAVCpiyBbRwJRgwYIFCxYsWLBgwYIFCxYsWLBgwZ9OT1c5VTD49bjGqXLBc7FZ4VTB4PP4eVzfVMHgqfXxudQ2VfJveGd8LtVNFQz+OJfqpkq+Do/Ppb6pgsHjc6lvquQ7rfdzqXBq4sGJSqYECxbsn5aXpc7feHT31rK3Dw/dfTzs7gFAd494unuI199jWt88CBYsWLBgwYIFCxYsWLBgwYIFC/664O5+MP0U28PEfsde41T3lx50d61FdxeXdHc1TXeXD41mJ3eRU51T3V8gNpr5k3cZ2+FVI1MAAAAAAAAAAAAAAAAAAAAAAADf2hu1+A/KiL8lNQAAAABJRU5ErkJggg==',
    ),
  },
  {
    name: 'weekly-signal.png',
    alt: 'Eight weekly bars, the sixth one red and lower than the rest',
    caption: 'Signal volume by week; the red week is the one the review missed',
    bytes: png(
      'iVBORw0KGgoAAAANSUhEUgAAAeAAAADwBAMAAAAqW6qJAAAAFVBMVEX///8ufTLAOSszMzOZmZnMzMxlZWXMXJ6aAAAACXBIWXMAAAsTAAALEwEAmpwYAAABJ0lEQVR42u3YsRGDMAxAUa+QFbICuSwQRmD/WUJDClXYHI4w75cqdPdUqhRJkiRJkiTp+n1ewMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwEnBjxAwMDAwMDAwMDAwMDAwMDAwMHBvcC0AGBgYGBgYGBgYGBgYGBgYGBh4dHCOAwEDAwMDAwMDZwLXzoGBgYGBgYGBgbODzzkQMDAwMDAwMDAwMDAwMDAwMDDw1Z5+wMDAwMDAwMB3Aj9DwMDAwMDAwMDA/wIfOwQwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDBwPvB73oqLes0juHXP2h7w9Csu6jWP4NY9a3XgAdoBXuaRKpIkSZIkSZIkSZIkSZJy9QUW6d6xOz4apgAAAABJRU5ErkJggg==',
    ),
  },
  {
    name: 'review-cadence.png',
    alt: 'A timeline with a large dot every third review and small dots between',
    caption: 'A deep review every third week, light checks in between',
    bytes: png(
      'iVBORw0KGgoAAAANSUhEUgAAAeAAAADwBAMAAAAqW6qJAAAAMFBMVEX///9VVVWORK3xxA9jYl6VgjjX19e3t7drTnft7e1zbluOjo6enp6ASJjGpSKIRaROR4jkAAAACXBIWXMAAAsTAAALEwEAmpwYAAACIklEQVR42u3aP2tTURgH4AxSKXV5IbU1pQh3cukUXByKWQTBpUj3FlzcdMpcpy5iBXEoLsHJzXwDBxdHndz7CXRyNE1ObVq4fxzaA7nPM7+c37m5OSf3viedDgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcLXeD4fP2xE6tfQ1Jp7sLX5oih7FVG9v0UNnlscR64eHBxEbR4sdmjyLeF1M/Iz4tNih6bs1iDfF1J/o7i1y6L/PerNIvsfjmnkOh01mV1+WJTQtpkH8Psveil7lgvowiOh+qx2yvixLaLISd4vi/NP+XFF6c3C6rXZf1IzYoCxLaLIfP86zt+J2Rek4uru7g9ioGbFBWZbQZLRezDnYqLotvZN+f3tUeUOalWUJTUt9/stVFL+ifOG/jKf9ifuxVjlig7IsocmteDWffS++lG80q/2pne5R5X5UX5YlNLkxv5pO19PD8ll+nA36oHx+DcuyhCZvo7gg7pTP8mQ26Hb5/BqWZQk92y/XL2YflO6Y+91+MqjaVZuUZQmdmTzBX8qOUqtng+5ElSZlVxi65oJdcKsuuHWbVvt+llr34NG6R8vWvTxcflPr5Xg97F3j62H7GgAr5+2062zxbGZr8SyPcjTxRvmaeJ138x3TR9fUMc0S2tZGfOc4x6nHcb6jlvYdpnWWxjmOS8fZjkvbdyDead1fHgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgP/3F8/4vThkwZKRAAAAAElFTkSuQmCC',
    ),
  },
];
