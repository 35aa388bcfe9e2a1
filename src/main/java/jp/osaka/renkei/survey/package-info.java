@NullMarked
package jp.osaka.renkei.survey;

import org.jspecify.annotations.NullMarked;
