import { useState } from 'react';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';

interface DataTableProps<Row> {
  caption: string;
  columns: ColumnDef<Row, unknown>[];
  rows: Row[];
  /** The server's paging of the whole list; the table sorts the page it shows. */
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  /** What an empty list says. */
  empty?: string;
}

/** A list page: sortable column headers (buttons, with aria-sort) and previous/next paging. */
export function DataTable<Row>({ caption, columns, rows, page, size, total, onPage, empty = 'Nothing here yet.' }: DataTableProps<Row>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const pages = Math.max(1, Math.ceil(total / size));

  return (
    <>
      <table>
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}>
                    {header.column.getCanSort() ? (
                      <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          )}
        </tbody>
      </table>
      <nav className="pager" aria-label={`${caption} pages`}>
        <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
          Previous
        </button>
        <span>
          Page {page + 1} of {pages} ({total} in all)
        </span>
        <button type="button" onClick={() => onPage(page + 1)} disabled={page + 1 >= pages}>
          Next
        </button>
      </nav>
    </>
  );
}
