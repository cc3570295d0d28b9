import { createRandom } from '../../common/simulator/createRandom.js';

/**
 * The national catalogue of administrative procedures (thủ tục hành chính) as Hanoi's one-stop
 * shops apply it: a few hundred procedures with national codes (`1.005129`), the field (lĩnh vực)
 * they belong to, the level of government that handles them and their statutory processing time
 * in working days.
 *
 * Names and times follow the real catalogue; the codes are generated (fixed, not seeded: the
 * catalogue is the same for every seed, as the national one is). The catalogue does not depend on
 * scale either: every agency handles the same procedures, only volumes change.
 */

/** 1 provincial (cấp tỉnh), 2 district (cấp huyện), 3 commune (cấp xã). */
export type ProcedureLevel = 1 | 2 | 3;

export interface ProcedureField {
  readonly index: number;
  /** `MaLinhVuc`, e.g. `BTP-HT`. */
  readonly code: string;
  /** `TenLinhVuc`, e.g. `Hộ tịch`. */
  readonly name: string;
  /** Symbol (hanoiAgencies' `symbol`) of the department that handles its provincial procedures. */
  readonly department: string;
}

export interface Procedure {
  readonly index: number;
  /** `MaTTHC`, e.g. `1.005129`. */
  readonly code: string;
  /** `TenTTHC`. */
  readonly name: string;
  readonly field: number;
  readonly level: ProcedureLevel;
  /** Statutory processing time in working days; 0 means within the day (trong ngày). */
  readonly days: number;
  /** Relative volume among the procedures of its level. */
  readonly weight: number;
  /** Who applies: citizens, organisations, or both. */
  readonly applicant: 'citizen' | 'organisation' | 'both';
  /** Whether a fee or charge is paid (and so may be paid online). */
  readonly fee: boolean;
  /** Whether the applicant must meet a financial obligation (land tax, registration fee) before the result. */
  readonly obligation: boolean;
  /** Whether it is a fully online public service (dịch vụ công trực tuyến toàn trình). */
  readonly fullyOnline: boolean;
  /** Provincial procedures decided by the city people's committee itself rather than a department. */
  readonly byCity: boolean;
  /** Share of dossiers for which a supplement is requested. */
  readonly supplementRate: number;
  /** Share of resolved dossiers finished late, before the agency's own punctuality factor. */
  readonly lateRate: number;
}

type FieldSpec = readonly [code: string, name: string, department: string, supplementRate: number, lateRate: number];

