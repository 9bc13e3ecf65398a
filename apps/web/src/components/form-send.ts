import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitProblem } from '../api/problem';

/**
 * A form's sending state: busy while it sends; a refusal's field errors go beside the inputs
 * named in `knownFields`, the rest on top of the form.
 */
export function useFormSend(knownFields: readonly string[]) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const send = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      await fn();
    } catch (err) {
      const { fields, form } = splitProblem(err, knownFields);
      setErrors(fields);
      setFormError(form ?? (Object.keys(fields).length ? t('form.fixErrors') : null));
    } finally {
      setBusy(false);
    }
  };
  return { busy, setBusy, errors, formError, setFormError, send };
}
