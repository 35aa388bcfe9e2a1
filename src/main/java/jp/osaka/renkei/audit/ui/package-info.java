@NullMarked
package jp.osaka.renkei.audit.ui;

import org.jspecify.annotations.NullMarked;
