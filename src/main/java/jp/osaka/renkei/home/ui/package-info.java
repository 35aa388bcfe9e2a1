@NullMarked
package jp.osaka.renkei.home.ui;

import org.jspecify.annotations.NullMarked;
