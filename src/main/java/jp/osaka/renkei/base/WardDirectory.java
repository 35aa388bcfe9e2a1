package jp.osaka.renkei.base;

import java.util.Optional;

import jp.osaka.renkei.base.i18n.LocalizedText;

/**
 * Ward names for the layout, which shows the signed-in user's ward, and wards by code for directory sign-in.
 * Implemented by the ward feature,
 * so that the base module does not depend on it.
 */
public interface WardDirectory {

    Optional<LocalizedText> nameOf(long wardId);

    /** The ward with this 全国地方公共団体コード or romaji name (any case), e.g. for a directory's ward attribute. */
    Optional<Long> idOf(String codeOrSlug);
}
