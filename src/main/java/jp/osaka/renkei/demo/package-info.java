@NullMarked
package jp.osaka.renkei.demo;

import org.jspecify.annotations.NullMarked;
