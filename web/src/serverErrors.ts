// The server's refusal shown on a form: each field error on the field it
// names ("person.born_on" is the form's "born_on"), and the alert's text,
// which also carries the errors no field of this form can show (lost
// otherwise).
import type { FormInstance } from "antd";
import { useState } from "react";
import { ApiError, type FieldError } from "./api";

export function placeServerErrors(
  form: FormInstance,
  error: ApiError,
  fields: readonly string[],
): string {
  const named = error.errors.map((p) => ({ ...p, field: p.field.replace(/^person\./, "") }));
  form.setFields(
    named.filter((p) => fields.includes(p.field)).map((p) => ({ name: p.field, errors: [p.message] })),
  );
  return refusalText(error.message, named.filter((p) => !fields.includes(p.field)));
}

// The refusal's title with the reasons no field shows: "Yêu cầu không hợp lệ: …".
// A reason that only repeats the title is said once.
export function refusalText(title: string, reasons: readonly FieldError[]): string {
  const more = reasons.map((p) => p.message).filter((message) => message !== title);
  return more.length ? `${title}: ${more.join("; ")}` : title;
}

// Sending a form to the server: busy while it runs; on refusal the errors
// placed as above; on success the form is cleared and `onDone` called.
export function useServerSubmit(form: FormInstance, fields: readonly string[], onDone: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function send(request: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await request();
      form.resetFields();
      onDone();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(placeServerErrors(form, e, fields));
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, send };
}
