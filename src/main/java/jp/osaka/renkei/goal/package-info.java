@NullMarked
package jp.osaka.renkei.goal;

import org.jspecify.annotations.NullMarked;
