/** Words every page shares (search, dates, save, cancel, CSV); i18n.ts merges both languages into its tables. */
export const uiVi = {
  'common.search': 'Tìm kiếm',
  'common.from': 'Từ ngày',
  'common.to': 'Đến ngày',
  'common.all': 'Tất cả',
  'common.save': 'Lưu',
  'common.saving': 'Đang lưu…',
  'common.cancel': 'Huỷ',
  'common.csv': 'Tải CSV (Excel)',
  'common.total': '{count} mục',
} as const;

export const uiEn: Record<keyof typeof uiVi, string> = {
  'common.search': 'Search',
  'common.from': 'From',
  'common.to': 'To',
  'common.all': 'All',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.csv': 'Download CSV (Excel)',
  'common.total': '{count} items',
};
