import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

interface ActionDialogProps {
  /** The button that opens it, and the dialog's title. */
  title: string;
  description?: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  danger?: boolean;
  children: ReactNode;
}

/** A modal form for one action: focus moves into it, Escape closes it, the page behind is inert. */
export function ActionDialog({ title, description, open, onOpenChange, danger, children }: ActionDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>
        <button type="button" className={danger ? 'danger' : undefined}>
          {title}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description className={description ? undefined : 'visually-hidden'}>
            {description ?? title}
          </Dialog.Description>
          {children}
          <Dialog.Close asChild>
            <button type="button" className="secondary">
              Cancel
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
