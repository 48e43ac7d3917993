/**
 * Astro 7.3 starts the module it generates for each content entry's styles and scripts
 * (id ending in `?astroPropagatedAssets`) with the directive "use astro:head-inject". Nothing
 * reads it any more: Astro finds these modules by their id since withastro/astro#17095, which
 * removed the directive from its other template. Rolldown then warns once per MDX file that the
 * directive "may not be preserved when bundling" (MODULE_LEVEL_DIRECTIVE, withastro/astro#18087,
 * still open): about 40 English warning blocks naming editors' files. Removing the unused
 * directive removes the cause; the generated module is otherwise unchanged.
 */
const HEAD_INJECT_DIRECTIVE = /^[ \t]*(["'])use astro:head-inject\1;?[ \t]*\r?\n?/m;

/** The module id Astro gives those generated modules. */
export const PROPAGATED_ASSETS_ID = /[?&]astroPropagatedAssets(?:&|=|$)/;

/** The module's code without the unused directive (unchanged when it has none). */
export function withoutHeadInjectDirective(code: string): string {
  return code.replace(HEAD_INJECT_DIRECTIVE, '');
}
