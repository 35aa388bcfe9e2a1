@NullMarked
package jp.osaka.renkei.survey.ui;

import org.jspecify.annotations.NullMarked;
