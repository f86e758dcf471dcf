import { forwardRef, type ComponentProps } from 'react';
import { useActivePackages } from './usePackages';

/** A choice among the active packages, for a form's packageId. */
export const PackageSelect = forwardRef<HTMLSelectElement, ComponentProps<'select'> & { prompt?: string }>(function PackageSelect(
  { prompt, ...props },
  ref,
) {
  const packages = useActivePackages();
  return (
    <select ref={ref} {...props}>
      {prompt && <option value="">{prompt}</option>}
      {packages.map((pkg) => (
        <option key={pkg.id} value={pkg.id}>
          {pkg.name}
        </option>
      ))}
    </select>
  );
});
