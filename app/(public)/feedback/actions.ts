"use server";

// Server actions for the feedback forms (components/feedback). They also answer plain form
// posts, so the forms work without JavaScript. The work is in lib/feedback: these only hand it
// the request's language and headers.
import { headers } from "next/headers";
import { submitHelpfulFeedback, submitWrongPriceFeedback, type HelpfulFormState, type WrongPriceFormState } from "@/lib/feedback";
import { getLocale } from "@/lib/i18n/server";

export async function submitHelpful(_previous: HelpfulFormState, form: FormData): Promise<HelpfulFormState> {
  return submitHelpfulFeedback(form, { locale: await getLocale(), headers: await headers() });
}

export async function submitWrongPrice(_previous: WrongPriceFormState, form: FormData): Promise<WrongPriceFormState> {
  return submitWrongPriceFeedback(form, { locale: await getLocale(), headers: await headers() });
}
