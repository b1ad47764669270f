import type { APIRoute } from 'astro';
import type { OgImageInput } from '../og/draw.ts';
import { ogImageResponse } from '../og/cached-image.ts';
import { ogImagePaths } from '../route-data/og-image-paths.ts';

export const getStaticPaths = ogImagePaths;

export const GET: APIRoute<{ slug: string; input: OgImageInput }> = ({ props }) => ogImageResponse(props.input, props.slug);
