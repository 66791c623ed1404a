import { SURVEY_FACTOR_LABELS, SURVEY_LEVEL_LABELS, type SurveyFactor } from '@bangtin/shared';

/** The reception kiosk's satisfaction survey (issue #13 item 3): one screen, five factors, then thank you. */
export const surveyVi = {
  offerTitle: 'Bạn có hài lòng với việc giải quyết thủ tục tại nhà trường?',
  offerBody: 'Đánh giá ẩn danh, chỉ mất 30 giây.',
  offerButton: 'Đánh giá mức độ hài lòng',
  title: 'Đánh giá mức độ hài lòng',
  intro: 'Chạm một mức cho mỗi mục. Phiếu ẩn danh, không ghi tên hay hình ảnh của bạn.',
  forProcedure: (name: string) => `Về thủ tục: ${name}`,
  factor: (f: SurveyFactor) => SURVEY_FACTOR_LABELS[f].group,
  question: (f: SurveyFactor) => SURVEY_FACTOR_LABELS[f].question,
  level: (level: number) => SURVEY_LEVEL_LABELS[level] ?? String(level),
  remaining: (n: number) => `Còn ${n} mục chưa chọn`,
  submit: 'Gửi đánh giá',
  thanksTitle: 'Cảm ơn quý phụ huynh!',
  thanksBody: 'Nhà trường đã nhận đánh giá của bạn.',
  home: 'Về trang chủ',
};
export type SurveyStrings = typeof surveyVi;

const FACTOR_EN: Record<SurveyFactor, string> = {
  access: 'Access to the service',
  procedure: 'Procedure',
  staff: 'Staff and teachers',
  result: 'Result',
  feedback: 'Handling of feedback',
};
const LEVEL_EN: Record<number, string> = { 5: 'Very satisfied', 4: 'Satisfied', 3: 'Neutral', 2: 'Dissatisfied', 1: 'Very dissatisfied' };

export const surveyEn: SurveyStrings = {
  offerTitle: 'Are you satisfied with how the school handled your procedure?',
  offerBody: 'Anonymous, takes 30 seconds.',
  offerButton: 'Rate your satisfaction',
  title: 'Rate your satisfaction',
  intro: 'Touch one level for each row. Anonymous: no name, no picture.',
  forProcedure: (name) => `Procedure: ${name}`,
  factor: (f) => FACTOR_EN[f],
  question: (f) => SURVEY_FACTOR_LABELS[f].en,
  level: (level) => LEVEL_EN[level] ?? String(level),
  remaining: (n) => `${n} rows still to answer`,
  submit: 'Send',
  thanksTitle: 'Thank you!',
  thanksBody: 'The school has received your rating.',
  home: 'Back to start',
};
