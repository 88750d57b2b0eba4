import { FONT } from '../loader/launcher.ts';

/**
 * Grey for what is secondary (timestamps, authors, hints, notes): at least 4.5:1 (WCAG AA) on
 * each light background it sits on; styles.test.ts checks it.
 */
export const SECONDARY_TEXT = '#5a6070';
/** The panel's light backgrounds: the panel, the status bar, the other side's message bubbles. */
export const LIGHT_BACKGROUNDS = ['#ffffff', '#f3f5fa', '#eef0f6'] as const;

/**
 * The panel's styles, inside the shadow root: nothing here can reach the page, and the host's
 * `all: initial` (loader) keeps the page's inherited styles out. Sizes in px, not rem, because
 * rem follows the host page's root font size.
 */
export const WIDGET_CSS = `
.root,.root *{box-sizing:border-box}
.panel-wrap[hidden]{display:none}
.panel{position:absolute;right:0;bottom:66px;display:flex;flex-direction:column;width:370px;max-width:calc(100vw - 24px);height:580px;max-height:calc(100vh - 100px);background:#fff;color:#1f2430;font:15px/1.45 ${FONT};border-radius:14px;box-shadow:0 12px 40px rgba(20,30,80,.28);overflow:hidden;text-align:start}
@media (min-width:481px){[data-position=left] .panel{right:auto;left:0}}
@media (max-width:480px){.panel{position:fixed;inset:0;width:auto;max-width:none;height:auto;max-height:none;border-radius:0}}
.panel-header{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:12px 12px 12px 18px;background:var(--accent,#3559e0);color:#fff}
h1{margin:0;font-size:17px;font-weight:600}
h2{margin:0 0 6px;font-size:18px;font-weight:600}
p{margin:0}
.panel-body{flex:1;min-height:0;display:flex;flex-direction:column;overflow:auto}
.panel-footer{padding:6px;text-align:center;font-size:11px;color:${SECONDARY_TEXT};border-top:1px solid #eceef3}
.screen{display:flex;flex-direction:column;gap:12px;padding:18px;flex:1;min-height:0}
.centered{align-items:center;justify-content:center;text-align:center}
.lead{color:#4a5163;font-size:14px;white-space:pre-line}
.field{display:flex;flex-direction:column;gap:4px}
label{font-size:13px;font-weight:600;color:#323848}
.hint{font-size:12px;color:${SECONDARY_TEXT}}
input,select,textarea{font:inherit;color:inherit;width:100%;padding:9px 11px;border:1px solid #c5cad6;border-radius:8px;background:#fff;min-width:0}
textarea{resize:vertical;min-height:44px}
input:focus-visible,select:focus-visible,textarea:focus-visible,button:focus-visible,.messages:focus-visible{outline:3px solid #ffbf47;outline-offset:1px}
[aria-invalid=true]{border-color:#c62828}
.field-error,.form-error{color:#b71c1c;font-size:13px}
.form-error{padding:8px 10px;background:#fdecea;border-radius:8px}
button{font:inherit;cursor:pointer;border-radius:8px;border:0}
button:disabled{opacity:.6;cursor:default}
.primary{background:var(--accent,#3559e0);color:#fff;padding:10px 16px;font-weight:600}
.primary:hover:not(:disabled){filter:brightness(.88)}
.secondary{background:#eceef3;color:#1f2430;padding:10px 16px}
.link{background:none;color:var(--accent,#3559e0);padding:4px;text-decoration:underline;align-self:center;font-size:13px}
.icon{background:none;color:inherit;width:36px;height:36px;display:grid;place-items:center}
.icon:hover{background:rgba(255,255,255,.15)}
.icon svg{width:20px;height:20px;fill:currentColor}
.chat{padding:0;gap:0}
.rate{display:flex;flex-direction:column;gap:8px;width:100%}
.rate-choices{display:flex;flex-wrap:wrap;gap:8px;border:0;margin:0;padding:0}
.rate-choices legend{width:100%;margin-bottom:6px}
.rate-choices button{flex:1}
.rate-choices [aria-pressed=true]{background:var(--accent,#3559e0);color:#fff}
.chat-status{display:flex;align-items:center;gap:8px;padding:10px 16px;font-size:13px;background:#f3f5fa;border-bottom:1px solid #eceef3}
.messages{flex:1;min-height:0;overflow-y:auto}
.message-list{list-style:none;margin:0;padding:12px 14px;display:flex;flex-direction:column;gap:8px}
.message{max-width:85%;display:flex;flex-direction:column;gap:2px;align-self:flex-start}
.message .text{padding:8px 12px;border-radius:14px;background:#eef0f6;white-space:pre-wrap;overflow-wrap:anywhere;word-break:break-word;unicode-bidi:plaintext}
.message.own{align-self:flex-end;align-items:flex-end}
.message.own .text{background:var(--accent,#3559e0);color:#fff}
.message.pending .text{opacity:.7}
.author{font-size:11px;color:${SECONDARY_TEXT};padding:0 6px}
.time{font-size:10px;color:${SECONDARY_TEXT};padding:0 6px}
.message.system{align-self:center;max-width:95%;font-size:12px;color:${SECONDARY_TEXT};font-style:italic;text-align:center;overflow-wrap:anywhere}
.typing{margin:0;padding:0 16px;min-height:16px;font-size:12px;color:${SECONDARY_TEXT};font-style:italic}
.end{height:0}
.chat .form-error{margin:0 14px 8px}
.composer{padding:8px 12px 4px;border-top:1px solid #eceef3;display:flex;flex-direction:column;gap:4px}
.composer-row{display:flex;gap:8px;align-items:flex-end}
.composer textarea{flex:1;resize:none;max-height:120px}
.send{flex:none}
.end-chat{margin:0 0 6px}
.chat-ended{display:flex;flex-direction:column;align-items:center;gap:10px;padding:12px 16px 16px;border-top:1px solid #eceef3;text-align:center}
.spinner{width:16px;height:16px;border-radius:50%;border:2px solid #c5cad6;border-top-color:var(--accent,#3559e0);animation:spin 1s linear infinite;flex:none}
.launcher{position:relative}
.launcher[data-unread]::after{content:attr(data-unread);position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;box-sizing:border-box;border-radius:10px;background:#d93025;color:#fff;font-size:12px;line-height:20px;text-align:center}
@keyframes spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.spinner{animation:none}}
`;
