import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button whose action needs a second, explicit "yes": reject, withdraw, publish. The first
 * click shows what will happen and the confirming button; Cancel goes back.
 */
export function ConfirmButton({
  label,
  question,
  yes,
  onConfirm,
  disabled,
  secondary,
  ariaLabel,
}: {
  label: ReactNode;
  /** What will happen, in a sentence ("Withdraw your bid? …"). */
  question: ReactNode;
  yes: string;
  onConfirm: () => void;
  disabled?: boolean;
  secondary?: boolean;
  ariaLabel?: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button
        type="button"
        className={secondary ? 'button--secondary' : undefined}
        disabled={disabled}
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={ariaLabel ?? yes}>
      <span>{question}</span>
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {yes}
      </button>
      <button type="button" className="button--secondary" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
