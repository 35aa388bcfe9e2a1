@NullMarked
package jp.osaka.renkei.ward;

import org.jspecify.annotations.NullMarked;
