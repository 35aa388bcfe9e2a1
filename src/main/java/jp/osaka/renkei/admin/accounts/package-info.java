/** The account file of ユーザー管理's import and export: reading, line checks, writing. */
@NullMarked
package jp.osaka.renkei.admin.accounts;

import org.jspecify.annotations.NullMarked;
