@NullMarked
package jp.osaka.renkei;

import org.jspecify.annotations.NullMarked;
