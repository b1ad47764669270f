import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The site the tests build (tests/fixtures/site/): its content, its options, its output. */
export const siteRoot = fileURLToPath(new URL('../fixtures/site/', import.meta.url));
export const distDir = fileURLToPath(new URL('../fixtures/site/dist/', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
