import { z } from 'astro/zod';

/** One question and answer; pages with a FAQ also publish FAQPage structured data. */
export const faqSchema = z.object({
  question: z.string().trim().min(1).describe('The question as a reader would ask it, ending in "?".'),
  answer: z.string().trim().min(1).describe('A direct answer in plain prose (Markdown links allowed).'),
});

export type Faq = z.infer<typeof faqSchema>;