const FIELDS: readonly FieldSpec[] = [
  ['BTP-HT', 'Hộ tịch', 'STP', 0.02, 0.01],
  ['BTP-CT', 'Chứng thực', 'STP', 0.01, 0.005],
  ['BTP-LLTP', 'Lý lịch tư pháp', 'STP', 0.03, 0.03],
  ['BTP-BTTP', 'Bổ trợ tư pháp', 'STP', 0.1, 0.04],
  ['BTP-NCN', 'Nuôi con nuôi', 'STP', 0.15, 0.05],
  ['BNNMT-DD', 'Đất đai', 'SNNMT', 0.2, 0.12],
  ['BNNMT-MT', 'Môi trường', 'SNNMT', 0.25, 0.08],
  ['BNNMT-TNN', 'Tài nguyên nước', 'SNNMT', 0.25, 0.08],
  ['BNNMT-TT', 'Trồng trọt và bảo vệ thực vật', 'SNNMT', 0.1, 0.04],
  ['BNNMT-TY', 'Chăn nuôi và thú y', 'SNNMT', 0.05, 0.03],
  ['BNNMT-TL', 'Thủy lợi', 'SNNMT', 0.2, 0.06],
  ['BTC-DN', 'Thành lập và hoạt động của doanh nghiệp', 'STC', 0.12, 0.02],
  ['BTC-HKD', 'Thành lập và hoạt động của hộ kinh doanh', 'STC', 0.08, 0.03],
  ['BTC-DT', 'Đầu tư tại Việt Nam', 'STC', 0.3, 0.1],
  ['BXD-HDXD', 'Hoạt động xây dựng', 'SXD', 0.22, 0.08],
  ['BXD-NO', 'Nhà ở', 'SXD', 0.2, 0.06],
  ['BXD-DB', 'Đường bộ', 'SXD', 0.03, 0.02],
  ['BXD-QHKT', 'Quy hoạch xây dựng, kiến trúc', 'QHKT', 0.18, 0.07],
  ['BYT-KCB', 'Khám bệnh, chữa bệnh', 'SYT', 0.15, 0.05],
  ['BYT-D', 'Dược phẩm', 'SYT', 0.15, 0.05],
  ['BYT-ATTP', 'An toàn thực phẩm và dinh dưỡng', 'SYT', 0.12, 0.05],
  ['BYT-BTXH', 'Bảo trợ xã hội', 'SYT', 0.1, 0.06],
  ['BGDĐT-GD', 'Giáo dục và Đào tạo', 'SGDĐT', 0.06, 0.03],
  ['BGDĐT-VB', 'Văn bằng, chứng chỉ', 'SGDĐT', 0.04, 0.02],
  ['BNV-LĐ', 'Lao động, việc làm', 'SNV', 0.08, 0.03],
  ['BNV-NCC', 'Người có công', 'SNV', 0.12, 0.05],
  ['BNV-TĐKT', 'Thi đua - khen thưởng', 'SNV', 0.05, 0.04],
  ['BCT-LTHH', 'Lưu thông hàng hóa trong nước', 'SCT', 0.1, 0.03],
  ['BCT-ĐL', 'Điện', 'SCT', 0.12, 0.04],
  ['BVHTTDL-VH', 'Văn hóa', 'SVHTT', 0.08, 0.03],
  ['BVHTTDL-TDTT', 'Thể dục thể thao', 'SVHTT', 0.08, 0.03],
  ['BVHTTDL-DL', 'Du lịch', 'SDL', 0.08, 0.03],
  ['BKHCN-KHCN', 'Hoạt động khoa học và công nghệ', 'SKHCN', 0.12, 0.04],
  ['BDTTG-TG', 'Tín ngưỡng, tôn giáo', 'SDTTG', 0.1, 0.05],
  ['TTCP-KNTC', 'Giải quyết khiếu nại, tố cáo', 'TTTP', 0.05, 0.1],
  ['BQL-KCN', 'Quản lý khu công nghiệp', 'BQL', 0.15, 0.05],
];

/**
 * Base procedures: field code, name, levels (T provincial, H district, X commune), days, weight,
 * applicant (c citizen, o organisation, b both), flags: L licence (also "cấp lại", "điều chỉnh",
 * "gia hạn"), F fee, O financial obligation, W fully online, C decided by the city itself.
 */
type BaseSpec = readonly [field: string, name: string, levels: string, days: number, weight: number, applicant: 'c' | 'o' | 'b', flags: string];

