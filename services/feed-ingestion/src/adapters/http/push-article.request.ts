import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .min(1)
  .nullish()
  .transform((v) => v ?? null);

/** Body of POST /v1/articles. Exactly one of text / html, or only a url for the service to fetch. */
export const pushArticleRequestSchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
      .nullish()
      .transform((v) => v ?? null),
    title: optionalText.pipe(z.string().max(500).nullable()),
    text: optionalText,
    html: optionalText,
    source: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9._-]{0,99}$/i,
        'must be 1-100 letters, digits, dots, dashes or underscores',
      )
      .nullish()
      .transform((v) => v?.toLowerCase() ?? null),
    publishedAt: z.iso
      .datetime({ offset: true })
      .nullish()
      .transform((v) => (v ? new Date(v).toISOString() : null)),
  })
  .strict()
  .refine((body) => !(body.text !== null && body.html !== null), {
    error: 'send either text or html, not both',
  })
  .refine((body) => body.text !== null || body.html !== null || body.url !== null, {
    error: 'send text, html, or a url to fetch',
  });

export type PushArticleRequest = z.infer<typeof pushArticleRequestSchema>;
