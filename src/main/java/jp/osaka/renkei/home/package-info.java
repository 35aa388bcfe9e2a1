/** ホーム: what each role sees first, and the bureau's first-run checklist for a new installation. */
@NullMarked
package jp.osaka.renkei.home;

import org.jspecify.annotations.NullMarked;
