package jp.osaka.renkei.mail;

/** Where a message stands in 送信履歴. */
public enum MailStatus {
    /** 送信待ち: not sent yet, or to be tried again after a failure that may pass (server down, slow). */
    WAITING,
    /** 送信済み: the SMTP server accepted it. */
    SENT,
    /** 送信失敗: refused for good (e.g. the recipient), or still failing after the last attempt; can be resent. */
    FAILED,
    /** 送信しない設定: written while sending is off (renkei.mail.enabled=false, the embedded default). */
    HELD;

    public String messageKey() {
        return "mail.status." + name();
    }
}
