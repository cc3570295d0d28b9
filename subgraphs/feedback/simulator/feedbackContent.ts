import { drawFrom, hash32 } from '../../common/simulator/hash32.js';
import { personName } from '../../common/simulator/personName.js';

/**
 * What citizens write (nội dung phản ánh), from templates per category, and who they say they are.
 *
 * As in real submissions, some texts carry the sender's name, phone number, e-mail or identity
 * number; the adapter must scrub them before published feedback leaves it.
 */

const STREETS = [
  'Kim Mã', 'Láng Hạ', 'Nguyễn Trãi', 'Giải Phóng', 'Bà Triệu', 'Phố Huế', 'Trường Chinh', 'Xã Đàn', 'Cầu Giấy',
  'Hoàng Quốc Việt', 'Lạc Long Quân', 'Nguyễn Văn Cừ', 'Minh Khai', 'Tam Trinh', 'Lê Trọng Tấn', 'Quang Trung',
  'Trần Phú', 'Nguyễn Xiển', 'Phạm Văn Đồng', 'Hồ Tùng Mậu', 'Ngọc Lâm', 'Thụy Khuê', 'Đội Cấn', 'Tôn Đức Thắng',
] as const;

const TEMPLATES: readonly (readonly string[])[] = [
  // TTDT trật tự đô thị
  [
    'Tại {place} nhiều hộ kinh doanh lấn chiếm vỉa hè để bán hàng, người đi bộ phải đi xuống lòng đường.',
    'Tình trạng trông giữ xe trái phép trên vỉa hè {place} kéo dài nhiều tháng nay, đề nghị xử lý dứt điểm.',
    'Quán ăn tại {place} dựng mái che, bày bàn ghế ra hết vỉa hè sau 18 giờ hằng ngày.',
  ],
  // MT môi trường
  [
    'Rác thải sinh hoạt tập kết tại {place} không được thu gom nhiều ngày, bốc mùi hôi thối.',
    'Cơ sở sản xuất tại {place} xả khói bụi và nước thải chưa qua xử lý ra môi trường.',
    'Mương thoát nước tại {place} bị ùn tắc, nước đọng gây ô nhiễm và phát sinh muỗi.',
  ],
  // GT giao thông
  [
    'Mặt đường tại {place} xuất hiện nhiều ổ gà lớn, rất nguy hiểm cho người đi xe máy vào ban đêm.',
    'Đèn tín hiệu giao thông tại nút giao gần {place} bị hỏng, thường xuyên ùn tắc giờ cao điểm.',
    'Xe tải chở vật liệu chạy vào {place} trong giờ cấm, làm rơi vãi đất cát trên đường.',
  ],
  // DD đất đai
  [
    'Đề nghị kiểm tra việc san lấp, lấn chiếm đất công tại {place}.',
    'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất của gia đình tại {place} đã quá hạn nhưng chưa được giải quyết.',
    'Có hiện tượng chuyển nhượng đất nông nghiệp trái phép để phân lô tại {place}.',
  ],
  // XD xây dựng
  [
    'Công trình xây dựng tại {place} thi công cả ban đêm gây ồn, vật liệu để tràn ra đường.',
    'Nhà dân tại {place} xây dựng vượt số tầng được cấp phép, đề nghị cơ quan chức năng kiểm tra.',
    'Công trình bên cạnh {place} thi công làm nứt tường nhà chúng tôi.',
  ],
  // ANTT an ninh, trật tự
  [
    'Nhóm thanh niên tụ tập tại {place} gây mất trật tự vào ban đêm, đua xe và nẹt pô.',
    'Quán karaoke tại {place} hoạt động quá giờ, gây ồn ào ảnh hưởng đến người dân xung quanh.',
    'Liên tục xảy ra trộm cắp xe máy tại {place}, đề nghị tăng cường tuần tra.',
  ],
  // YT y tế
  [
    'Phòng khám tư nhân tại {place} có dấu hiệu hoạt động không có giấy phép.',
    'Trạm y tế gần {place} thường xuyên đóng cửa sớm, người dân không được tiêm chủng đúng lịch.',
    'Đề nghị phun thuốc diệt muỗi phòng sốt xuất huyết tại {place}, đã có nhiều ca mắc.',
  ],
  // GD giáo dục
  [
    'Trường mầm non tư thục tại {place} thu các khoản phí không đúng quy định.',
    'Đề nghị làm rõ việc tuyển sinh đầu cấp tại trường tiểu học gần {place}.',
    'Cổng trường học tại {place} thường xuyên ùn tắc giờ tan học, không có người phân luồng.',
  ],
  // DN điện, nước sinh hoạt
  [
    'Khu dân cư tại {place} bị mất nước sinh hoạt nhiều ngày liền mà không có thông báo.',
    'Nước máy cấp cho {place} có màu vàng đục và mùi lạ.',
    'Khu vực {place} thường xuyên mất điện vào buổi tối, dây điện chằng chịt nguy cơ cháy nổ.',
  ],
  // ATTP an toàn thực phẩm
  [
    'Cơ sở giết mổ gia cầm tại {place} không đảm bảo vệ sinh an toàn thực phẩm.',
    'Bếp ăn tập thể tại {place} có nhiều học sinh bị đau bụng sau bữa trưa.',
  ],
  // TM thương mại, quản lý thị trường
  [
    'Cửa hàng tại {place} bán hàng giả, hàng không rõ nguồn gốc xuất xứ.',
    'Chợ tạm tại {place} niêm yết giá không đúng, bán hàng với giá cao bất thường.',
  ],
  // CS chính sách xã hội
  [
    'Gia đình tôi thuộc hộ cận nghèo tại {place} nhưng chưa được nhận hỗ trợ theo quy định.',
    'Đề nghị xem xét chế độ trợ cấp cho người cao tuổi tại {place}, hồ sơ đã nộp từ lâu.',
  ],
  // HC thủ tục hành chính
  [
    'Bộ phận một cửa tại {area} yêu cầu nộp thêm giấy tờ không có trong quy định của thủ tục.',
    'Tôi nộp hồ sơ trực tuyến đã quá hẹn trả kết quả nhưng không nhận được thông báo nào.',
    'Cán bộ tiếp nhận hồ sơ tại {area} có thái độ thiếu hòa nhã với người dân.',
  ],
  // KHAC
  [
    'Cây xanh tại {place} bị nghiêng, có nguy cơ đổ khi mưa bão.',
    'Đề nghị lắp đặt thêm đèn chiếu sáng tại {place}, buổi tối rất tối và mất an toàn.',
    'Loa phát thanh tại {place} mở quá to vào sáng sớm, ảnh hưởng sinh hoạt người dân.',
  ],
];

