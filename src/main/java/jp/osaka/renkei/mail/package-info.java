/**
 * E-mail to ward staff and the bureau (docs/decisions/0008-mail-outbox.md): messages written to an outbox in the transaction of the change
 * that causes them (a round opened, a reminder, a 差し戻し, …), sent from there once by one instance, and listed
 * for the bureau in 送信履歴.
 */
@NullMarked
package jp.osaka.renkei.mail;

import org.jspecify.annotations.NullMarked;
