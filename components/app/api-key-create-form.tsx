"use client";

// Creating an API key (/app/api-keys): a name and scopes, posted to a server action through
// useActionState (a plain form post without JavaScript). The new key comes back in the action's
// answer and is shown this once — it is stored only as a hash — with a copy button and a
// warning; the page's list refreshes (revalidatePath) to include it.
import { useActionState, useEffect, useRef, useState } from "react";
import { createApiKeyAction, type CreateKeyState } from "@/app/(app)/app/api-keys/actions";
import { TextField, inputClass, primaryButtonClass, secondaryButtonClass } from "./form-parts";

export interface ApiKeyFormText {
  title: string;
  nameLabel: string;
  nameHint: string;
  scopesLegend: string;
  submit: string;
  createdTitle: string;
  createdWarning: string;
  keyLabel: string;
  copy: string;
  copied: string;
  problem: string;
}

const INITIAL: CreateKeyState = { status: "idle" };

export function ApiKeyCreateForm({
  organizationId,
  scopes,
  defaultScopes,
  text,
}: {
  organizationId: string;
  scopes: { scope: string; label: string }[];
  defaultScopes: string[];
  text: ApiKeyFormText;
}) {
  const [state, formAction, pending] = useActionState(createApiKeyAction, INITIAL);
  const [copiedKey, setCopiedKey] = useState<string | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.status === "created") createdRef.current?.focus();
    else if (state.status === "invalid") (state.field === "name" ? document.getElementById("key-name") : problemRef.current)?.focus();
  }, [state]);

  const invalid = state.status === "invalid" ? state : null;
  const chosen = invalid ? invalid.scopes : defaultScopes;

  return (
    <div className="space-y-4">
      {state.status === "created" ? (
        <div ref={createdRef} tabIndex={-1} role="status" className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950">
          <h3 className="text-base font-semibold">{text.createdTitle}: {state.name}</h3>
          <p className="text-sm">{text.createdWarning}</p>
          <div className="space-y-1">
            <label htmlFor="new-key" className="block text-sm font-semibold">
              {text.keyLabel}
            </label>
            <div className="flex flex-wrap items-center gap-2">
              <input id="new-key" readOnly value={state.key} data-testid="new-api-key" className={`${inputClass} font-mono text-sm`} onFocus={(e) => e.currentTarget.select()} />
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={async () => {
                  try {
                    await navigator.clipboard.writeText(state.key);
                    setCopiedKey(state.key);
                  } catch {
                    document.getElementById("new-key")?.focus();
                  }
                }}
              >
                {copiedKey === state.key ? text.copied : text.copy}
              </button>
            </div>
          </div>
        </div>
      ) : null}
      <form action={formAction} className="space-y-4" noValidate>
        <input type="hidden" name="organization" value={organizationId} />
        {invalid && invalid.field !== "name" ? (
          <p ref={problemRef} tabIndex={-1} role="alert" className="font-medium text-red-800">
            {invalid.message}
          </p>
        ) : null}
        <TextField
          id="key-name"
          name="name"
          label={text.nameLabel}
          hint={text.nameHint}
          error={invalid?.field === "name" ? invalid.message : undefined}
          defaultValue={invalid?.name}
          key={state.status === "created" ? `created-${state.prefix}` : "form"}
          maxLength={100}
          required
          autoComplete="off"
        />
        <fieldset className="space-y-2">
          <legend className="font-semibold text-slate-900">{text.scopesLegend}</legend>
          {scopes.map(({ scope, label }) => (
            <div key={scope} className="flex items-start gap-2">
              <input id={`scope-${scope}`} type="checkbox" name="scopes" value={scope} defaultChecked={chosen.includes(scope)} className="mt-1 h-4 w-4" />
              <label htmlFor={`scope-${scope}`}>
                <code className="font-mono">{scope}</code> — {label}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className={primaryButtonClass} aria-disabled={pending || undefined}>
          {text.submit}
        </button>
      </form>
    </div>
  );
}