const MOBILE_PREFIXES = [
  '090', '091', '094', '096', '097', '098', '086', '088', '032', '033', '034', '035', '036', '037', '038', '039',
  '070', '076', '077', '078', '079', '081', '082', '083', '084', '085', '056', '058', '059',
] as const;

const MAIL_DOMAINS = ['gmail.com', 'yahoo.com.vn', 'outlook.com', 'hanoi.gov.vn'] as const;

function pick<T>(list: readonly T[], h: number): T {
  return list[h % list.length] as T;
}

function digits(h: number, count: number): string {
  let text = '';
  let x = h;
  for (let i = 0; i < count; i++) {
    x = drawFrom(x, i + 1);
    text += String(x % 10);
  }
  return text;
}

/** A name without diacritics, as people type it in e-mail addresses. */
function ascii(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The ways people write one phone number. */
function writePhone(phone: string, h: number): string {
  switch (h % 4) {
    case 0:
      return phone;
    case 1:
      return `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
    case 2:
      return `${phone.slice(0, 4)}.${phone.slice(4, 7)}.${phone.slice(7)}`;
    default:
      return `+84 ${phone.slice(1, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
  }
}

export interface Submitter {
  /** `""` for anonymous feedback. */
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  /** 12-digit personal identification number (CCCD), Hanoi-registered. */
  readonly personalId: string;
}

/** Who sent feedback `row`; about 4 % of remote submissions are anonymous. */
export function submitterOf(seed: number, row: number, inPerson: boolean): Submitter {
  const h = hash32(seed, row, 0x5b17);
  if (!inPerson && h % 25 === 0) return { name: '', phone: '', email: '', personalId: '' };
  const name = personName(hash32(seed, row, 0x5b18));
  const parts = ascii(name).split(' ');
  const email = `${parts.at(-1)}${parts[0]?.charAt(0) ?? ''}${drawFrom(h, 9) % 1000}@${pick(MAIL_DOMAINS, drawFrom(h, 10))}`;
  // 001 Hà Nội, then century and sex (0/1 1900s, 2/3 2000s), two digits of the year, six random.
  const personalId = `001${pick(['0', '1', '2', '3'], drawFrom(h, 11))}${digits(drawFrom(h, 12), 8)}`;
  return { name, phone: `${pick(MOBILE_PREFIXES, drawFrom(h, 13))}${digits(drawFrom(h, 14), 7)}`, email, personalId };
}

/** Where the problem is: a house in a lane of a real street, or a residential group, in the area. */
function placeOf(area: string, h: number): string {
  const street = pick(STREETS, drawFrom(h, 1));
  switch (drawFrom(h, 2) % 3) {
    case 0:
      return `số ${1 + (drawFrom(h, 3) % 200)} ngõ ${1 + (drawFrom(h, 4) % 300)} phố ${street}, ${area}`;
    case 1:
      return `tổ dân phố số ${1 + (drawFrom(h, 5) % 40)}, ${area}`;
    default:
      return `khu vực gần chợ ${street}, ${area}`;
  }
}

/**
 * The text of feedback `row` of category `category` located in `area` (e.g. `phường Ba Đình`),
 * with the contact details some citizens write into it.
 */
export function feedbackContent(seed: number, row: number, category: number, area: string, submitter: Submitter): string {
  const h = hash32(seed, row, 0xc0e7);
  const text = pick(TEMPLATES[category] ?? TEMPLATES[TEMPLATES.length - 1] ?? [''], drawFrom(h, 20))
    .replace('{place}', placeOf(area, drawFrom(h, 21)))
    .replace('{area}', area);
  if (submitter.name === '') return text;
  const phone = writePhone(submitter.phone, drawFrom(h, 22));
  const u = drawFrom(h, 23) % 100;
  if (u < 12) return `Tôi là ${submitter.name}, số điện thoại ${phone}. ${text}`;
  if (u < 17) return `${text} Họ tên: ${submitter.name}. SĐT liên hệ: ${phone}.`;
  if (u < 27) return `${text} Đề nghị cơ quan chức năng liên hệ số ${phone} để xác minh.`;
  if (u < 30) return `${text} Email liên hệ: ${submitter.email}.`;
  if (u < 32) return `${text} Người phản ánh: ${submitter.name}, CCCD ${submitter.personalId}.`;
  return text;
}
