@NullMarked
package jp.osaka.renkei.action.ui;

import org.jspecify.annotations.NullMarked;
