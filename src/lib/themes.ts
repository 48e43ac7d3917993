/** Themes link the plans: which tasks, targets and stories are on a theme. */

type Themed = { data: { themes: readonly string[] } };

export function onTheme<T extends Themed>(items: readonly T[], themeId: string): T[] {
  return items.filter((item) => item.data.themes.includes(themeId));
}

/** Themes with at least one of the items, in the themes' own order. */
export function usedThemes<T extends { id: string }>(
  themes: readonly T[],
  items: readonly Themed[],
): T[] {
  return themes.filter((theme) => items.some((item) => item.data.themes.includes(theme.id)));
}
