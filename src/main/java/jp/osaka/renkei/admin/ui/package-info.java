@NullMarked
package jp.osaka.renkei.admin.ui;

import org.jspecify.annotations.NullMarked;
