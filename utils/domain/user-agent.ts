/**
 * A small user-agent reader for Visitor info: the browser and its major version, and the
 * operating system, from the few tokens that tell them apart. Not a UA database: unknown agents
 * come back as "Unknown", which is fine for a hint to an operator (ADR 010).
 */

export interface UserAgentSummary {
  /** e.g. "Chrome 120", "Firefox 121", "Safari 17", "Edge 120" */
  browser: string;
  /** e.g. "Windows 10/11", "macOS 14", "iOS 17.2", "Android 14", "Linux" */
  os: string;
  mobile: boolean;
}

const version = (ua: string, token: string): string | undefined =>
  new RegExp(`${token}/(\\d+)`).exec(ua)?.[1];

/** Order matters: Edge, Opera and Samsung also say Chrome; Chrome also says Safari. */
const BROWSERS: [name: string, token: string, test?: RegExp][] = [
  ['Edge', 'Edg(?:e|A|iOS)?'],
  ['Opera', 'OPR'],
  ['Samsung Internet', 'SamsungBrowser'],
  ['Firefox', '(?:Firefox|FxiOS)'],
  ['Chrome', '(?:HeadlessChrome|Chrome|CriOS)'],
  ['Safari', 'Version', /Safari\//],
];

function browserOf(ua: string): string {
  for (const [name, token, test] of BROWSERS) {
    if (test && !test.test(ua)) continue;
    const major = version(ua, token);
    if (major) return `${name} ${major}`;
  }
  return 'Unknown';
}

const WINDOWS: Record<string, string> = {
  '10.0': '10/11',
  '6.3': '8.1',
  '6.2': '8',
  '6.1': '7',
};

function osOf(ua: string): string {
  const windows = /Windows NT (\d+\.\d+)/.exec(ua);
  if (windows) return `Windows ${WINDOWS[windows[1]!] ?? windows[1]}`;
  const ios = /(?:iPhone|iPad|iPod).*? OS (\d+)(?:_(\d+))?/.exec(ua);
  if (ios) return `iOS ${ios[1]}${ios[2] ? `.${ios[2]}` : ''}`;
  const android = /Android (\d+(?:\.\d+)?)/.exec(ua);
  if (android) return `Android ${android[1]}`;
  if (/CrOS/.test(ua)) return 'ChromeOS';
  const mac = /Mac OS X (\d+)[_.](\d+)/.exec(ua);
  if (mac) return mac[1] === '10' ? `macOS 10.${mac[2]}` : `macOS ${mac[1]}`;
  if (/Macintosh/.test(ua)) return 'macOS';
  if (/Linux/.test(ua)) return 'Linux';
  return 'Unknown';
}

export function describeUserAgent(userAgent: string): UserAgentSummary {
  const ua = userAgent.slice(0, 500);
  return {
    browser: browserOf(ua),
    os: osOf(ua),
    mobile: /Mobi|iPhone|Android.*Mobile/.test(ua),
  };
}
