package jp.osaka.renkei.action;

import org.springframework.data.domain.Sort;

/**
 * What 取組み lists sort by, each key with the attributes of {@link Action} behind it: the query side owns the
 * names, a view or another feature passes the key (ActionSortTest runs every key through {@link ActionSearch}).
 */
public enum ActionSort {
    TITLE("title"),
    WARD("wardId"),
    /** The owner's username, then the name of an owner without an account. */
    OWNER("owner", "ownerName"),
    DUE_DATE("dueDate"),
    STATUS("status");

    /** The last key of every list, so that rows equal in the others keep one order and pages do not overlap. */
    static final Sort BY_ID = Sort.by("id");

    private final String[] properties;

    ActionSort(String... properties) {
        this.properties = properties;
    }

    /** The attributes, first to last (e.g. for a grid column's sort property). */
    public String[] properties() {
        return properties.clone();
    }

    /** Ascending by this key. */
    public Sort ascending() {
        return Sort.by(properties);
    }
}