const BASE: readonly BaseSpec[] = [
  ['BTP-HT', 'Đăng ký khai sinh', 'X', 0, 30, 'c', 'W'],
  ['BTP-HT', 'Đăng ký khai tử', 'X', 0, 6, 'c', 'W'],
  ['BTP-HT', 'Đăng ký kết hôn', 'X', 0, 6, 'c', ''],
  ['BTP-HT', 'Cấp bản sao trích lục hộ tịch', 'XHT', 0, 10, 'c', 'FW'],
  ['BTP-HT', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'X', 3, 10, 'c', 'W'],
  ['BTP-HT', 'Đăng ký khai sinh có yếu tố nước ngoài', 'HX', 3, 1.5, 'c', ''],
  ['BTP-HT', 'Đăng ký kết hôn có yếu tố nước ngoài', 'HX', 10, 1, 'c', 'F'],
  ['BTP-HT', 'Đăng ký nhận cha, mẹ, con', 'X', 3, 1, 'c', ''],
  ['BTP-HT', 'Thay đổi, cải chính, bổ sung thông tin hộ tịch', 'XH', 3, 3, 'c', 'F'],
  ['BTP-HT', 'Đăng ký giám hộ', 'X', 3, 0.3, 'c', ''],
  ['BTP-CT', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'XH', 0, 60, 'b', 'F'],
  ['BTP-CT', 'Chứng thực chữ ký trong các giấy tờ, văn bản', 'XH', 0, 12, 'c', 'F'],
  ['BTP-CT', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở', 'X', 2, 8, 'c', 'F'],
  ['BTP-CT', 'Chứng thực văn bản thỏa thuận phân chia di sản', 'X', 2, 1.5, 'c', 'F'],
  ['BTP-CT', 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 'X', 2, 0.6, 'c', 'F'],
  ['BTP-LLTP', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 'T', 10, 60, 'c', 'FW'],
  ['BTP-LLTP', 'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', 'T', 10, 3, 'o', ''],
  ['BTP-BTTP', 'Đăng ký hoạt động của Văn phòng công chứng', 'T', 10, 0.3, 'o', 'F'],
  ['BTP-BTTP', 'Đăng ký hoạt động của tổ chức hành nghề luật sư', 'T', 10, 0.4, 'o', 'F'],
  ['BTP-BTTP', 'Đăng ký hành nghề và cấp Thẻ công chứng viên', 'T', 5, 0.4, 'c', 'F'],
  ['BTP-NCN', 'Đăng ký việc nuôi con nuôi trong nước', 'X', 30, 0.4, 'c', ''],
  ['BTP-NCN', 'Đăng ký việc nuôi con nuôi có yếu tố nước ngoài', 'T', 30, 0.05, 'c', 'F'],
  ['BNNMT-DD', 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu', 'THX', 20, 12, 'b', 'FO'],
  ['BNNMT-DD', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế', 'T', 10, 25, 'b', 'FO'],
  ['BNNMT-DD', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'T', 7, 6, 'b', 'F'],
  ['BNNMT-DD', 'Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất', 'T', 10, 1.2, 'b', 'F'],
  ['BNNMT-DD', 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'T', 3, 14, 'b', 'FW'],
  ['BNNMT-DD', 'Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'T', 3, 8, 'b', 'W'],
  ['BNNMT-DD', 'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền', 'HXT', 15, 2, 'b', 'FOC'],
  ['BNNMT-DD', 'Giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất', 'T', 20, 0.4, 'o', 'OC'],
  ['BNNMT-DD', 'Gia hạn sử dụng đất', 'TH', 7, 0.4, 'b', 'F'],
  ['BNNMT-DD', 'Hòa giải tranh chấp đất đai', 'X', 45, 1, 'c', ''],
  ['BNNMT-DD', 'Cung cấp thông tin, dữ liệu đất đai', 'THX', 2, 6, 'b', 'FW'],
  ['BNNMT-DD', 'Tách thửa hoặc hợp thửa đất', 'TH', 15, 3, 'b', 'F'],
  ['BNNMT-MT', 'giấy phép môi trường', 'TH', 20, 0.8, 'o', 'LF'],
  ['BNNMT-MT', 'Thẩm định báo cáo đánh giá tác động môi trường', 'T', 30, 0.2, 'o', 'F'],
  ['BNNMT-MT', 'Đăng ký môi trường', 'X', 10, 0.6, 'o', ''],
  ['BNNMT-TNN', 'giấy phép khai thác nước dưới đất', 'T', 25, 0.15, 'o', 'LF'],
  ['BNNMT-TNN', 'giấy phép xả nước thải vào nguồn nước', 'T', 25, 0.08, 'o', 'LF'],
  ['BNNMT-TT', 'Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật', 'T', 15, 0.2, 'b', 'LF'],
  ['BNNMT-TT', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản', 'TH', 15, 0.5, 'b', 'F'],
  ['BNNMT-TY', 'Chứng chỉ hành nghề thú y', 'T', 5, 0.2, 'c', 'LF'],
  ['BNNMT-TY', 'Cấp giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh', 'T', 1, 1.5, 'b', 'FW'],
  ['BNNMT-TL', 'giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi', 'T', 15, 0.15, 'o', 'LF'],
  ['BNNMT-TL', 'Cấp phép hoạt động liên quan đến đê điều', 'TH', 15, 0.1, 'o', ''],
  ['BTC-DN', 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', 'T', 3, 8, 'o', 'W'],
  ['BTC-DN', 'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên', 'T', 3, 5, 'o', 'W'],
  ['BTC-DN', 'Đăng ký thành lập công ty cổ phần', 'T', 3, 4, 'o', 'W'],
  ['BTC-DN', 'Đăng ký thay đổi nội dung đăng ký doanh nghiệp', 'T', 3, 25, 'o', 'W'],
  ['BTC-DN', 'Thông báo thay đổi nội dung đăng ký doanh nghiệp', 'T', 3, 12, 'o', 'W'],
  ['BTC-DN', 'Đăng ký tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo', 'T', 3, 6, 'o', 'W'],
  ['BTC-DN', 'Giải thể doanh nghiệp', 'T', 5, 3, 'o', 'W'],
  ['BTC-DN', 'Đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh', 'T', 3, 6, 'o', 'W'],
  ['BTC-HKD', 'Đăng ký thành lập hộ kinh doanh', 'HX', 3, 10, 'c', 'W'],
  ['BTC-HKD', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'HX', 3, 4, 'c', 'W'],
  ['BTC-HKD', 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh', 'HX', 3, 2, 'c', 'W'],
  ['BTC-HKD', 'Chấm dứt hoạt động hộ kinh doanh', 'HX', 3, 2, 'c', 'W'],
  ['BTC-DT', 'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh', 'T', 35, 0.1, 'o', 'C'],
  ['BTC-DT', 'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư', 'T', 15, 0.4, 'o', ''],
  ['BTC-DT', 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư', 'T', 10, 0.6, 'o', ''],
  ['BXD-HDXD', 'giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'HX', 15, 6, 'c', 'LF'],
  ['BXD-HDXD', 'giấy phép xây dựng mới đối với công trình không theo tuyến', 'T', 20, 0.6, 'o', 'LF'],
  ['BXD-HDXD', 'Cấp giấy phép sửa chữa, cải tạo công trình', 'THX', 20, 0.8, 'b', 'F'],
  ['BXD-HDXD', 'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng', 'T', 30, 0.3, 'o', 'F'],
  ['BXD-HDXD', 'chứng chỉ hành nghề hoạt động xây dựng', 'T', 20, 0.8, 'c', 'LF'],
  ['BXD-HDXD', 'chứng chỉ năng lực hoạt động xây dựng', 'T', 20, 0.4, 'o', 'LF'],
  ['BXD-NO', 'Công nhận chủ đầu tư dự án xây dựng nhà ở', 'T', 30, 0.05, 'o', ''],
  ['BXD-NO', 'Thẩm định giá bán, thuê mua nhà ở xã hội', 'T', 30, 0.05, 'o', ''],
  ['BXD-NO', 'Xác nhận đối tượng được hưởng chính sách nhà ở xã hội', 'X', 7, 2, 'c', ''],
  ['BXD-DB', 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'T', 5, 30, 'c', 'FW'],
  ['BXD-DB', 'Cấp lại giấy phép lái xe', 'T', 10, 4, 'c', 'F'],
  ['BXD-DB', 'Cấp phù hiệu xe ô tô kinh doanh vận tải', 'T', 2, 8, 'o', 'FW'],
  ['BXD-DB', 'giấy phép kinh doanh vận tải bằng xe ô tô', 'T', 5, 1, 'o', 'LFW'],
  ['BXD-DB', 'Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn trên đường bộ', 'T', 2, 2, 'o', 'W'],
  ['BXD-DB', 'Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ', 'T', 7, 0.4, 'o', ''],
  ['BXD-QHKT', 'Cung cấp thông tin về quy hoạch', 'THX', 10, 4, 'b', 'W'],
  ['BXD-QHKT', 'Thẩm định nhiệm vụ, đồ án quy hoạch chi tiết', 'TH', 20, 0.3, 'o', ''],
  ['BXD-QHKT', 'chứng chỉ hành nghề kiến trúc', 'T', 15, 0.2, 'c', 'LF'],
  ['BXD-QHKT', 'Chấp thuận tổng mặt bằng và phương án kiến trúc', 'T', 15, 0.2, 'o', ''],
  ['BYT-KCB', 'giấy phép hành nghề khám bệnh, chữa bệnh', 'T', 20, 2.5, 'c', 'LF'],
  ['BYT-KCB', 'giấy phép hoạt động đối với phòng khám', 'T', 30, 0.6, 'o', 'LF'],
  ['BYT-KCB', 'Cấp giấy xác nhận nội dung quảng cáo dịch vụ khám bệnh, chữa bệnh', 'T', 10, 0.3, 'o', 'F'],
  ['BYT-D', 'chứng chỉ hành nghề dược', 'T', 20, 1.5, 'c', 'LF'],
  ['BYT-D', 'Giấy chứng nhận đủ điều kiện kinh doanh dược', 'T', 30, 0.8, 'o', 'LF'],
  ['BYT-ATTP', 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'TH', 20, 1.5, 'b', 'LF'],
  ['BYT-ATTP', 'Đăng ký bản công bố sản phẩm', 'T', 7, 2, 'o', 'FW'],
  ['BYT-BTXH', 'Trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng', 'XH', 15, 3, 'c', ''],
  ['BYT-BTXH', 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 'X', 25, 1, 'c', ''],
  ['BYT-BTXH', 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'X', 5, 1, 'c', ''],
  ['BYT-BTXH', 'Tiếp nhận đối tượng bảo trợ xã hội vào cơ sở trợ giúp xã hội', 'TH', 10, 0.1, 'c', ''],
  ['BGDĐT-GD', 'Chuyển trường đối với học sinh trung học cơ sở', 'HX', 3, 2, 'c', 'W'],
  ['BGDĐT-GD', 'Chuyển trường đối với học sinh trung học phổ thông', 'T', 3, 1, 'c', 'W'],
  ['BGDĐT-GD', 'Cho phép cơ sở giáo dục hoạt động giáo dục', 'THX', 20, 0.1, 'o', ''],
  ['BGDĐT-GD', 'Cấp phép hoạt động giáo dục kỹ năng sống', 'T', 15, 0.2, 'o', 'F'],
  ['BGDĐT-VB', 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'TH', 1, 3, 'c', 'FW'],
  ['BGDĐT-VB', 'Chỉnh sửa nội dung văn bằng, chứng chỉ', 'TH', 5, 0.5, 'c', ''],
  ['BNV-LĐ', 'giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'T', 10, 6, 'o', 'LFW'],
  ['BNV-LĐ', 'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', 'T', 5, 2, 'o', 'W'],
  ['BNV-LĐ', 'Giải quyết hưởng trợ cấp thất nghiệp', 'T', 20, 12, 'c', ''],
  ['BNV-LĐ', 'Đăng ký nội quy lao động', 'TH', 7, 1, 'o', 'W'],
  ['BNV-LĐ', 'Thông báo về việc tìm kiếm việc làm hằng tháng', 'T', 1, 6, 'c', 'W'],
  ['BNV-LĐ', 'giấy phép hoạt động dịch vụ việc làm', 'T', 20, 0.05, 'o', 'LF'],
  ['BNV-NCC', 'Giải quyết chế độ trợ cấp đối với thân nhân liệt sĩ', 'TX', 12, 0.5, 'c', ''],
  ['BNV-NCC', 'Giải quyết chế độ người hoạt động kháng chiến bị nhiễm chất độc hóa học', 'TH', 30, 0.3, 'c', ''],
  ['BNV-NCC', 'Hỗ trợ người có công đi làm phương tiện, dụng cụ trợ giúp chức năng', 'X', 15, 0.4, 'c', ''],
  ['BNV-NCC', 'Cấp giấy xác nhận thân nhân của người có công', 'X', 10, 0.6, 'c', ''],
  ['BNV-TĐKT', 'Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', 'T', 20, 0.8, 'b', 'C'],
  ['BNV-TĐKT', 'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện', 'H', 20, 1, 'b', ''],
  ['BNV-TĐKT', 'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', 'X', 20, 1, 'b', ''],
  ['BCT-LTHH', 'giấy phép bán lẻ sản phẩm thuốc lá', 'TH', 15, 0.4, 'o', 'LF'],
  ['BCT-LTHH', 'giấy phép bán lẻ sản phẩm rượu', 'HX', 10, 0.6, 'b', 'LF'],
  ['BCT-LTHH', 'Đăng ký tổ chức hội chợ, triển lãm thương mại', 'T', 7, 0.4, 'o', 'W'],
  ['BCT-LTHH', 'Đăng ký thực hiện khuyến mại', 'T', 5, 3, 'o', 'W'],
  ['BCT-LTHH', 'Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', 'T', 15, 0.2, 'o', 'LF'],
  ['BCT-ĐL', 'giấy phép hoạt động điện lực', 'T', 15, 0.15, 'o', 'LF'],
  ['BCT-ĐL', 'Cấp thẻ kiểm tra viên điện lực', 'T', 5, 0.1, 'c', ''],
  ['BVHTTDL-VH', 'Cấp giấy phép tổ chức biểu diễn nghệ thuật', 'T', 5, 0.8, 'o', 'FW'],
  ['BVHTTDL-VH', 'giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 'TX', 5, 0.4, 'b', 'LF'],
  ['BVHTTDL-VH', 'Thông báo tổ chức lễ hội', 'XH', 7, 0.5, 'b', ''],
  ['BVHTTDL-VH', 'Thông báo nội dung quảng cáo trên bảng quảng cáo, băng-rôn', 'T', 5, 0.8, 'o', 'W'],
  ['BVHTTDL-TDTT', 'Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao', 'T', 7, 0.3, 'o', 'LF'],
  ['BVHTTDL-TDTT', 'Công nhận câu lạc bộ thể thao cơ sở', 'X', 7, 0.2, 'b', ''],
  ['BVHTTDL-DL', 'giấy phép kinh doanh dịch vụ lữ hành nội địa', 'T', 10, 0.4, 'o', 'LFW'],
  ['BVHTTDL-DL', 'thẻ hướng dẫn viên du lịch nội địa', 'T', 10, 0.6, 'c', 'LFW'],
  ['BVHTTDL-DL', 'Công nhận hạng cơ sở lưu trú du lịch', 'T', 30, 0.2, 'o', 'F'],
  ['BKHCN-KHCN', 'Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ', 'T', 5, 0.2, 'o', ''],
  ['BKHCN-KHCN', 'giấy phép tiến hành công việc bức xạ', 'T', 15, 0.3, 'o', 'LF'],
  ['BKHCN-KHCN', 'Đăng ký hợp đồng chuyển giao công nghệ', 'T', 15, 0.05, 'o', 'F'],
  ['BDTTG-TG', 'Đăng ký sinh hoạt tôn giáo tập trung', 'X', 20, 0.1, 'b', ''],
  ['BDTTG-TG', 'Thông báo danh mục hoạt động tôn giáo', 'THX', 15, 0.1, 'o', ''],
  ['BDTTG-TG', 'Đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc', 'TH', 20, 0.1, 'c', ''],
  ['TTCP-KNTC', 'Giải quyết khiếu nại lần đầu', 'THX', 30, 0.4, 'b', ''],
  ['TTCP-KNTC', 'Giải quyết khiếu nại lần hai', 'T', 45, 0.15, 'b', 'C'],
  ['TTCP-KNTC', 'Giải quyết tố cáo', 'THX', 30, 0.3, 'c', ''],
  ['BQL-KCN', 'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu công nghiệp', 'T', 15, 0.3, 'o', ''],
  ['BQL-KCN', 'giấy phép lao động cho người nước ngoài làm việc trong khu công nghiệp', 'T', 10, 0.6, 'o', 'LFW'],
  ['BQL-KCN', 'Xác nhận hợp đồng, văn bản về bất động sản trong khu công nghiệp', 'T', 10, 0.1, 'o', ''],
];

/** A licence (flag L) comes as four procedures: issue, re-issue, amendment and extension. */
const LICENCE_ACTIONS: ReadonlyArray<readonly [action: string, dayFactor: number, weightFactor: number]> = [
  ['Cấp', 1, 1],
  ['Cấp lại', 0.5, 0.2],
  ['Điều chỉnh', 0.7, 0.15],
  ['Gia hạn', 0.35, 0.1],
];

const LEVEL_OF: Readonly<Record<string, ProcedureLevel>> = { T: 1, H: 2, X: 3 };

function build(): { fields: ProcedureField[]; procedures: Procedure[] } {
  const fields = FIELDS.map(([code, name, department], index) => ({ index, code, name, department }));
  const fieldByCode = new Map(FIELDS.map(([code], index) => [code, index]));
  const random = createRandom(0x7474_4843);
  const usedCodes = new Set<string>();
  const nationalCode = (): string => {
    for (;;) {
      // Most national codes are 1.00xxxx; procedures added since 2019 often start 2.00xxxx.
      const code = `${random.next() < 0.8 ? 1 : 2}.00${String(random.int(10_000)).padStart(4, '0')}`;
      if (!usedCodes.has(code)) {
        usedCodes.add(code);
        return code;
      }
    }
  };
  const procedures: Procedure[] = [];
  for (const [fieldCode, name, levels, days, weight, applicant, flags] of BASE) {
    const field = fieldByCode.get(fieldCode);
    if (field === undefined) throw new Error(`procedureCatalogue: unknown field ${fieldCode}`);
    const [, , , supplementRate, lateRate] = FIELDS[field] as FieldSpec;
    const variants = flags.includes('L')
      ? LICENCE_ACTIONS.map(([action, dayFactor, weightFactor]) => ({
          name: `${action} ${name}`,
          days: Math.max(1, Math.round(days * dayFactor)),
          weight: weight * weightFactor,
        }))
      : [{ name, days, weight }];
    for (const letter of levels) {
      const level = LEVEL_OF[letter] as ProcedureLevel;
      for (const variant of variants) {
        procedures.push({
          index: procedures.length,
          code: nationalCode(),
          name: variant.name,
          field,
          level,
          days: variant.days,
          weight: variant.weight,
          applicant: applicant === 'c' ? 'citizen' : applicant === 'o' ? 'organisation' : 'both',
          fee: flags.includes('F'),
          obligation: flags.includes('O'),
          fullyOnline: flags.includes('W'),
          byCity: flags.includes('C') && level === 1,
          // A supplement needs time to be asked for: same-day procedures get none.
          supplementRate: variant.days >= 3 ? supplementRate : 0,
          lateRate,
        });
      }
    }
  }
  return { fields, procedures };
}

const built = build();

/** The fields (lĩnh vực), by index. */
export const PROCEDURE_FIELDS: readonly ProcedureField[] = Object.freeze(built.fields);

/** The catalogue, by index (fits a Uint16Array). */
export const PROCEDURES: readonly Procedure[] = Object.freeze(built.procedures);

/** Index of a procedure by its national code. */
export const procedureIndexByCode: ReadonlyMap<string, number> = new Map(PROCEDURES.map((p) => [p.code, p.index]));
