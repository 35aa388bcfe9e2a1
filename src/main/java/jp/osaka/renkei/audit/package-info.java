@NullMarked
package jp.osaka.renkei.audit;

import org.jspecify.annotations.NullMarked;
