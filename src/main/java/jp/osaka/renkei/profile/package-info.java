/**
 * 区のプロフィール: one ward over all rounds — its levels per item, its mutual pair, its actions and its comments.
 * A module of its own because it reads results and action together (action already depends on goal, and goal
 * on results).
 */
@NullMarked
package jp.osaka.renkei.profile;

import org.jspecify.annotations.NullMarked;
