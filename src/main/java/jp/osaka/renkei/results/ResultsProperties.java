package jp.osaka.renkei.results;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of 集計結果 (renkei.results.*).
 *
 * @param keepPublished      keep the counts of published rounds once counted (see {@link ResultsService})
 * @param minimumRespondents small numbers: below this many respondents in any base of a breakdown (a round's
 *                           respondents of an instrument, or the wards that answered both rounds), ward users and
 *                           viewers get no per-level counts, as a ward's answer could be worked out from them
 * @param keptEntries        the most entries each cache of kept results holds ({@link KeptResults}); at national
 *                           scale a round against its comparison round and an instrument is one entry
 */
@ConfigurationProperties("renkei.results")
@Validated
public record ResultsProperties(
        @DefaultValue("true") boolean keepPublished,
        @DefaultValue("3") @Min(1) int minimumRespondents,
        @DefaultValue("1000") @Min(1) int keptEntries) {
}
