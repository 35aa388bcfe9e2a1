/** The account file of ユーザー管理's import and export: reading, line checks, writing. */
@NullMarked
package jp.osaka.renkei.account.transfer;

import org.jspecify.annotations.NullMarked;
