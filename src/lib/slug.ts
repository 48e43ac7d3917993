/**
 * File names and ids made from Vietnamese titles: "Mô hình “Dân vận khéo” ở Đồng Tuyển" →
 * "mo-hinh-dan-van-kheo-o-dong-tuyen". Diacritics are dropped, đ becomes d, anything that is not
 * a letter or digit becomes a single hyphen. Long titles are cut at a word boundary.
 */
export function slugify(title: string, maxLength = 60): string {
  const plain = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= maxLength) return plain;
  const cut = plain.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : plain.slice(0, maxLength)).replace(/-+$/, '');
}

/** Whether a string is already a valid id: lowercase ASCII letters, digits, single hyphens. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
