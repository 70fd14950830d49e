// The authenticator app's code field (two-factor sign-in and settings): a numeric keyboard, one-time-code autofill, and spaces allowed since apps often show "123 456".
import { TextField } from "@/components/app/form-parts";

export function CodeField({ id, label, hint, error, autoFocus }: { id: string; label: string; hint: string; error?: string; autoFocus?: boolean }) {
  return (
    <TextField
      id={id}
      name="code"
      label={label}
      hint={hint}
      error={error}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9 ]*"
      maxLength={8}
      required
      autoFocus={autoFocus}
    />
  );
}
