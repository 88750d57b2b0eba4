/**
 * Every sentence the widget shows, in English; the other languages (de.ts, es.ts, fr.ts, ar.ts)
 * implement the same interface, so a missing string fails the typecheck. Only the visitor's
 * language is downloaded (see index.ts).
 */
export interface Messages {
  /** the panel's heading when the embed sets no data-title */
  title: string;
  minimize: string;
  poweredBy: string;
  loading: string;
  inactive: string;
  /** a blocked visitor (ADR 010): polite, says nothing more */
  notAvailable: string;
  tryAgain: string;
  unreachable: string;
  tooManyAttempts: string;
  sendingTooFast: string;
  sendFailed: string;
  loadFailed: string;
  openChat: string;
  openChatUnread: (count: number) => string;
  hideChat: string;
  // welcome
  welcome: string;
  welcomeLead: string;
  yourName: string;
  emailOptional: string;
  chooseDepartment: string;
  selectDepartment: string;
  leaveMessageSuffix: (department: string) => string;
  startChat: string;
  starting: string;
  // chat
  chat: string;
  waiting: string;
  queuePosition: (position: number) => string;
  queueWait: (minutes: number) => string;
  queueNoEstimate: string;
  leaveMessageInstead: string;
  offlineFromQueue: string;
  chattingWith: string;
  operatorJoined: string;
  ended: string;
  /** the other side is typing (ADR 010) */
  typing: (name: string) => string;
  newChat: string;
  endChat: string;
  conversation: string;
  you: string;
  operator: string;
  sending: string;
  message: string;
  typeMessage: string;
  send: string;
  charactersUsed: (length: number, limit: number) => string;
  // after the chat: rating and transcript
  rateChat: string;
  rateQuestion: string;
  rateGood: string;
  rateBad: string;
  rateComment: string;
  sendRating: string;
  rated: (good: boolean) => string;
  emailTranscriptForm: string;
  emailTranscript: string;
  sendTranscript: string;
  transcriptSent: (email: string) => string;
  transcriptQueued: (email: string) => string;
  // off-line
  leaveMessage: string;
  offlineUnavailable: string;
  offlineMissed: string;
  email: string;
  sendMessage: string;
  messageSent: string;
  sentThanks: string;
  replyTo: string;
  close: string;
  // validation
  required: (field: string) => string;
  tooLong: (field: string, max: number, length: number) => string;
  badEmail: string;
  chooseDepartmentError: string;
  fieldName: string;
  fieldEmail: string;
  fieldMessage: string;
}

export const en: Messages = {
  title: 'Chat with us',
  minimize: 'Minimize chat',
  poweredBy: 'Powered by Parley',
  loading: 'Loading…',
  inactive: 'Chat is not available on this website yet.',
  notAvailable: 'Sorry, chat is not available.',
  tryAgain: 'Try again',
  unreachable: "We can't reach the chat service right now. Please try again in a moment.",
  tooManyAttempts: 'Too many attempts in a short time. Please wait a minute and try again.',
  sendingTooFast: "You're sending messages very fast. Please wait a moment.",
  sendFailed: 'Your message could not be sent. Please try again.',
  loadFailed: 'The conversation could not be loaded.',
  openChat: 'Open chat',
  openChatUnread: (count) => `Open chat (${count} new message${count === 1 ? '' : 's'})`,
  hideChat: 'Hide chat',
  welcome: 'Welcome!',
  welcomeLead: "Tell us who you are and we'll connect you with someone who can help.",
  yourName: 'Your name',
  emailOptional: 'Email (optional)',
  chooseDepartment: 'Choose Department',
  selectDepartment: 'Select a department…',
  leaveMessageSuffix: (department) => `${department} (leave a message)`,
  startChat: 'Start chat',
  starting: 'Starting…',
  chat: 'Chat',
  waiting: 'Waiting for an operator… You can already type your question.',
  queuePosition: (position) =>
    position === 1 ? "You're next in the queue." : `You're number ${position} in the queue.`,
  queueWait: (minutes) =>
    minutes <= 1 ? 'Estimated wait: about a minute.' : `Estimated wait: about ${minutes} minutes.`,
  queueNoEstimate: 'All our operators are busy; one will be with you as soon as possible.',
  leaveMessageInstead: 'Leave a message instead',
  offlineFromQueue:
    "Leave us a message and we'll get back to you by email. What you wrote is already here.",
  chattingWith: "You're chatting with",
  operatorJoined: 'An operator has joined the chat',
  ended: 'This chat has ended. Thank you for talking to us!',
  typing: (name) => `${name} is typing…`,
  newChat: 'Start a new chat',
  endChat: 'End chat',
  conversation: 'Conversation',
  you: 'You',
  operator: 'Operator',
  sending: 'sending…',
  message: 'Message',
  typeMessage: 'Type your message…',
  send: 'Send',
  charactersUsed: (length, limit) => `${length} / ${limit} characters`,
  rateChat: 'Rate this chat',
  rateQuestion: 'How was this chat?',
  rateGood: '👍 Good',
  rateBad: '👎 Bad',
  rateComment: 'Comment (optional)',
  sendRating: 'Send rating',
  rated: (good) => `Thank you for your feedback! You rated this chat ${good ? 'good' : 'bad'}.`,
  emailTranscriptForm: 'Email the transcript',
  emailTranscript: 'Email me the transcript',
  sendTranscript: 'Send transcript',
  transcriptSent: (email) => `We sent the transcript to ${email}.`,
  transcriptQueued: (email) => `We will send the transcript to ${email} shortly.`,
  leaveMessage: 'Leave a message',
  offlineUnavailable:
    "Nobody is available to chat right now. Leave us a message and we'll get back to you by email.",
  offlineMissed:
    "Sorry, nobody could take your chat in time. Leave us a message and we'll get back to you by email.",
  email: 'Email',
  sendMessage: 'Send message',
  messageSent: 'Message sent',
  sentThanks: 'Thank you! Your message was sent.',
  replyTo: "We'll reply to this address as soon as we can:",
  close: 'Close',
  required: (field) => `${field} is required.`,
  tooLong: (field, max, length) => `${field} can be at most ${max} characters (it has ${length}).`,
  badEmail: "Your email address doesn't look right; expected name@example.com.",
  chooseDepartmentError: 'Please choose a department.',
  fieldName: 'Your name',
  fieldEmail: 'Your email address',
  fieldMessage: 'Your message',
};
