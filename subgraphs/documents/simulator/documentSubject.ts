import { civilFromDays, dayOfMinutes } from '../../common/simulator/vietnamTime.js';

/**
 * Subjects (trích yếu) of documents and titles of tasks, from topic templates.
 *
 * Topics are what a city government writes about all year; placeholders take the document's
 * year (`{nam}`), quarter (`{quy}`) and the area the agency governs (`{diaBan}`), so subjects
 * read like a real register: `V/v thu ngân sách nhà nước quý II năm 2024`.
 */
const TOPICS = [
  'công tác cải cách hành chính năm {nam}',
  'thực hiện Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử',
  'công tác phòng cháy, chữa cháy trên địa bàn {diaBan}',
  'giải phóng mặt bằng dự án đường Vành đai 4 - Vùng Thủ đô',
  'quản lý trật tự xây dựng trên địa bàn {diaBan}',
  'thu ngân sách nhà nước {quy}',
  'giải ngân vốn đầu tư công năm {nam}',
  'chuyển đổi số, xây dựng chính quyền số năm {nam}',
  'tiếp công dân, giải quyết khiếu nại, tố cáo {quy}',
  'phòng, chống dịch bệnh truyền nhiễm mùa hè năm {nam}',
  'bảo đảm an toàn thực phẩm dịp Tết Nguyên đán',
  'tổ chức kỳ thi tuyển sinh vào lớp 10 trung học phổ thông năm {nam}',
  'phòng, chống thiên tai và tìm kiếm cứu nạn năm {nam}',
  'xử lý ô nhiễm môi trường tại các làng nghề',
  'quản lý, sử dụng tài sản công tại cơ quan, đơn vị',
  'sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp',
  'thực hiện chế độ báo cáo định kỳ {quy}',
  'rà soát, đơn giản hóa thủ tục hành chính',
  'cấp giấy chứng nhận quyền sử dụng đất lần đầu trên địa bàn {diaBan}',
  'bảo đảm trật tự an toàn giao thông dịp cuối năm {nam}',
  'chỉnh trang đô thị, trồng mới cây xanh trên địa bàn {diaBan}',
  'tuyển dụng công chức, viên chức năm {nam}',
  'đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm {nam}',
  'kiểm tra công tác văn thư, lưu trữ năm {nam}',
  'cung cấp dịch vụ công trực tuyến toàn trình',
  'chi trả chế độ, chính sách đối với người có công với cách mạng',
  'vận động ủng hộ Quỹ Vì người nghèo năm {nam}',
  'tổ chức các hoạt động kỷ niệm Ngày Giải phóng Thủ đô 10/10',
  'thực hành tiết kiệm, chống lãng phí năm {nam}',
  'phòng, chống tham nhũng, tiêu cực {quy}',
  'lập quy hoạch phân khu đô thị trên địa bàn {diaBan}',
  'xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu',
  'thi hành Luật Thủ đô năm 2024',
  'bảo đảm an toàn thông tin mạng trong cơ quan nhà nước',
  'góp ý dự thảo Nghị quyết của Hội đồng nhân dân thành phố',
  'thu gom, xử lý rác thải sinh hoạt trên địa bàn {diaBan}',
  'quản lý hoạt động kinh doanh dịch vụ karaoke, vũ trường',
  'công tác chuẩn bị năm học mới',
  'thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế {quy}',
  'kiểm tra, xử lý vi phạm pháp luật về đất đai trên địa bàn {diaBan}',
  'diễn tập khu vực phòng thủ năm {nam}',
  'tuyển chọn và gọi công dân nhập ngũ năm {nam}',
  'cấp nước sạch sinh hoạt mùa nắng nóng',
  'phòng, chống úng ngập mùa mưa năm {nam}',
  'thu hồi đất thực hiện dự án cải tạo, nâng cấp hạ tầng kỹ thuật',
  'ứng dụng định danh điện tử VNeID trong giải quyết thủ tục hành chính',
  'kiện toàn Ban Chỉ đạo chuyển đổi số',
  'tổng kết công tác thi đua, khen thưởng năm {nam}',
  'số liệu tình hình kinh tế - xã hội {quy}',
  'phân bổ dự toán ngân sách năm {nam}',
] as const;

export const TOPIC_COUNT = TOPICS.length;

const QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/** The topic `topic` (index) worded for a document at `minute` of an agency governing `area`. */
export function topicText(topic: number, minute: number, area: string): string {
  const [year, month] = civilFromDays(dayOfMinutes(minute));
  return (TOPICS[topic % TOPICS.length] as string)
    .replace('{nam}', String(year))
    .replace('{quy}', `quý ${QUARTERS[Math.floor((month - 1) / 3)]} năm ${year}`)
    .replace('{diaBan}', area);
}

const DECISION_OPENINGS = [
  'phê duyệt Kế hoạch',
  'thành lập Tổ công tác về',
  'giao nhiệm vụ',
  'ban hành Quy chế phối hợp trong',
  'khen thưởng tập thể, cá nhân có thành tích trong',
] as const;

/** `TrichYeu` of a document of type `typeCode` about `topic`; `variant` picks the wording. */
export function documentSubject(typeCode: string, topic: string, variant: number): string {
  switch (typeCode) {
    case 'CV':
      return `V/v ${topic}`;
    case 'QĐ':
      return `Về việc ${DECISION_OPENINGS[variant % DECISION_OPENINGS.length]} ${topic}`;
    case 'KH':
      return variant % 2 === 0 ? `Triển khai ${topic}` : `Thực hiện ${topic}`;
    case 'BC':
      return variant % 2 === 0 ? `Kết quả ${topic}` : `Tình hình ${topic}`;
    case 'TB':
      return variant % 2 === 0 ? `Kết luận tại cuộc họp về ${topic}` : `Ý kiến chỉ đạo về ${topic}`;
    case 'GM':
      return `Mời dự họp về ${topic}`;
    case 'TTr':
      return `Đề nghị phê duyệt chủ trương về ${topic}`;
    case 'CT':
    case 'CĐ':
      return `Về việc tăng cường ${topic}`;
    case 'HD':
      return `Hướng dẫn ${topic}`;
    default:
      return `Về ${topic}`;
  }
}

const TASK_OPENINGS = [
  'Tổ chức thực hiện',
  'Triển khai',
  'Báo cáo kết quả',
  'Tham mưu, đề xuất giải pháp về',
  'Kiểm tra, rà soát',
] as const;

/** `TenNhiemVu`; tasks without a source document were given at a briefing meeting. */
export function taskTitle(topic: string, variant: number, fromMeeting: boolean): string {
  const title = `${TASK_OPENINGS[variant % TASK_OPENINGS.length]} ${topic}`;
  return fromMeeting ? `Nhiệm vụ giao tại cuộc họp giao ban: ${title.charAt(0).toLowerCase()}${title.slice(1)}` : title;
}
