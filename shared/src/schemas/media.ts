import { z } from 'zod';

/** An image reference: a file from our own media library, or an absolute http(s) URL. */
export const mediaRef = z
  .string()
  .trim()
  .max(500)
  .regex(/^(\/media\/[A-Za-z0-9._-]+|https?:\/\/\S+)$/, 'Ảnh phải là tệp trong thư viện (/media/…) hoặc đường dẫn http(s)');
