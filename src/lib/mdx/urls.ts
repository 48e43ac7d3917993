/**
 * Which web addresses content may hold. A link may lead to a web page (http:, https:), an e-mail
 * address (mailto:), a phone number (tel:) or a page of this site (a relative address); anything
 * else either runs code in the reader's browser (javascript:), embeds a whole file in the page
 * (data:) or leaves the site unannounced. A picture must be a file beside the content, so the page
 * never asks another site for anything.
 */

/** What is wrong with an address, worded for an editor. */
export interface AddressProblem {
  message: string;
  fix: string;
}

const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** Longest part of an address quoted back in a message (a pasted image can be megabytes long). */
const QUOTED_LENGTH = 60;
export const shortAddress = (address: string): string =>
  address.length > QUOTED_LENGTH ? `${address.slice(0, QUOTED_LENGTH)}…` : address;

/**
 * The address as a browser reads it: tabs and line breaks inside are dropped and control
 * characters and spaces around it ignored, so "java\tscript:" is still "javascript:".
 */
function asBrowserReads(address: string): string {
  const inner = address.replace(/[\t\n\r]/g, '');
  const isControlOrSpace = (index: number) => inner.charCodeAt(index) <= 0x20;
  let start = 0;
  let end = inner.length;
  while (start < end && isControlOrSpace(start)) start++;
  while (end > start && isControlOrSpace(end - 1)) end--;
  return inner.slice(start, end);
}

/** The scheme ("https", "javascript"), lower-cased, or undefined for a relative address. */
export function schemeOf(address: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(asBrowserReads(address))?.[1]?.toLowerCase();
}

/** "//example.com/…" (or with backslashes, which browsers read as slashes) leaves the site. */
const leavesSiteWithoutScheme = (address: string) => /^[/\\]{2}/.test(asBrowserReads(address));

function schemeProblem(address: string, scheme: string): AddressProblem {
  if (scheme === 'javascript' || scheme === 'vbscript')
    return {
      message: `địa chỉ "${shortAddress(address)}" là mã lệnh chạy trong trình duyệt của người đọc, không phải một trang`,
      fix: 'xóa liên kết này, hoặc thay bằng địa chỉ trang web đầy đủ (https://…) hay địa chỉ một trang của trang này (/ke-hoach/…).',
    };
  if (scheme === 'data')
    return {
      message:
        'địa chỉ "data:…" nhúng cả một tệp vào trang (thường do dán ảnh từ Word, Google Docs); trang không nhận loại địa chỉ này',
      fix: 'lưu tệp thành tệp riêng trong thư mục nội dung (ảnh: thư mục anh/), rồi trỏ tới nó bằng đường dẫn "./anh/ten-tep.jpg".',
    };
  return {
    message: `địa chỉ "${shortAddress(address)}" dùng kiểu "${scheme}:", trang chỉ nhận https://, http://, mailto:, tel: hoặc địa chỉ trong trang`,
    fix: 'viết địa chỉ trang web đầy đủ (https://…), thư điện tử (mailto:…), số điện thoại (tel:…), hoặc địa chỉ một trang của trang này (/ke-hoach/…).',
  };
}

/** Why a link's address is refused, or undefined when it is one a link may have. */
export function linkAddressProblem(address: string): AddressProblem | undefined {
  const scheme = schemeOf(address);
  if (scheme !== undefined)
    return LINK_SCHEMES.includes(scheme) ? undefined : schemeProblem(address, scheme);
  if (leavesSiteWithoutScheme(address))
    return {
      message: `địa chỉ "${shortAddress(address)}" bắt đầu bằng "//" nên trỏ ra một trang web khác mà không ghi rõ`,
      fix: 'viết địa chỉ đầy đủ, bắt đầu bằng https://, hoặc một trang của trang này bắt đầu bằng một dấu "/" (/ke-hoach/…).',
    };
  return undefined;
}

/** Why a picture's address is refused, or undefined for a path to a file beside the content. */
export function imageAddressProblem(address: string): AddressProblem | undefined {
  const scheme = schemeOf(address);
  if (scheme === 'http' || scheme === 'https' || leavesSiteWithoutScheme(address))
    return {
      message: `ảnh lấy từ trang web khác ("${shortAddress(address)}"): trang không tải gì từ nơi khác`,
      fix: 'tải ảnh về (nếu được phép dùng), lưu vào thư mục anh/ cạnh tệp nội dung, rồi viết đường dẫn "./anh/ten-anh.jpg".',
    };
  if (scheme !== undefined) return schemeProblem(address, scheme);
  if (!/^\.\.?\//.test(address))
    return {
      message: `đường dẫn ảnh "${shortAddress(address)}" phải tính từ tệp nội dung và bắt đầu bằng "./"`,
      fix: 'lưu ảnh vào thư mục anh/ cạnh tệp nội dung và viết "./anh/ten-anh.jpg".',
    };
  return undefined;
}
