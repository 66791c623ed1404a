/** A video's length as people say it: "38 giây", "1 phút 54 giây" (whole seconds, rounded up: the plan counts so). */
export function formatVideoLength(seconds: number): string {
  const whole = Math.ceil(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} giây`;
  return rest === 0 ? `${minutes} phút` : `${minutes} phút ${rest} giây`;
}
