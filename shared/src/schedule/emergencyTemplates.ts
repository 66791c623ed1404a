import type { EmergencyLevel } from '../schemas/emergency.ts';

/**
 * Ready wording for the three notices a kindergarten sends most. The office fills the blanks (…) before sending;
 * nothing here is a fact about a real day.
 */
export interface EmergencyTemplate {
  id: string;
  name: string;
  title: string;
  body: string;
  level: EmergencyLevel;
  durationMinutes: number;
}

export const EMERGENCY_TEMPLATES: readonly EmergencyTemplate[] = [
  {
    id: 'weather-closure',
    name: 'Nghỉ học do thời tiết',
    title: 'THÔNG BÁO NGHỈ HỌC DO THỜI TIẾT',
    body: 'Do ảnh hưởng của thời tiết (…), nhà trường cho trẻ nghỉ học ngày … . Thời gian đi học trở lại: … . Mọi thắc mắc xin liên hệ văn phòng nhà trường.',
    level: 'danger',
    durationMinutes: 24 * 60,
  },
  {
    id: 'late-pickup',
    name: 'Đón trẻ muộn',
    title: 'THÔNG BÁO VỀ GIỜ ĐÓN TRẺ',
    body: 'Hôm nay giờ trả trẻ được lùi đến … . Nhà trường bố trí giáo viên trông trẻ tại … . Đề nghị cha mẹ đón trẻ đúng giờ.',
    level: 'warning',
    durationMinutes: 4 * 60,
  },
  {
    id: 'health-notice',
    name: 'Thông báo y tế',
    title: 'THÔNG BÁO Y TẾ',
    body: 'Nhà trường thông báo: … . Đề nghị cha mẹ theo dõi sức khỏe của trẻ và báo ngay cho giáo viên chủ nhiệm khi trẻ có biểu hiện … .',
    level: 'warning',
    durationMinutes: 8 * 60,
  },
];
