import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** The id of the heading that names the dialog. */
  labelledBy: string;
  className: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog: a backdrop that closes it when clicked, Escape to close (without reaching the view behind),
 * and focus moved into it when it opens.
 */
export function Modal({ labelledBy, className, testId, onClose, children }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialog}
        className={`modal ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        {children}
      </div>
    </div>
  );
}
