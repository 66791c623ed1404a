/** The audit log's strings: Vietnamese is the source, English mirrors it key for key; i18n.ts merges both. */
export const auditVi = {
  'nav.audit': 'Nhật ký thao tác',
  'audit.title': 'Nhật ký thao tác',
  'audit.intro': 'Ai đã thay đổi gì, vào lúc nào: nội dung, lịch phát, màn hình, tài khoản, thông báo khẩn.',
  'audit.actor': 'Người thực hiện',
  'audit.action': 'Thao tác',
  'audit.allActions': 'Mọi thao tác',
  'audit.when': 'Thời điểm',
  'audit.what': 'Nội dung',
  'audit.object': 'Đối tượng',
  'audit.empty': 'Không có mục nào khớp với bộ lọc.',
  'audit.searchPlaceholder': 'Tên, nội dung, mã… (không cần dấu)',
} as const;

export const auditEn: Record<keyof typeof auditVi, string> = {
  'nav.audit': 'Audit log',
  'audit.title': 'Audit log',
  'audit.intro': 'Who changed what and when: content, schedules, screens, accounts, emergency notices.',
  'audit.actor': 'Who',
  'audit.action': 'Action',
  'audit.allActions': 'All actions',
  'audit.when': 'When',
  'audit.what': 'What',
  'audit.object': 'Object',
  'audit.empty': 'No entry matches the filters.',
  'audit.searchPlaceholder': 'Name, text, id… (diacritics optional)',
};
