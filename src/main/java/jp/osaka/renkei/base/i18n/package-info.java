@NullMarked
package jp.osaka.renkei.base.i18n;

import org.jspecify.annotations.NullMarked;
