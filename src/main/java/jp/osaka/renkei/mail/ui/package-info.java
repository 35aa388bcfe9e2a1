/** 送信履歴: the bureau's list of every mail, sent, waiting or failed, with resend. */
@NullMarked
package jp.osaka.renkei.mail.ui;

import org.jspecify.annotations.NullMarked;
