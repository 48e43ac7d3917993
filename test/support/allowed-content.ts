/**
 * Every construct an editor may write in a story or a model (Markdown, with the characters MDX
 * reads as code written the way the guide says), in one body that the checker must accept and the
 * build must render. Official texts (plans, tasks, targets) allow only plain paragraphs and their
 * components; the real plans use every one of those (Heading, Clause, Task, Target, EditorNote).
 * The picture is the model photo in content/mo-hinh/anh/, reached from content/cau-chuyen/.
 */
export const EVERY_ALLOWED_CONSTRUCT = `Đoạn văn có **chữ đậm**, *chữ nghiêng*, ~~chữ gạch bỏ~~ và \`chữ giữ nguyên\`,
tiếp tục trên dòng sau của cùng đoạn.

### Đề mục cấp ba

#### Đề mục cấp bốn

- Gạch đầu dòng thứ nhất
- Gạch đầu dòng thứ hai
  - Mục con

1. Mục đánh số thứ nhất
2. Mục đánh số thứ hai

> Lời ông kể, trích nguyên văn.

| Năm | Việc |
| --- | --- |
| 1979 | Nhập ngũ |
| 1984 | Xuất ngũ |

---

Liên kết: [trang ngoài](https://example.com/tai-lieu), [thư điện tử](mailto:hoi@example.vn), [điện thoại](tel:+842143822222), [danh sách kế hoạch](/ke-hoach/), [mục trong trang](#noi-dung), [mô hình](../../mo-hinh/).

Địa chỉ viết thẳng: https://example.com/trang-khac.

![Tranh minh họa: tuần tra đường biên, cột mốc giới](../mo-hinh/anh/tuan-tra-moc-gioi-minh-hoa.png)

Chữ MDX dễ hiểu nhầm, viết đúng cách: xuống \\<2 vụ mỗi năm, \\<50%, a\\<b, a &lt; b, \\{chú thích\\}, 5 > 3, 1 < 2, a & b.

Một chú thích cuối trang[^1].

[^1]: Lời chú thích cuối trang.
`;
