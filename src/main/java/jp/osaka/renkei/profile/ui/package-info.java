/** The ward profile's view and its sections. */
@NullMarked
package jp.osaka.renkei.profile.ui;

import org.jspecify.annotations.NullMarked;
