import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VirtualList } from '../../../src/ui/shared/virtual-list';

const items = Array.from({ length: 10_000 }, (_, i) => `Kort ${i + 1}`);

function renderList() {
  return render(
    <VirtualList
      items={items}
      rowHeightRem={3}
      itemKey={(item) => item}
      label="Kort"
      renderItem={(item) => <a href={`#${item}`}>{item}</a>}
    />,
  );
}

describe('VirtualList', () => {
  it('draws only the rows near the screen, each saying its place in the whole list', () => {
    renderList();
    const rows = within(screen.getByRole('list', { name: 'Kort' })).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
    expect(rows[0]).toHaveAttribute('aria-setsize', '10000');
  });

  it('is as tall as every row together, so the page scrolls as if all were there', () => {
    renderList();
    expect(screen.getByRole('list', { name: 'Kort' })).toHaveStyle({ height: `${10_000 * 48}px` });
  });

  it('draws the next rows when the keyboard reaches the last drawn one', () => {
    renderList();
    const list = screen.getByRole('list', { name: 'Kort' });
    const before = within(list).getAllByRole('listitem');
    const last = before[before.length - 1] as HTMLElement;
    fireEvent.focus(within(last).getByRole('link'));
    const after = within(list).getAllByRole('listitem');
    expect(after.length).toBeGreaterThan(before.length);
    expect(within(list).getByRole('link', { name: `Kort ${before.length + 1}` })).toBeInTheDocument();
  });

  it('shows a short list whole', () => {
    render(
      <VirtualList
        items={['a', 'b']}
        rowHeightRem={3}
        itemKey={(item) => item}
        label="Kort"
        renderItem={(item) => item}
      />,
    );
    expect(
      within(screen.getByRole('list', { name: 'Kort' }))
        .getAllByRole('listitem')
        .map((row) => row.textContent),
    ).toEqual(['a', 'b']);
  });

  it('draws a list shorter than a screen once, not again after measuring where it is', () => {
    const drawn: string[] = [];
    render(
      <VirtualList
        items={['a', 'b', 'c']}
        rowHeightRem={3}
        itemKey={(item) => item}
        label="Kort"
        renderItem={(item) => {
          drawn.push(item);
          return item;
        }}
      />,
    );
    expect(drawn).toEqual(['a', 'b', 'c']);
  });
});
