/** The sender-data page's strings (Cài đặt → Dữ liệu người gửi); i18n.ts merges both languages into its tables. */
export const feedbackPrivacyVi = {
  'nav.feedbackPrivacy': 'Dữ liệu người gửi',
  'feedbackPrivacy.intro':
    'Thông tin người gửi phản ánh, kiến nghị (họ tên, địa chỉ, số điện thoại, thư điện tử) chỉ dùng để trả lời họ. Khi người gửi yêu cầu, tìm theo số điện thoại hoặc thư điện tử của họ để xuất hoặc xoá. Mọi lần tìm, xuất, xoá đều được ghi nhật ký.',
  'feedbackPrivacy.contact': 'Số điện thoại hoặc thư điện tử của người gửi',
  'feedbackPrivacy.find': 'Tìm',
  'feedbackPrivacy.none': 'Không có phản ánh nào còn lưu thông tin của người gửi này.',
  'feedbackPrivacy.found': 'Tìm thấy {count} phản ánh',
  'feedbackPrivacy.colCode': 'Mã',
  'feedbackPrivacy.colDate': 'Ngày gửi',
  'feedbackPrivacy.colSubject': 'Loại',
  'feedbackPrivacy.colStatus': 'Trạng thái',
  'feedbackPrivacy.colSender': 'Người gửi',
  'feedbackPrivacy.exportJson': 'Tải dữ liệu (JSON)',
  'feedbackPrivacy.exportCsv': 'Tải dữ liệu (CSV)',
  'feedbackPrivacy.erase': 'Xoá thông tin người gửi',
  'feedbackPrivacy.eraseTitle': 'Xoá thông tin người gửi?',
  'feedbackPrivacy.eraseBody':
    'Họ tên, địa chỉ, số điện thoại và thư điện tử sẽ bị xoá khỏi {count} phản ánh. Nội dung phản ánh và lịch sử xử lý được giữ lại ở dạng ẩn danh. Không thể hoàn tác.',
  'feedbackPrivacy.erased': 'Đã xoá thông tin người gửi khỏi {count} phản ánh',
  'feedbackPrivacy.cancel': 'Không xoá',
  'feedbackPrivacy.retentionTitle': 'Thời gian lưu thông tin người gửi',
  'feedbackPrivacy.retentionHint':
    'Mặc định 24 tháng. Hằng đêm hệ thống tự xoá thông tin người gửi của các phản ánh gửi trước thời hạn này; nội dung được giữ ở dạng ẩn danh.',
  'feedbackPrivacy.months': 'Số tháng',
  'feedbackPrivacy.save': 'Lưu',
  'feedbackPrivacy.saved': 'Đã lưu: giữ thông tin người gửi {months} tháng',
};

export const feedbackPrivacyEn: Record<keyof typeof feedbackPrivacyVi, string> = {
  'nav.feedbackPrivacy': 'Sender data',
  'feedbackPrivacy.intro':
    'The details of people who send feedback (name, address, phone, e-mail) are used only to answer them. When a sender asks, find them by their phone or e-mail to export or delete their data. Every search, export and deletion is audited.',
  'feedbackPrivacy.contact': 'Sender’s phone number or e-mail',
  'feedbackPrivacy.find': 'Find',
  'feedbackPrivacy.none': 'No feedback still holds this sender’s details.',
  'feedbackPrivacy.found': '{count} feedback items found',
  'feedbackPrivacy.colCode': 'Code',
  'feedbackPrivacy.colDate': 'Sent',
  'feedbackPrivacy.colSubject': 'Subject',
  'feedbackPrivacy.colStatus': 'Status',
  'feedbackPrivacy.colSender': 'Sender',
  'feedbackPrivacy.exportJson': 'Download data (JSON)',
  'feedbackPrivacy.exportCsv': 'Download data (CSV)',
  'feedbackPrivacy.erase': 'Delete sender details',
  'feedbackPrivacy.eraseTitle': 'Delete the sender’s details?',
  'feedbackPrivacy.eraseBody':
    'Name, address, phone and e-mail will be removed from {count} feedback items. The content and the handling history stay, anonymous. This cannot be undone.',
  'feedbackPrivacy.erased': 'Sender details removed from {count} feedback items',
  'feedbackPrivacy.cancel': 'Keep',
  'feedbackPrivacy.retentionTitle': 'How long sender details are kept',
  'feedbackPrivacy.retentionHint':
    'Default 24 months. Every night the details of senders of older feedback are deleted; the content stays, anonymous.',
  'feedbackPrivacy.months': 'Months',
  'feedbackPrivacy.save': 'Save',
  'feedbackPrivacy.saved': 'Saved: sender details kept {months} months',
};
