@NullMarked
package jp.osaka.renkei.ward.ui;

import org.jspecify.annotations.NullMarked;
