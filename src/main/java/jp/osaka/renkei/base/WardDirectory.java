package jp.osaka.renkei.base;

import java.util.Optional;

import jp.osaka.renkei.base.i18n.LocalizedText;

/**
 * Ward names for the layout, which shows the signed-in user's ward. Implemented by the ward feature,
 * so that the base module does not depend on it.
 */
public interface WardDirectory {

    Optional<LocalizedText> nameOf(long wardId);
}
