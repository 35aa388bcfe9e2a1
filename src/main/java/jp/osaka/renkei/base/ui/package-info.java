@NullMarked
package jp.osaka.renkei.base.ui;

import org.jspecify.annotations.NullMarked;
