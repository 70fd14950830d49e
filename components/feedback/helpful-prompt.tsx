// "Was this helpful?" for any public page: translated on the server (the dictionaries stay out
// of the browser) and handed to the client form. A page that ships no JavaScript uses
// ./helpful-prompt-post.tsx instead.
import { HelpfulPromptForm } from "./helpful-prompt-form";
import type { HelpfulContext } from "./helpful-prompt-view";
import { helpfulText } from "./helpful-text";

/** The page the answer is about (path and query string), and the search, hospital and service it shows. */
export type HelpfulPromptProps = HelpfulContext;

export function HelpfulPrompt({ locale, ...context }: HelpfulPromptProps) {
  return <HelpfulPromptForm text={helpfulText(locale)} locale={locale} {...context} />;
}

