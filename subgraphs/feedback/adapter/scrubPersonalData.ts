/**
 * Anonymisation of published feedback (DOMAIN.md, "Feedback"): what citizens wrote about
 * themselves is taken out of the text before it leaves the adapter. Over-scrubbing is safe, a leak
 * is not, so the patterns lean wide.
 *
 * | what | examples | becomes |
 * |---|---|---|
 * | e-mail addresses | `an.nguyen@gmail.com` | `[email]` |
 * | the sender's own name, as the record gives it, in any case | `Nguyễn Văn An`, `NGUYỄN VĂN AN` | `[họ tên]` |
 * | a capitalised name after a self-introduction | `Tôi là …`, `Họ tên: …`, `Người phản ánh: …` | `[họ tên]` |
 * | phone numbers: mobiles and landlines, `0…`, `84…`, `+84…`, `(024)…`, with spaces, dots or dashes | `0912 345 678`, `+84 912.345.678`, `(024) 3825 1234` | `[số điện thoại]` |
 * | the sender's own phone number and e-mail, however written | | as above |
 * | 12-digit personal identification numbers (CCCD) and 9-digit old identity cards (CMND) | `001203004567` | `[số định danh]` |
 */

export const SCRUBBED = {
  email: '[email]',
  name: '[họ tên]',
  phone: '[số điện thoại]',
  personalId: '[số định danh]',
} as const;

/** What the record itself says about its sender (never exposed, used only to find it in the text). */
export interface KnownSender {
  readonly name: string;
  readonly phone: string;
  readonly email: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

const SELF_INTRODUCTION =
  /((?:[Tt]ôi là|[Tt]ên tôi là|[Tt]ôi tên là|[Hh]ọ và tên|[Hh]ọ tên|[Nn]gười phản ánh|[Nn]gười gửi|[Nn]gười liên hệ)\s*:?\s*)\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}/gu;

// Mobiles (0 + 9 digits) and landlines (0 + 10), also as 84 / +84 / (+84) + 9 or 10 digits, or
// with the area code in brackets; never starting or ending inside a longer number.
const PHONE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}.,+])`,
    '(?:',
    String.raw`(?:\(\+?84\)|\+84|84)[ .-]?[235789](?:[ .-]?\d){8,9}`,
    String.raw`|0[235789](?:[ .-]?\d){8,9}`,
    String.raw`|\(0\d{2,3}\)[ .-]?\d(?:[ .-]?\d){6,7}`,
    ')',
    String.raw`(?![.,]?\d)`,
  ].join(''),
  'gu',
);

const PERSONAL_ID = /(?<![\p{N}.,])(?:\d{12}|\d{9})(?!\p{N})/gu;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for a known value, whatever spacing, case or separators it was written with. */
function knownName(name: string): RegExp | undefined {
  const words = name.normalize('NFC').trim().split(/\s+/).filter((word) => word !== '');
  return words.length === 0 ? undefined : new RegExp(words.map(escape).join(String.raw`\s+`), 'giu');
}

function knownPhone(phone: string): RegExp | undefined {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 9) return undefined;
  // The national number without its leading 0, after 0, 84 or +84, with any separators.
  const national = digits.replace(/^(84|0)/, '');
  return new RegExp(String.raw`(?:\(?\+?84\)?|0)[ .-]?` + [...national].join('[ .-]?'), 'g');
}

/** The text with the sender's personal data replaced by the placeholders of {@link SCRUBBED}. */
export function scrubPersonalData(text: string, sender: KnownSender): string {
  let result = text.normalize('NFC');
  if (sender.email.trim() !== '') result = result.replaceAll(sender.email.trim(), SCRUBBED.email);
  result = result.replace(EMAIL, SCRUBBED.email);
  const name = knownName(sender.name);
  if (name) result = result.replace(name, SCRUBBED.name);
  result = result.replace(SELF_INTRODUCTION, (_match, cue: string) => `${cue}${SCRUBBED.name}`);
  const phone = knownPhone(sender.phone);
  if (phone) result = result.replace(phone, SCRUBBED.phone);
  result = result.replace(PHONE, SCRUBBED.phone);
  return result.replace(PERSONAL_ID, SCRUBBED.personalId);
}
