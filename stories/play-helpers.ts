import { expect, userEvent, waitFor } from 'storybook/test';

/** Tabs forward (as a keyboard user would) until a row of the list holds focus. */
export async function tabIntoList(maxTabs = 20): Promise<HTMLElement> {
  for (let i = 0; i < maxTabs; i += 1) {
    await userEvent.tab();
    const active = document.activeElement as HTMLElement | null;
    if (active?.matches('[role="row"][data-index]')) return active;
  }
  throw new Error(`No list row took focus after ${maxTabs} presses of Tab`);
}

/** The row holding focus now, once it is one. */
export async function focusedRow(): Promise<HTMLElement> {
  let row: HTMLElement | null = null;
  await waitFor(() => {
    row = document.activeElement as HTMLElement | null;
    expect(row?.getAttribute('role')).toBe('row');
  });
  return row as unknown as HTMLElement;
}

/** Dates on the stories' clock, for assertions. */
export const ONE_DAY = 86_400_000;
