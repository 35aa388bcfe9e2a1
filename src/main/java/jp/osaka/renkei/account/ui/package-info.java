@NullMarked
package jp.osaka.renkei.account.ui;

import org.jspecify.annotations.NullMarked;
