import { isVietnameseSyllable } from '../../../src/engine/text';
import { DEPARTMENT_STRINGS, OTHER_STRINGS } from './golden';

const PROSE = `Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế xã hội năm hai nghìn
hai mươi lăm, Sở Khoa học và Công nghệ ban hành chương trình công tác gồm những nội dung chủ yếu sau đây:
tham mưu Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học, công nghệ và đổi mới sáng tạo; chuyển đổi số;
tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; ứng dụng bức xạ và đồng vị phóng xạ; an toàn bức xạ
và hạt nhân. Thủ trưởng các phòng, đơn vị trực thuộc chịu trách nhiệm tổ chức triển khai thực hiện,
định kỳ hằng quý báo cáo kết quả; trường hợp có khó khăn, vướng mắc kịp thời phản ánh để xem xét giải quyết.
Khuyến khích nghiên cứu, thử nghiệm, hoàn thiện quy trình; khuếch trương, xoong nồi, oái oăm, ngoằn ngoèo,
khuya khoắt, khuỷu tay, giường chiếu, người ta, rượu bia, yêu thương, quyển sách, huých, huỳnh quang, ngoẹo,
thuở ấy, quở trách, hoạch định, loạng choạng, nguệch ngoạc, gì, giữ gìn, nghỉ ngơi, ghế, kẻ, ạ, ừ, ối, ấy, êm ái`;

describe('isVietnameseSyllable', () => {
  const words = [PROSE, ...DEPARTMENT_STRINGS, ...OTHER_STRINGS]
    .join(' ')
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w !== '' && !/^[A-Z]{2,}$/.test(w) && !['I', 'đ', 'Đ'].includes(w));

  test.each([...new Set(words)])('%s is a syllable', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });

  test('NFD and uppercase forms are accepted', () => {
    expect(isVietnameseSyllable('Nguyễn'.normalize('NFD'))).toBe(true);
    expect(isVietnameseSyllable('TRƯỜNG')).toBe(true);
  });

  test.each(['café', 'cafộ', 'zỹrich', 'naùve', 'nạve', 'bỏo', 'sóo', 'noởl', 'mỹller', 'tỉng', 'hôc', 'bac', 'ăa', 'xyz', 'qlkh', 'àá', 'ấn̉', ''])(
    '%s is not a syllable',
    (w) => {
      expect(isVietnameseSyllable(w)).toBe(false);
    },
  );
});
