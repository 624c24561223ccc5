/** Unicode strings used as golden inputs for both legacy encodings. */
import { VOWELS, vowelRow } from './encoders';

export const DEPARTMENT_STRINGS = [
  'Phòng Quản lý Khoa học',
  'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
  'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng',
  'Phó Giám đốc Nguyễn Quốc Huy Hoàng',
  'Lãnh đạo Sở chỉ đạo',
  'Những nội dung hoàn thành trong Quý I: Gồm 26 nhiệm vụ',
  'ưởng ướt ợ ữ ờ Ợ Ữ',
];

/** Mixed punctuation, numbers, codes and more real phrases. */
export const OTHER_STRINGS = [
  'đ Đ đường Đà Nẵng',
  'Quý I/2025: 26 nhiệm vụ (đạt 100%) - hoàn thành.',
  'Số 08/NQ-TU ngày 12/3/2024; KH&CN',
  '1. Tổng hợp, báo cáo!',
  'Kế hoạch số 123/KH-SKHCN',
  'Ủy ban nhân dân tỉnh',
  'Chương trình công tác năm 2025',
  'Đề án "Chuyển đổi số" giai đoạn 2021-2025',
  'Thuỷ lợi, khoẻ mạnh, hoà bình; thủy lợi, khỏe mạnh, hòa bình',
  'Nguyễn Thị Thu Hằng',
  'Phòng Kế hoạch - Tài chính',
  'Quỹ Phát triển khoa học và công nghệ',
  'Ứng dụng tiến bộ kỹ thuật',
  'Thẩm định, đánh giá [lần 2]',
  'giữ gìn, nghiêng ngả, khuỷu tay, quyết định, thuở xưa',
  'Trưởng phòng: Trần Văn Ẩn; Phó trưởng phòng: Lê Thị Ỷ',
];

export const VOWEL_ROWS = [...VOWELS.map(vowelRow), ...VOWELS.map((v) => vowelRow(v).toUpperCase())];

export const GOLDEN = [...VOWEL_ROWS, ...DEPARTMENT_STRINGS, ...OTHER_STRINGS];
