@NullMarked
package jp.osaka.renkei.base.security;

import org.jspecify.annotations.NullMarked;
