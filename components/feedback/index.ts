// Feedback widgets for public pages (server components: they translate their text, then render
// the client forms). Place them with the page's path, and the hospital for a report.
export { HelpfulPrompt, type HelpfulPromptProps } from "./helpful-prompt";
export { helpfulText } from "./helpful-text";
export { HelpfulPromptPost, type HelpfulPromptPostProps } from "./helpful-prompt-post";
export { ReportWrongPrice, reportText, type ReportWrongPriceProps } from "./report-wrong-price";
