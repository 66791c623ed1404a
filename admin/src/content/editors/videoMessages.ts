/** The video slide editor's strings (vi source, en mirror); merged in i18n.ts. */
export const videoEditorVi = {
  'video.title': 'Tiêu đề (hiện dưới video)',
  'video.file': 'Video trong thư viện',
  'video.fileHint': 'MP4 hoặc WebM, tải lên ở Thư viện ảnh hoặc ngay trong hộp chọn. Màn hình luôn phát video không tiếng.',
  'video.pick': 'Chọn video',
  'video.change': 'Đổi video',
  'video.none': 'Chưa chọn video',
  'video.dialog': 'Chọn video',
  'video.noPoster': 'Chưa có ảnh khung hình đầu: màn hình hiện nền đen cho đến khi video chạy.',
  'video.plays': 'Phát',
  'video.once': 'Một lần',
  'video.loop': 'Lặp lại',
  'video.loopCount': 'Số lần phát',
  'video.onScreen': 'Thời gian trên màn hình: {total} (video dài {length} × {plays} lần). Màn hình chuyển trang ngay khi video phát xong.',
  'video.onScreenNone': 'Thời gian trên màn hình bằng độ dài video (đọc từ tệp khi tải lên) nhân số lần phát.',
} as const;

export const videoEditorEn: Record<keyof typeof videoEditorVi, string> = {
  'video.title': 'Title (shown under the video)',
  'video.file': 'Video from the library',
  'video.fileHint': 'MP4 or WebM, uploaded in the media library or right in the picker. Screens always play videos muted.',
  'video.pick': 'Choose a video',
  'video.change': 'Change video',
  'video.none': 'No video chosen',
  'video.dialog': 'Choose a video',
  'video.noPoster': 'No poster frame yet: screens show black until the video starts.',
  'video.plays': 'Play',
  'video.once': 'Once',
  'video.loop': 'Repeat',
  'video.loopCount': 'Number of plays',
  'video.onScreen': 'Time on screen: {total} (video {length} × {plays}). The screen moves on as soon as the video has played.',
  'video.onScreenNone': 'Time on screen is the video’s length (read from the file at upload) times the number of plays.',
};
