import { useSearchParams } from 'react-router';

/**
 * A list's filters kept in the page's address, so that a reload or a link shows the same list.
 * Changing a filter goes back to the first page; an empty value removes the filter.
 */
export function useAddressFilters() {
  const [search, setSearch] = useSearchParams();

  function change(name: string, value: string) {
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (value) {
        next.set(name, value);
      } else {
        next.delete(name);
      }
      if (name !== 'page') {
        next.delete('page');
      }
      return next;
    }, { replace: true });
  }

  return { search, change };
}
