import type { Locator, Page } from 'playwright-core';

/**
 * Driving the editing page's forms (Sveltia CMS) the way an editor does: by the Vietnamese names
 * a screen reader announces. Sveltia wraps names it inserts in Unicode isolation marks (U+2068,
 * U+2069), so a field "Tiêu đề" is the group named “⁨Tiêu đề⁩”.
 */

const isolate = (text: string) => `\u2068${text}\u2069`;

/** The field group with this label, inside `scope` (the form, or a parent field's group). */
export function field(scope: Page | Locator, label: string): Locator {
  // The last one: in a list, the item just added.
  return scope.getByRole('group', { name: `Trường “${isolate(label)}”`, exact: true }).last();
}

/** Types into the text box of a field (one-line or several lines). */
export async function fillText(scope: Page | Locator, label: string, value: string) {
  const box = field(scope, label).getByRole('textbox', { name: label, exact: true }).last();
  await box.scrollIntoViewIfNeeded();
  await box.fill(value);
}

export async function fillNumber(scope: Page | Locator, label: string, value: number) {
  const box = field(scope, label).getByRole('spinbutton').first();
  await box.scrollIntoViewIfNeeded();
  await box.fill(String(value));
  await box.blur();
}

/** A date field: its picker takes the browser's own yyyy-mm-dd; the page writes dd/mm/yyyy. */
export async function fillDate(scope: Page | Locator, label: string, day: string) {
  const [dd, mm, yyyy] = day.split('/');
  const box = field(scope, label).locator('input[type="date"]').first();
  await box.scrollIntoViewIfNeeded();
  await box.fill(`${yyyy}-${mm}-${dd}`);
  await box.blur();
}

export async function toggle(scope: Page | Locator, label: string) {
  const control = field(scope, label).getByRole('switch', { name: label }).first();
  await control.scrollIntoViewIfNeeded();
  await control.click();
}

/** Ticks a choice shown as a check box (few choices) or picks it from a drop-down list. */
export async function choose(
  scope: Page | Locator,
  label: string,
  ...choices: (string | RegExp)[]
) {
  const group = field(scope, label);
  await group.scrollIntoViewIfNeeded();
  for (const choice of choices) {
    const box = group.getByRole('checkbox', { name: choice, exact: true });
    const radio = group.getByRole('radio', { name: choice, exact: true });
    // Few choices are check boxes or radio buttons; many, a drop-down list.
    if (await box.count()) await box.first().check();
    else if (await radio.count()) await radio.first().check();
    else {
      await group.getByRole('combobox').first().click();
      await group.page().getByRole('option', { name: choice }).first().click();
    }
  }
}

/** Adds an item to a list field and returns the new item's group (the list's last item). */
export async function addItem(scope: Page | Locator, label: string): Promise<Locator> {
  const list = field(scope, label);
  const add = list.getByRole('button', { name: `Thêm ${isolate(label)}`, exact: true }).last();
  await add.scrollIntoViewIfNeeded();
  await add.click();
  return list;
}
