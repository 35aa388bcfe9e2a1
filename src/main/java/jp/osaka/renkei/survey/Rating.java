package jp.osaka.renkei.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One item's answer in a response: a level (missing while a draft is incomplete) and a comment. */
@Entity
@Table(name = "rating")
public class Rating {

    public static final int MAX_COMMENT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    private Response response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private InstrumentItem item;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Level level;

    @Column(length = MAX_COMMENT_LENGTH)
    private @Nullable String comment;

    protected Rating() {
    }

    Rating(Response response, InstrumentItem item) {
        this.response = response;
        this.item = item;
    }

    public InstrumentItem getItem() {
        return item;
    }

    public @Nullable Level getLevel() {
        return level;
    }

    public @Nullable String getComment() {
        return comment;
    }

    void setLevel(@Nullable Level level) {
        this.level = level;
    }

    void setComment(@Nullable String comment) {
        this.comment = comment;
    }
}
