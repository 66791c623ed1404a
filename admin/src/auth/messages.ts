/** The login page's strings: Vietnamese is the source, English mirrors it key for key; i18n.ts merges both. */
export const authVi = {
  'login.title': 'Đăng nhập',
  'login.intro': 'Dành cho cán bộ được giao quản lý bảng tin điện tử của nhà trường.',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.showPassword': 'Hiện mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.submitting': 'Đang đăng nhập…',
  'login.wrongCredentials': 'Sai tên đăng nhập hoặc mật khẩu',
  'login.rateLimited': 'Bạn đã nhập sai quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.',
  'login.missingFields': 'Vui lòng nhập tên đăng nhập và mật khẩu',
  'login.sessionExpired': 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
} as const;

export const authEn: Record<keyof typeof authVi, string> = {
  'login.title': 'Sign in',
  'login.intro': "For staff who manage the school's digital notice boards.",
  'login.username': 'Username',
  'login.password': 'Password',
  'login.showPassword': 'Show password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.wrongCredentials': 'Wrong username or password',
  'login.rateLimited': 'Too many failed attempts. Please wait a few minutes and try again.',
  'login.missingFields': 'Please enter your username and password',
  'login.sessionExpired': 'Your session has expired. Please sign in again.',
};
