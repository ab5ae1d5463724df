/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { TablesView } from '../../../src/surfaces/taskpane/TablesView';
import { SAMPLE_SUMMARY, installDomStubs, summaryOf, table } from './fake-session';

beforeAll(installDomStubs);

describe('tables view', () => {
  it('lists each table found: sheet, range, kind and indicator count', () => {
    render(
      <TablesView summary={SAMPLE_SUMMARY} busy={false} onUseSelection={jest.fn()} onExclude={jest.fn()} />,
    );
    const items = within(screen.getByRole('list', { name: 'Tables found' })).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Targets!A3:I40 Targets table, 37 indicatorsExclude',
      'NIS!A5:I20 Targets table, 15 indicatorsExclude',
    ]);
  });

  it('marks a table the officer added and names action plans by their tasks', () => {
    const plan = { ...table('Plan', 'A1:E9', 0, 8, 1), kind: 'action-plan' as const, added: true };
    render(
      <TablesView
        summary={summaryOf([plan], [])}
        busy={false}
        onUseSelection={jest.fn()}
        onExclude={jest.fn()}
      />,
    );
    expect(screen.getByRole('listitem').textContent).toContain(
      'Plan!A1:E9 Action plan, 1 task (added by you)',
    );
  });

  it('excludes the table whose button is pressed, and offers the selection as a table', () => {
    const onExclude = jest.fn();
    const onUseSelection = jest.fn();
    render(
      <TablesView
        summary={SAMPLE_SUMMARY}
        busy={false}
        onUseSelection={onUseSelection}
        onExclude={onExclude}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Exclude NIS!A5:I20' }));
    expect(onExclude).toHaveBeenCalledWith(SAMPLE_SUMMARY.tables[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Use selection as a table' }));
    expect(onUseSelection).toHaveBeenCalledTimes(1);
  });

  it('disables the actions while a run is going', () => {
    render(<TablesView summary={SAMPLE_SUMMARY} busy onUseSelection={jest.fn()} onExclude={jest.fn()} />);
    for (const b of screen.getAllByRole('button')) expect((b as HTMLButtonElement).disabled).toBe(true);
  });
});
