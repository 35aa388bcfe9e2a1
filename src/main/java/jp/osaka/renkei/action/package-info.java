@NullMarked
package jp.osaka.renkei.action;

import org.jspecify.annotations.NullMarked;
