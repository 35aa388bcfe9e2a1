package jp.osaka.renkei.mail;

/** What a mail says: its subject, and its body as plain text and as HTML. */
record MailText(String subject, String text, String html) {
}
