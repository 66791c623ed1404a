/** The poster is drawn at most this wide (a Full HD screen's width); smaller videos keep their own size. */
const MAX_POSTER_WIDTH = 1920;
/** A browser that cannot decode the file (a codec it lacks) never fires `seeked`: give up rather than wait. */
const FRAME_TIMEOUT_MS = 8000;

/**
 * The first frame of a video file, as a PNG, drawn by this browser: the server has no video decoder (no ffmpeg on a
 * school's machine), and the office's browser decodes what the kiosks' Chromium decodes. Read from the local file
 * (an object URL): nothing is downloaded again. Null when the browser cannot decode it — the video is kept without a
 * poster and screens show black until its first frame.
 */
export function firstFrame(file: Blob): Promise<Blob | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement('video');
    let settled = false;
    const done = (picture: Blob | null) => {
      if (settled) return;
      settled = true;
      window.clearTimeout(timer);
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
      resolve(picture);
    };
    const timer = window.setTimeout(() => done(null), FRAME_TIMEOUT_MS);
    video.muted = true;
    video.preload = 'auto';
    video.playsInline = true;
    video.onerror = () => done(null);
    // Seeking a hair past 0 makes browsers decode and show the first frame (at 0 some show nothing yet).
    video.onloadeddata = () => {
      video.currentTime = 0.001;
    };
    video.onseeked = () => {
      const scale = Math.min(1, MAX_POSTER_WIDTH / (video.videoWidth || MAX_POSTER_WIDTH));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(video.videoWidth * scale));
      canvas.height = Math.max(1, Math.round(video.videoHeight * scale));
      const context = canvas.getContext('2d');
      if (!context || !video.videoWidth) return done(null);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => done(blob), 'image/png');
    };
    video.src = url;
  });
}
