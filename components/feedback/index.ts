// Feedback widgets for public pages: place them with the page's path (and hospital).
export { HelpfulPrompt, type HelpfulPromptProps } from "./helpful-prompt";
export { ReportWrongPrice, type ReportWrongPriceProps } from "./report-wrong-price";
